/**
 * The bounce events the Chromium store benches ingest (popup.bench.ts, store-floor.bench.ts): one
 * recipient per notice, `events` distinct addresses at 997 domains, four verdict shapes (half of them
 * Remove), 80 days of dates. Made in Node and handed to the page, before any clock starts.
 */
const SHAPES = [
  { status: '5.1.1', replyCode: '550', reason: 'userunknown', hard: true, verdict: 'remove', action: 'failed' },
  { status: '4.2.2', replyCode: '452', reason: 'mailboxfull', hard: false, verdict: 'retry', action: 'failed' },
  { status: '5.7.26', replyCode: '550', reason: 'authfailure', hard: false, verdict: 'fix-sending', action: 'failed' },
  { status: '5.1.1', replyCode: '550', reason: 'userunknown', hard: true, verdict: 'remove', action: 'failed' },
]

export function popupBenchItems(events: number) {
  return Array.from({ length: events }, (_, i) => {
    const address = `contact${i}@company${i % 997}.example`
    const date = new Date(Date.UTC(2026, 8, 1) + (i % 80) * 86_400_000).toISOString()
    return {
      report: {
        kind: 'bounce',
        recipients: [{ address, diagnostic: `550 rejected <${address}>`, remoteMta: `mx${i % 997}.example`, date, ...SHAPES[i % 4] }],
        original: { messageId: `<o${i}@sales.example>`, subject: `Intro call ${i % 40}`, to: [address], date },
        notice: { messageId: `<n${i}@mx>`, subject: 'Undeliverable', from: 'MAILER-DAEMON', date },
        decoder: 'rfc3464',
      },
      source: { origin: 'import', account: '', id: `bench-${i}` },
    }
  })
}
