/**
 * "Where Sisimai is weak, and we must not be" (issue 2): realistic notices written for the cases
 * users of Sisimai and similar parsers report getting wrong. Each fixture in
 * test/fixtures/bounce/providers/ says in its Comments: header what it models.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseBounce } from '../../src/bounce/index'
import type { Reason, Report, ReportKind, Verdict } from '../../src/bounce/types'

const DIR = join(import.meta.dirname, '../fixtures/bounce/providers')

async function report(source: string | Uint8Array): Promise<Report> {
  const r = await parseBounce(typeof source === 'string' ? readFileSync(join(DIR, source)) : source)
  if (r.kind === 'error') throw new Error(r.error)
  return r
}

/** [fixture, kind, address, status, reason, hard, verdict] */
type Row = readonly [string, ReportKind, string, string, Reason, boolean, Verdict]

const FAILURES: readonly Row[] = [
  // Office 365 5.1.10 RecipientNotFound read as soft: it is a dead address.
  ['o365-recipient-not-found.eml', 'bounce', 'j.doe@northwind-traders.example', '5.1.10', 'userunknown', true, 'remove'],
  ['o365-recipient-not-found-text-only.eml', 'bounce', 'j.doe@northwind-traders.example', '5.1.10', 'userunknown', true, 'remove'],
  // GoDaddy's rate limits come with "550 5.1.1": the sender's problem, not an unknown user.
  ['godaddy-rate-limit.eml', 'bounce', 'maria@lakeside-bakery.example', '5.1.1', 'speeding', false, 'fix-sending'],
  ['godaddy-rate-limit-relayed.eml', 'bounce', 'tom@harbor-freight-co.example', '5.1.1', 'speeding', false, 'fix-sending'],
  // Yahoo "This mailbox is disabled (554.30)" missed: suspend. Yahoo disables abandoned accounts; a
  // permanent failure saying so is dead for a salesperson the first time (issue 9): hard, remove.
  ['yahoo-mailbox-disabled.eml', 'bounce', 'pat.keller1987@yahoo.com', '5.0.0', 'suspend', true, 'remove'],
  ['yahoo-mailbox-disabled-failure-notice.eml', 'bounce', 'lee.ortiz_home@yahoo.com', '5.0.0', 'suspend', true, 'remove'],
  // New Gmail / Google Workspace notices, HTML only (no text part, no delivery-status part).
  ['gmail-address-not-found.eml', 'bounce', 'sam.rivera@bluepeak-outdoor.example', '5.1.1', 'userunknown', true, 'remove'],
  ['gmail-message-not-delivered.eml', 'bounce', 'kim.nguyen@oakridge-dental.example', '5.2.2', 'mailboxfull', false, 'retry'],
  ['gmail-message-blocked.eml', 'bounce', 'ops@granite-logistics.example', '5.7.1', 'spamdetected', false, 'fix-sending'],
  ['gmail-delivery-incomplete.eml', 'delay', 'lena@fjord-textiles.example', '4.0.0', 'expired', false, 'pending'],
  // Outlook.com's bare "mailbox unavailable" through Gmail: on Microsoft's servers, a nonexistent address.
  ['gmail-outlook-mailbox-unavailable.eml', 'bounce', 'chris.odell.sales@outlook.com', '5.5.0', 'userunknown', true, 'remove'],
  // Non-English NDRs left undefined elsewhere.
  ['es-exchange-destinatario-desconocido.eml', 'bounce', 'lucia.fernandez@ceramicas-levante.example', '5.0.0', 'userunknown', true, 'remove'],
  ['fr-exchange-non-remis.eml', 'bounce', 'marc.blanc@provence-hotels.example', '5.1.1', 'userunknown', true, 'remove'],
  ['fr-exchange-impossible-de-remettre.eml', 'bounce', 'paul.lefevre@cooperative-alpine.example', '5.0.0', 'userunknown', true, 'remove'],
  ['it-exchange-casella-piena.eml', 'bounce', 'luca.romano@mobili-torino.example', '5.0.0', 'mailboxfull', false, 'retry'],
  ['de-exchange-unzustellbar.eml', 'bounce', 'anna.schulz@hafen-logistik.example', '5.2.2', 'mailboxfull', false, 'retry'],
  ['nl-office365-onbestelbaar.eml', 'bounce', 's.dekker@kanaal-transport.example', '5.1.10', 'userunknown', true, 'remove'],
  ['pt-office365-nao-entregue.eml', 'bounce', 'joao.pereira@serra-logistica.example', '5.0.0', 'mailboxfull', false, 'retry'],
  // A delay warning in Spanish is pending, not a failure.
  ['es-exchange-retraso.eml', 'delay', 'vecino.perez@correo-austral.example', '4.0.0', 'expired', false, 'pending'],
]

describe('where Sisimai is weak', () => {
  for (const [file, kind, address, status, reason, hard, verdict] of FAILURES) {
    it(`${file}: ${address} → ${reason}, ${verdict}`, async () => {
      const r = await report(file)
      expect(r.kind).toBe(kind)
      expect(r.recipients.map((x) => x.address)).toEqual([address])
      const [got] = r.recipients
      expect({ status: got.status, reason: got.reason, hard: got.hard, verdict: got.verdict }).toEqual({ status, reason, hard, verdict })
    })
  }

  // Out-of-office replies counted as bounces.
  for (const file of ['gmail-vacation.eml', 'exchange-reponse-automatique.eml', 'exchange-risposta-automatica.eml']) {
    it(`${file} is an auto-reply, never a bounce`, async () => {
      const r = await report(file)
      expect(r.kind).toBe('autoreply')
      expect(r.recipients.filter((x) => x.action === 'failed')).toEqual([])
    })
  }

  // Minutes spent on 15 MB messages: a notice returning a 15 MB original is read in well under a second or two.
  it('reads a 15 MB notice quickly and correctly', async () => {
    const notice = readFileSync(join(DIR, 'o365-recipient-not-found.eml'), 'latin1')
    const boundary = '--b0b1c2d3-aaaa-4bcd-9e0f-1234567890ab'
    const line = 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0\r\n'
    const bulk = `${boundary}\r\nContent-Type: message/rfc822\r\n\r\nSubject: big\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n${line.repeat(Math.ceil((15 * 1024 * 1024) / line.length))}\r\n`
    const big = notice.replace(`${boundary}--`, `${bulk}${boundary}--`)
    expect(big.length).toBeGreaterThan(15 * 1024 * 1024)
    const started = performance.now()
    const r = await report(new TextEncoder().encode(big))
    const elapsed = performance.now() - started
    expect(r.recipients.map((x) => [x.address, x.reason, x.verdict])).toEqual([['j.doe@northwind-traders.example', 'userunknown', 'remove']])
    expect(elapsed).toBeLessThan(3000)
  })
})
