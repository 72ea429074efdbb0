/** Messages for the fake Gmail: corpus notices (real bytes) and ordinary mail written here. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import PostalMime from 'postal-mime'
import { asOwnMail } from '../../fixtures/trust/own-mail'
import { delivered, passFor } from '../../fixtures/trust/gmail-delivery'

export const CORPUS = join(import.meta.dirname, '../../fixtures/sisimai')

export interface FakeMessage {
  /** msg-f id in decimal. */
  id: string
  subject: string
  fromName: string
  fromEmail: string
  /** Start of the body text, as the feed's summary and the page's body show it. */
  text: string
  issued: string
  /** The message as its sender wrote it; the fake Gmail serves it with Gmail's own headers on top (served()). */
  raw: Buffer
  /**
   * 'corpus': a notice from the corpus, served as a notice about the account's own mail;
   * 'written': ordinary mail written here; 'delivered': `raw` already carries Gmail's headers (trust table).
   */
  origin?: 'corpus' | 'written' | 'delivered'
}

let next = 1480532333941906195n

/** A fresh Gmail-like 64-bit id (decimal). */
export function newId(): string {
  next += 7919n
  return next.toString()
}

async function describe(raw: Buffer): Promise<Omit<FakeMessage, 'id' | 'issued' | 'raw'>> {
  let bytes = raw
  if (bytes.subarray(0, 5).toString('latin1') === 'From ') bytes = bytes.subarray(bytes.indexOf(10) + 1)
  const email = await PostalMime.parse(bytes)
  return {
    subject: email.subject ?? '',
    fromName: email.from?.name ?? '',
    fromEmail: email.from?.address ?? '',
    // Lines kept, as a page renders them; runs of blanks within a line collapsed.
    text: (email.text ?? email.html?.replace(/<[^>]*>/g, ' ') ?? '').split(/\r\n|\r|\n/).map((l) => l.replace(/[ \t]+/g, ' ').trim()).join('\n').trim(),
  }
}

export async function corpusMessage(file: string, minutesAgo = 5): Promise<FakeMessage> {
  const raw = readFileSync(join(CORPUS, file))
  return { id: newId(), issued: isoMinutesAgo(minutesAgo), raw, origin: 'corpus', ...(await describe(raw)) }
}

/** A message that already carries Gmail's delivery headers (test/fixtures/trust/notices.ts). */
export async function deliveredMessage(raw: string, minutesAgo = 5): Promise<FakeMessage> {
  const bytes = Buffer.from(raw, 'latin1')
  return { id: newId(), issued: isoMinutesAgo(minutesAgo), raw: bytes, origin: 'delivered', ...(await describe(bytes)) }
}

/**
 * What "Show original" gives for `m` in `mailbox`: Gmail's delivery headers (Delivered-To, Received,
 * ARC-*, Return-Path, Authentication-Results: mx.google.com; shared/GMAIL-FORMATS.md) on top of the
 * message. A corpus notice is served as one about the account's own mail (test/fixtures/trust/own-mail.ts);
 * ordinary mail as authenticated mail from its sender. An emptied raw stays empty (a failed fetch).
 */
export function served(m: FakeMessage, mailbox: string): Buffer {
  if (m.raw.length === 0 || m.origin === 'delivered') return m.raw
  const text = m.raw.toString('latin1')
  if (m.origin === 'corpus') return Buffer.from(asOwnMail(text, mailbox), 'latin1')
  const domain = m.fromEmail.split('@')[1] || 'example.net'
  return Buffer.from(delivered(text, { account: mailbox, returnPath: m.fromEmail, auth: passFor(domain, `mail.${domain}`), helo: `mail.${domain}` }), 'latin1')
}

/** An ordinary message written by hand (RFC 5322, CRLF). */
export async function writtenMessage(headers: { from: string; to: string; subject: string; extra?: string }, body: string, minutesAgo = 5): Promise<FakeMessage> {
  const raw = Buffer.from(
    [
      `From: ${headers.from}`,
      `To: ${headers.to}`,
      `Subject: ${headers.subject}`,
      `Date: ${new Date(Date.now() - minutesAgo * 60_000).toUTCString()}`,
      `Message-ID: <${newId()}@mail.example>`,
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=UTF-8',
      ...(headers.extra ? [headers.extra] : []),
      '',
      body,
      '',
    ].join('\r\n'),
  )
  return { id: newId(), issued: isoMinutesAgo(minutesAgo), raw, origin: 'written', ...(await describe(raw)) }
}

function isoMinutesAgo(minutes: number): string {
  return new Date(Date.now() - minutes * 60_000).toISOString().replace(/\.\d+Z$/, 'Z')
}

/** An out-of-office reply from a person (RFC 3834 headers), which must never be flagged. */
export function outOfOffice(): Promise<FakeMessage> {
  return writtenMessage(
    { from: 'Bob Martin <bob.martin@client.example>', to: 'sales.rep@example.com', subject: 'Automatic reply: Quick question about your Q3 pipeline', extra: 'Auto-Submitted: auto-replied\r\nX-Auto-Response-Suppress: All' },
    'I am out of the office until Monday 30 November with limited access to email.\r\nFor urgent matters please contact jane.roe@client.example.',
  )
}

export function ordinaryMail(): Promise<FakeMessage> {
  return writtenMessage(
    { from: 'Jean Dupont <jean.dupont@client.example>', to: 'sales.rep@example.com', subject: 'Re: Our call on Thursday & next steps' },
    'Sounds good, see you Thursday at 10. <b>not bold</b>',
  )
}
