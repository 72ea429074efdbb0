import { describe, expect, it } from 'vitest'
import type { RecipientReport, Report } from '../bounce/types'
import type { IngestResult } from '../messages'
import { describeResult } from './banner-lines'

function recipient(address: string, over: Partial<RecipientReport> = {}): RecipientReport {
  return { address, action: 'failed', status: '5.1.1', replyCode: '550', reason: 'userunknown', hard: true, verdict: 'remove', diagnostic: '', remoteMta: '', date: '', ...over }
}

function result(kind: Report['kind'], recipients: RecipientReport[], contacts?: IngestResult['contacts']): IngestResult {
  return { report: { kind, recipients, original: null, notice: { messageId: '', subject: '', from: '', date: '' }, decoder: 'test' }, flagged: 0, duplicate: false, contacts }
}

// English text: outside the extension t() falls back to public/_locales/en/messages.json.
describe('describeResult', () => {
  it.each([
    ['hard bounce', result('bounce', [recipient('Jane@Acme.example')]), ['jane@acme.example: The address doesn’t exist — moved to Remove']],
    ['the store list wins over the verdict (escalated to Remove)', result('bounce', [recipient('a@b.example', { reason: 'mailboxfull', hard: false, verdict: 'retry' })], [{ address: 'a@b.example', list: 'remove' }]), ['a@b.example: The mailbox is full — moved to Remove']],
    ['soft bounce', result('bounce', [recipient('a@b.example', { reason: 'mailboxfull', hard: false, verdict: 'retry' })]), ['a@b.example: The mailbox is full — moved to Retry']],
    ['a delay', result('delay', [recipient('a@b.example', { action: 'delayed', reason: 'expired', verdict: 'pending', hard: false })]), ['a@b.example: Delivery gave up after trying for too long — the server is still trying, nothing to do yet']],
    ['a contact the user cleared', result('bounce', [recipient('a@b.example')], [{ address: 'a@b.example', list: 'cleared' }]), ['a@b.example: The address doesn’t exist']],
    ['a notice forgotten by "Delete everything": no contact, no list', { ...result('bounce', [recipient('a@b.example')], []), duplicate: true }, ['a@b.example: The address doesn’t exist']],
    ['an auto-reply', result('autoreply', []), ['Read by Rebound: an automatic reply, not a bounce — nothing to do.']],
    ['nothing found', result('none', []), ['Read by Rebound: no failed recipient in this notice.']],
    ['delivered recipients are not listed', result('delivered', [recipient('a@b.example', { action: 'delivered', verdict: 'none' })]), ['Read by Rebound: no failed recipient in this notice.']],
  ])('%s', (_name, input, expected) => expect(describeResult(input)).toEqual(expected))

  it('an unreadable notice says so', () => {
    expect(describeResult({ report: { kind: 'error', error: 'truncated' }, flagged: 0, duplicate: false })).toEqual(['Rebound could not read this notice.'])
  })

  it('lists five recipients and counts the rest', () => {
    const many = Array.from({ length: 8 }, (_, i) => recipient(`r${i}@x.example`))
    const lines = describeResult(result('bounce', many))
    expect(lines).toHaveLength(6)
    expect(lines[5]).toBe('… and 3 more recipients (see the Rebound popup)')
  })
})
