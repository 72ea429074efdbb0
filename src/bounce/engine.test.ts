/**
 * Expectation table for the engine on messages written for Rebound (test/fixtures/bounce/core/):
 * the cases where Sisimai-like parsers are known to go wrong (issue 2), plus the non-bounce kinds.
 * Columns: file → kind, then per recipient [address, action, status, reason, hard, verdict].
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseBounce } from './index'
import type { Report } from './types'

const DIR = join(import.meta.dirname, '../../test/fixtures/bounce/core')

type Row = [string, Report['kind'], [string, string, string, string, boolean, string][]]

const table: Row[] = [
  // Office 365 "5.1.10 RecipientNotFound" is a dead address, not a soft bounce.
  ['o365-5.1.10.eml', 'bounce', [['jane.doe@fabrikam.com', 'failed', '5.1.10', 'userunknown', true, 'remove']]],
  // GoDaddy's rate limit arrives as "550 5.1.1": the contact is fine, the sender is too fast.
  ['godaddy-ratelimit-5.1.1.eml', 'bounce', [['mike@northwind.example', 'failed', '5.1.1', 'speeding', false, 'fix-sending']]],
  // Yahoo "Mailbox disabled" must not be missed, and is dead the first time (issue 9).
  ['yahoo-mailbox-disabled.eml', 'bounce', [['old.friend@yahoo.com', 'failed', '5.0.0', 'suspend', true, 'remove']]],
  // Gmail says "Action: failed" with a 4.x.x status (and Auto-Submitted: auto-replied): a failure, not an auto-reply.
  ['gmail-failed-4xx.eml', 'bounce', [['lena@contoso.example', 'failed', '4.4.1', 'expired', false, 'retry']]],
  // An HTML-only notice (no text/plain part) is read through its text.
  ['html-only-notice.eml', 'bounce', [['jane@acme.example', 'failed', '5.1.1', 'userunknown', true, 'remove']]],
  ['delayed.eml', 'delay', [['tom@slowhost.example', 'delayed', '4.4.1', 'expired', false, 'pending']]],
  ['delivered.eml', 'delivered', [['ana@customer.example', 'delivered', '2.0.0', 'delivered', false, 'none']]],
  // A Spanish text-only NDR: the words decide. Its headline is Exchange's Spanish one, so the Exchange
  // dialect reads it and gives a failure without a code its generic 5.0.0.
  ['text-only-es.eml', 'bounce', [['juan.perez@correo.example.es', 'failed', '5.0.0', 'userunknown', true, 'remove']]],
  // Out-of-office replies are never bounces, whatever their language or markers.
  ['autoreply-fr.eml', 'autoreply', []],
  ['autoreply-it.eml', 'autoreply', []],
  ['autoreply-absence.eml', 'autoreply', []],
  // A complaint (ARF) names who complained, never as a bounced contact.
  ['arf-complaint.eml', 'feedback', [['annoyed@mail.example', 'delivered', '', 'feedback', false, 'none']]],
  // Ordinary mail mentioning "user unknown" and an address is not a notice.
  ['ordinary.eml', 'none', []],
]

describe('engine expectation table', () => {
  it.each(table)('%s', async (file, kind, expected) => {
    const report = await parseBounce(readFileSync(join(DIR, file)))
    if (report.kind === 'error') throw new Error(report.error)
    expect(report.kind).toBe(kind)
    expect(report.recipients.map((r) => [r.address, r.action, r.status, r.reason, r.hard, r.verdict])).toEqual(expected)
  })

  it('reads the original message from a text/rfc822-headers part (RFC 2047 subject decoded)', async () => {
    const report = await parseBounce(readFileSync(join(DIR, 'o365-5.1.10.eml')))
    if (report.kind === 'error') throw new Error(report.error)
    expect(report.original).toEqual({
      messageId: '<CAF=first-touch-001@mail.example.com>',
      subject: 'Quick question about your Q1 roadmap',
      to: ['jane.doe@fabrikam.com'],
      date: '2024-01-15T09:12:40.000Z',
    })
    expect(report.notice.subject).toBe('Undeliverable: Quick question about your Q1 roadmap')
  })

  it('reads the original message quoted under a localised marker', async () => {
    const report = await parseBounce(readFileSync(join(DIR, 'text-only-es.eml')))
    if (report.kind === 'error') throw new Error(report.error)
    expect(report.original).toMatchObject({ subject: 'Propuesta', to: ['juan.perez@correo.example.es'] })
  })

  it('reads the original message from a message/rfc822 part', async () => {
    const report = await parseBounce(readFileSync(join(DIR, 'gmail-failed-4xx.eml')))
    if (report.kind === 'error') throw new Error(report.error)
    expect(report.original?.messageId).toBe('<CAH=second-touch-77@mail.gmail.com>')
    expect(report.original?.subject).toBe('Following up')
  })

  it('reads the same notice with LF, CRLF and CR line endings alike', async () => {
    const lf = readFileSync(join(DIR, 'godaddy-ratelimit-5.1.1.eml'), 'utf8').replace(/\r\n?/g, '\n')
    const results = []
    for (const eol of ['\n', '\r\n', '\r']) {
      const r = await parseBounce(new TextEncoder().encode(lf.replace(/\n/g, eol)))
      if (r.kind === 'error') throw new Error(r.error)
      results.push(r.recipients.map((x) => [x.address, x.status, x.reason, x.diagnostic]))
    }
    expect(results[1]).toEqual(results[0])
    expect(results[2]).toEqual(results[0])
  })

  it('never reports a recipient without an address as a bounced contact', async () => {
    const raw = 'From: MAILER-DAEMON@x.example\r\nSubject: Undelivered\r\nContent-Type: multipart/report; report-type=delivery-status; boundary="B"\r\n\r\n' +
      '--B\r\nContent-Type: message/delivery-status\r\n\r\nFinal-Recipient: rfc822; nobody\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n--B--\r\n'
    expect(await parseBounce(raw)).toMatchObject({ kind: 'none', recipients: [] })
  })

  it('gives a clear error for empty input instead of throwing', async () => {
    expect(await parseBounce('')).toEqual({ kind: 'error', error: 'empty input: not a message' })
    expect(await parseBounce(new ArrayBuffer(0))).toMatchObject({ kind: 'error' })
  })
})
