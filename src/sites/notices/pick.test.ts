import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import PostalMime from 'postal-mime'
import { describe, expect, it } from 'vitest'
import { mayBeNotice, senderIsDaemon, subjectIsNotice } from './pick'
import { SUBJECT_PHRASES } from './tables'

describe('subjectIsNotice', () => {
  it.each([
    ['Delivery Status Notification (Failure)', true],
    ['Delivery Status Notification (Delay)', true],
    ['Undeliverable: Quick question about your Q3 pipeline', true],
    ['Undelivered Mail Returned to Sender', true],
    ['Mail delivery failed: returning message to sender', true],
    ['failure notice', true],
    ['Returned mail: see transcript for details', true],
    ['Non remis : Votre deuxième paire de chaussures', true],
    ['Non recapitabile: Proposta commerciale', true],
    ['Unzustellbar: Angebot', true],
    ['Onbestelbaar: Offerte', true],
    ['No se puede entregar: Propuesta', true],
    ['Não_entregue: Proposta', true],
    ['Notifica dello stato di consegna (errore)', true],
    ['Ваше сообщение не доставлено', true],
    ['メールエラー通知', true],
    ['  DELIVERY   status\u00a0notification ', true],
    ['Warning: message 1abc delayed 24 hours', true],
    // ordinary mail and auto-replies are not notices
    ['Re: Our call on Thursday', false],
    ['Automatic reply: Quick question', false],
    ['Out of Office: back on Monday', false],
    ['Réponse automatique : Proposition', false],
    ['Your invoice for November', false],
    ['Warning: your password expires', false],
    ['', false],
    // someone replying about or forwarding a bounce is not a bounce
    ['Re: Undeliverable: Quick question', false],
    ['Fwd: Delivery Status Notification (Failure)', false],
  ])('%j → %s', (subject, expected) => expect(subjectIsNotice(subject)).toBe(expected))

  it('every table phrase is lower-case and matches itself', () => {
    for (const { phrase } of SUBJECT_PHRASES) {
      expect(phrase).toBe(phrase.toLowerCase())
      expect(subjectIsNotice(phrase), phrase).toBe(true)
    }
  })
})

describe('senderIsDaemon', () => {
  it.each([
    ['mailer-daemon@googlemail.com', 'Mail Delivery Subsystem', true],
    ['MAILER-DAEMON@yahoo.com', '', true],
    ['postmaster@contoso.onmicrosoft.com', 'Microsoft Outlook', true],
    ['no-reply@contoso.example', 'Microsoft Outlook', true],
    ['MAILER-DAEMON', '', true],
    ['jane@acme.example', 'Jane Doe', false],
    ['postmaster.fan@acme.example', '', false],
    ['', '', false],
  ])('%s / %j → %s', (email, name, expected) => expect(senderIsDaemon(email, name)).toBe(expected))
})

describe('mayBeNotice', () => {
  it('a daemon sender is enough, whatever the subject', () => {
    expect(mayBeNotice({ subject: 'Nyaan', fromEmail: 'MAILER-DAEMON@example.jp' })).toBe(true)
  })
  it('a notice subject is enough, whatever the sender', () => {
    expect(mayBeNotice({ subject: 'Undeliverable: hello', fromEmail: 'it-robot@corp.example' })).toBe(true)
  })
  it('an out-of-office reply from a person is not a candidate', () => {
    expect(mayBeNotice({ subject: 'Automatic reply: hello', fromEmail: 'bob@corp.example', fromName: 'Bob' })).toBe(false)
  })
  it('is fast on a huge hostile subject', () => {
    const t0 = performance.now()
    expect(mayBeNotice({ subject: 'a'.repeat(5_000_000), fromEmail: 'x'.repeat(1_000_000) })).toBe(false)
    expect(performance.now() - t0).toBeLessThan(200)
  })
})

// Every notice of the real corpus must be picked from its Subject / From alone, as the Atom feed
// shows them; the few the tables miss are listed here with the reason, so a regression shows.
describe('on the Sisimai corpus', () => {
  const dir = join(import.meta.dirname, '../../../test/fixtures/sisimai')
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as { file: string; expected: { reason: string }[] }[]
  const NOT_BOUNCES = new Set(['delivered', 'feedback', 'vacation'])
  // Notices that look like ordinary mail from the outside (a person's address and subject).
  const KNOWN_MISSES: Record<string, string> = {
    'lhost-fml-02.eml': 'mailing-list admin (neko-admin@) refusing a non-member',
    'lhost-fml-03.eml': 'mailing-list admin loop alert',
    'lhost-kddi-02.eml': 'KDDI no-reply@ with subject "Mail"',
    'lhost-kddi-03.eml': 'KDDI no-reply@ with subject "Mail"',
    'lhost-sendmail-14.eml': 'a person forwarding a bounce ("Fwd: Returned mail")',
    'lhost-surfcontrol-02.eml': 'empty From and subject "Nyaan"',
    'lhost-surfcontrol-03.eml': 'empty From and subject "X"',
  }

  it('picks every bounce notice by sender or subject', async () => {
    const missed: string[] = []
    for (const { file, expected } of labels) {
      if (expected.every((e) => NOT_BOUNCES.has(e.reason))) continue
      let raw = readFileSync(join(dir, file), 'latin1')
      if (raw.startsWith('From ')) raw = raw.slice(raw.indexOf('\n') + 1)
      const email = await PostalMime.parse(Buffer.from(raw, 'latin1'))
      const picked = mayBeNotice({ subject: email.subject ?? '', fromEmail: email.from?.address ?? '', fromName: email.from?.name ?? '' })
      if (!picked && !(file in KNOWN_MISSES)) missed.push(`${file}: ${email.from?.name} <${email.from?.address}> "${email.subject}"`)
    }
    expect(missed).toEqual([])
  })

  it('does not pick the auto-replies (they are never even fetched)', async () => {
    const picked: string[] = []
    let seen = 0
    for (const { file, expected } of labels) {
      if (!expected.every((e) => e.reason === 'vacation')) continue
      seen++
      const email = await PostalMime.parse(readFileSync(join(dir, file)))
      if (mayBeNotice({ subject: email.subject ?? '', fromEmail: email.from?.address ?? '', fromName: email.from?.name ?? '' })) picked.push(file)
    }
    expect(seen).toBeGreaterThanOrEqual(5)
    expect(picked).toEqual([])
  })
})
