import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import PostalMime from 'postal-mime'
import { describe, expect, it } from 'vitest'
import { mayBeNotice, neverNotice, senderIsDaemon, subjectIsNotice } from './pick'
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
    // issue 9: auto-replies whose original subject holds notice words, receipts, recalls, reports
    ['Automatic reply: Failed payments cost you 9% of revenue', false],
    ['Automatic reply: Undelivered parcels are a 3% problem', false],
    ['Out of Office: Mail delivery failed? We fix that', false],
    ['Auto: Delivery delayed for your order', false],
    ['Risposta automatica: Mancato recapito dei pacchi', false],
    ['Read: Proposal', false],
    ['Not read: Proposal', false],
    ['Delivered: Proposal', false],
    ['Relayed: Proposal', false],
    ['Message Recall Report for message: Proposal', false],
    ['Lu : Proposition', false],
    ['Report domain: acme.example Submitter: google.com Report-ID: 1234', false],
    ['Your message to Sales-team awaits moderator approval', false],
    ['Accepted: Demo call', false],
    ['verify#6a1f0c2e9b', false],
    // a notice about an auto-reply is still a notice
    ['Undeliverable: Automatic reply: Proposal', true],
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
  it.each([
    // Outlook / Exchange receipts and recall reports come from postmaster, but are never notices (issue 9).
    ['Delivered: Proposal', 'postmaster@client.example', 'Microsoft Outlook'],
    ['Relayed: Proposal', 'postmaster@acme.example', 'Microsoft Outlook'],
    ['Message Recall Report for message: Proposal', 'postmaster@acme.example', 'Microsoft Outlook'],
    ['Not read: Proposal', 'jane@client.example', 'Jane'],
    // complaints, challenges, list robots and reports are not picked by sender either
    ['complaint about message from 192.0.2.10', 'staff@hotmail.com', ''],
    ['Your message to Sales-team awaits moderator approval', 'sales-team-bounces@lists.client.example', ''],
    ['Report domain: acme.example Submitter: google.com Report-ID: 1', 'noreply-dmarc-support@google.com', ''],
    ['Registration request: Proposal', 'jane@client.example', 'Jane'],
  ])('not a candidate: %j from %s', (subject, fromEmail, fromName) => {
    expect(mayBeNotice({ subject, fromEmail, fromName })).toBe(false)
  })

  it('a delay warning is a candidate (the engine reports it as pending)', () => {
    expect(mayBeNotice({ subject: 'Delivery Status Notification (Delay)', fromEmail: 'mailer-daemon@googlemail.com' })).toBe(true)
    expect(mayBeNotice({ subject: 'Delivery delayed:Proposal', fromEmail: 'postmaster@acme.example', fromName: 'Microsoft Outlook' })).toBe(true)
  })

  it.each([
    // what the content scripts check before their body markers: a person quoting a notice, a receipt
    ['Re: Undeliverable: Proposal', 'jane@client.example', 'Jane', true],
    ['Fwd: Delivery Status Notification (Failure)', 'jane@client.example', 'Jane', true],
    ['Automatic reply: Proposal', 'jane@client.example', 'Jane', true],
    ['Delivered: Proposal', 'postmaster@client.example', 'Microsoft Outlook', true],
    // a daemon's notice keeping the original "Re:" subject, or a notice without subject, is still read
    ['Re: Proposal', 'mailer-daemon@mx.client.example', '', false],
    ['', 'jane@client.example', '', false],
  ])('neverNotice: %j from %s → %s', (subject, fromEmail, fromName, expected) => {
    expect(neverNotice({ subject, fromEmail, fromName })).toBe(expected)
  })

  // Outlook's localised out-of-office, read-receipt and recall-report subjects (the same lists as
  // the engine's VACATION_SUBJECT and RECEIPT_SUBJECT), before a sales subject with notice words.
  it.each([
    ['Automatyczna odpowiedź: Undeliverable parcels cost 3%', 'anna@client.example', 'Anna Kowalska'],
    ['Răspuns automat: Failed payments cost you 9%', 'ana@client.example', 'Ana Popescu'],
    ['Автоматична відповідь: Undeliverable parcels', 'olena@client.example', 'Олена'],
    ['自動回覆: Delivery failure insurance', 'wangfang@client.example', '王芳'],
    ['自動返信: Undeliverable parcels', 'hanako@client.example', '山田 花子'],
    ['自动回复: Delivery failure insurance', 'wangfang@client.example', '王芳'],
    ['자동 회신: Undeliverable parcels', 'minji@client.example', '김민지'],
    ['Otomatik yanıt: Undeliverable parcels', 'ayse@client.example', 'Ayşe'],
    ['Läst: Undeliverable parcels', 'jana@client.example', 'Jana'],
    ['Прочитано: Undeliverable parcels', 'anna@client.example', 'Анна'],
    ['Nachrichtenrückrufbericht für Nachricht: Unzustellbare Pakete', 'postmaster@acme.example', 'Microsoft Outlook'],
  ])('a localised auto-reply or receipt is never a candidate: %j', (subject, fromEmail, fromName) => {
    expect(neverNotice({ subject, fromEmail, fromName })).toBe(true)
    expect(mayBeNotice({ subject, fromEmail, fromName })).toBe(false)
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
