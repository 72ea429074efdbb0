import { describe, expect, it } from 'vitest'
import { parseBounce } from '../bounce/index'
import type { Report } from '../bounce/types'
import { ACCOUNT, gmailDaemonDsn, gmailOriginal, trustTable, unknownUser } from '../../test/fixtures/trust/notices'
import { delivered, passFor } from '../../test/fixtures/trust/gmail-delivery'
import { judgeRaw, judgeRendered } from './evaluate'
import { readEvidence } from './evidence'

async function report(raw: string): Promise<Report> {
  const r = await parseBounce(new TextEncoder().encode(raw))
  if (r.kind === 'error') throw new Error(r.error)
  return r
}

describe('trust: the forged and genuine table (issue 10)', () => {
  for (const c of trustTable()) {
    it(c.name, async () => {
      const r = await report(c.raw)
      // The engine reads the notice (a huge one up to its own bounds): trust, not parsing, stops forgeries.
      if (c.addresses.length > 50) expect(r.recipients.length).toBeGreaterThan(900)
      else expect(r.recipients.map((x) => x.address).sort()).toEqual([...c.addresses].sort())
      expect(judgeRaw(c.raw, r, { account: ACCOUNT, inSpam: c.inSpam })).toEqual(c.expect)
    })
  }
})

const own = () => gmailDaemonDsn([unknownUser('jane@acme-corp.example')], gmailOriginal(['jane@acme-corp.example']))
const google = { account: ACCOUNT, returnPath: '', auth: passFor('googlemail.com', 'mail-sor-f69.google.com'), helo: 'mail-sor-f69.google.com' }

describe('trust: evidence rules', () => {
  const rows: Array<{ name: string; raw: () => string; account?: string; expect: [string, string] }> = [
    { name: 'Gmail daemon without any Authentication-Results (an .eml not from Gmail)', raw: own, expect: ['unverified', 'auth-failed'] },
    {
      name: "a forged mx.google.com verdict below Gmail's own does not count",
      raw: () => delivered(`Authentication-Results: mx.google.com; dkim=pass header.i=@googlemail.com; dmarc=pass header.from=googlemail.com\r\n${own()}`, { ...google, auth: { spf: { result: 'pass', mailfrom: '', helo: 'mail.attacker.example' }, dmarc: { result: 'fail', from: 'googlemail.com' } } }),
      expect: ['unverified', 'auth-failed'],
    },
    { name: 'Takeout labels it Spam', raw: () => delivered(own(), { ...google, labels: ['Inbox', 'Spam'] }), expect: ['unverified', 'spam'] },
    { name: 'Takeout labels Inbox, Sent: Gmail daemon trusted', raw: () => delivered(own(), { ...google, labels: ['Inbox', 'Opened'] }), expect: ['trusted', 'gmail-daemon'] },
    { name: 'account unknown: Delivered-To stands in', raw: () => delivered(own(), google), account: '', expect: ['trusted', 'gmail-daemon'] },
    {
      name: 'DKIM pass for googlemail.com without DMARC still trusted',
      raw: () => delivered(own(), { ...google, auth: { dkim: { result: 'pass', domain: 'googlemail.com' } } }),
      expect: ['trusted', 'gmail-daemon'],
    },
    {
      name: 'Gmail daemon copy with a foreign sender is still Gmail reporting the account\'s send (alias)',
      raw: () => delivered(gmailDaemonDsn([unknownUser('jane@acme-corp.example')], { ...gmailOriginal(['jane@acme-corp.example']), from: 'alias@company.example' }), google),
      expect: ['trusted', 'gmail-daemon'],
    },
    {
      name: 'recipient-domain notice with dkim=fail and no other pass',
      raw: () => delivered(gmailDaemonDsn([unknownUser('bob@contoso.example')], null).replace('Mail Delivery Subsystem <mailer-daemon@googlemail.com>', 'postmaster@contoso.example'), { ...google, auth: { dkim: { result: 'fail', domain: 'contoso.example' } } }),
      expect: ['unverified', 'unknown-reporter'],
    },
    {
      name: 'recipient-domain notice authenticated by SPF on its HELO only (Postfix at the recipient)',
      raw: () => delivered(gmailDaemonDsn([unknownUser('bob@contoso.co.uk')], null).replace('Mail Delivery Subsystem <mailer-daemon@googlemail.com>', 'MAILER-DAEMON@mx2.contoso.co.uk'), { ...google, auth: { spf: { result: 'pass', mailfrom: '', helo: 'mx2.contoso.co.uk' } } }),
      expect: ['trusted', 'recipient-domain'],
    },
    {
      name: 'a notice about another organisation under the same public suffix is not the recipient\'s',
      raw: () => delivered(gmailDaemonDsn([unknownUser('bob@victim.co.uk')], null).replace('Mail Delivery Subsystem <mailer-daemon@googlemail.com>', 'MAILER-DAEMON@mx.attacker.co.uk'), { ...google, auth: passFor('attacker.co.uk') }),
      expect: ['unverified', 'unknown-reporter'],
    },
  ]
  for (const row of rows) {
    it(row.name, async () => {
      const raw = row.raw()
      const v = judgeRaw(raw, await report(raw), { account: row.account ?? ACCOUNT })
      expect([v.level, v.reason]).toEqual(row.expect)
    })
  }
})

describe('trust: rendered text (Outlook on the web)', () => {
  const r = { recipients: [{ address: 'kijitora@example.com' }], original: null } as unknown as Report
  it.each([
    ['Microsoft Outlook <postmaster@outlook.com>', 'trusted', 'provider-daemon'],
    ['postmaster@hotmail.fr', 'trusted', 'provider-daemon'],
    ['postmaster@example.com', 'unverified', 'rendered-text'],
    ['Jean Dupont <jean@example.com>', 'unverified', 'rendered-text'],
    ['postmaster@outlook.com.attacker.example', 'unverified', 'rendered-text'],
  ])('%s → %s', (from, level, reason) => {
    const v = judgeRendered(from, r)
    expect([v.level, v.reason]).toEqual([level, reason])
  })
})

describe('trust: evidence reader', () => {
  it('reads Gmail\'s topmost verdict, the envelope, the labels and the copy (CRLF and LF alike)', () => {
    const raw = delivered(own(), { ...google, labels: ['Inbox', 'Important'] })
    for (const text of [raw, raw.replace(/\r\n/g, '\n')]) {
      const e = readEvidence(text)
      expect(e.gmailAuth?.dmarc).toEqual([{ result: 'pass', domain: 'googlemail.com' }])
      expect(e.gmailAuth?.dkim).toEqual([{ result: 'pass', domain: 'googlemail.com' }])
      expect(e.from).toBe('mailer-daemon@googlemail.com')
      expect(e.returnPath).toBe('')
      expect(e.deliveredTo).toBe(ACCOUNT)
      expect(e.labels).toEqual(['inbox', 'important'])
      expect(e.original?.from).toBe(ACCOUNT)
      expect(e.original?.messageId).toMatch(/@mail\.gmail\.com>$/)
      expect(e.original?.received[0]).toMatch(/^by 2002:/)
    }
  })
  it('gives a clear empty outcome on junk and bounds its work on a huge header', () => {
    expect(readEvidence('').from).toBe('')
    expect(readEvidence('\u0000\u0001garbage').original).toBeNull()
    const huge = 'X-A: ' + 'a'.repeat(5_000_000) + '\r\nFrom: x@y.example\r\n\r\nbody'
    expect(readEvidence(huge).from).toBe('')
  })
})
