/**
 * Generates a big test mailbox, deterministically: the corpus notices (test/fixtures/sisimai/)
 * scattered among ordinary mail with attachments and non-UTF-8 text, as Google Takeout writes it.
 * Writes <out> and <out>.json (what was put in, so a test can compute the expected lists).
 * Never commit the output: it goes to a temp dir.
 *
 *   npx tsx scripts/make-mbox.ts --mb 200 --out /tmp/rebound/big.mbox [--seed 7] [--big-message-mb 50]
 */
import { closeSync, openSync, readdirSync, readFileSync, writeSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { asOwnMail } from '../test/fixtures/trust/own-mail'

export const CORPUS = resolve(import.meta.dirname, '../test/fixtures/sisimai')

export interface MakeOptions {
  out: string
  /** Approximate size of the file in MB (1 MB = 2^20 bytes). */
  mb: number
  seed?: number
  /** Also put in one notice this big (the original message attached), in the middle. */
  bigMessageMb?: number
  /** How many corpus notices to use (default: all that fit in an mbox). */
  notices?: number
  /** How many notices are written a second time further on (same Message-ID: counted once). */
  repeats?: number
}

export interface MboxManifest {
  bytes: number
  messages: number
  /** Corpus file names in the order written; repeated ones appear twice. */
  notices: string[]
  ordinary: number
  /** Index (message number) of the big message, -1 if none. */
  bigMessageIndex: number
  /** Byte offset of the big message's "From " line, -1 if none. */
  bigMessageOffset: number
}

/** Deterministic PRNG (xorshift32), so the same seed gives the same file. */
export function rng(seed: number): () => number {
  let x = seed >>> 0 || 1
  return () => {
    x ^= x << 13; x >>>= 0
    x ^= x >>> 17
    x ^= x << 5; x >>>= 0
    return x / 0x100000000
  }
}

/** Corpus notices that are one message each with LF or CRLF line ends (usable inside an mbox). */
export function usableNotices(): string[] {
  return readdirSync(CORPUS).filter((f) => f.endsWith('.eml')).sort().filter((f) => {
    const text = readFileSync(join(CORPUS, f), 'latin1')
    const body = stripFromLine(text)
    if ((body.match(/\r(?!\n)/g) ?? []).length > (body.match(/\n/g) ?? []).length) return false
    return !/\n\r?\nFrom \S+ .*\d{1,2}:\d{2}/.test(body) && !/\nFrom \S+ .*\d{1,2}:\d{2}/.test(body)
  })
}

function stripFromLine(text: string): string {
  return text.startsWith('From ') ? text.slice(text.indexOf('\n') + 1) : text
}

/** A notice's bytes as the importer gets them back from the mbox (what was written, plus the blank line). */
export function noticeAsSplit(file: string): Uint8Array {
  return Buffer.concat([noticeAsWritten(file), Buffer.from('\n')])
}

/** The Takeout account the generated mailbox belongs to. */
export const TAKEOUT_ACCOUNT = 'sales.rep@gmail.com'

/**
 * A corpus notice as written into the mbox: as Gmail delivered it to the account (its delivery
 * headers, Takeout's X-Gmail-Labels, the returned copy the account's own: test/fixtures/trust/own-mail.ts,
 * issue 10), without its own "From " line, body "From " escaped (mboxrd).
 */
export function noticeAsWritten(file: string): Uint8Array {
  const own = asOwnMail(stripFromLine(readFileSync(join(CORPUS, file), 'latin1')), TAKEOUT_ACCOUNT, undefined, ['Inbox', 'Opened'])
  const text = own.replace(/\n(>*From )/g, '\n>$1')
  return Buffer.from(text.endsWith('\n') ? text : text + '\n', 'latin1')
}

const FIRST = ['Alice', 'Bruno', 'Chiara', 'Dmitri', 'Élodie', 'Farid', 'Giulia', 'Hiro']
const TOPICS = ['Quarterly plan', 'Lunch on Friday?', 'Invoice 2291', 'Slides for the pitch', 'Re: pricing', 'Team offsite', 'Contract draft', 'Weekly digest']

function ordinary(r: () => number, n: number, block: Buffer, attachBytes: number): Buffer {
  const who = FIRST[Math.floor(r() * FIRST.length)]
  const topic = TOPICS[Math.floor(r() * TOPICS.length)]
  const date = new Date(Date.UTC(2025, 0, 1) + Math.floor(r() * 300 * 86400e3)).toUTCString().replace('GMT', '+0000')
  const head = (ct: string, subject = topic) =>
    `From: ${who} <${who.toLowerCase().replace('é', 'e')}@partner.example>\nTo: sales@rebound.example\nSubject: ${subject}\n` +
    `Date: ${date}\nMessage-ID: <ordinary-${n}@partner.example>\nMIME-Version: 1.0\n${ct}\n\n`
  const kind = n % 5
  if (kind === 0) {
    // Latin-1 body, 8-bit, with an unescaped "From " line in the body (no time: not a separator).
    return Buffer.concat([
      Buffer.from(head('Content-Type: text/plain; charset=ISO-8859-1\nContent-Transfer-Encoding: 8bit', '=?ISO-8859-1?Q?R=E9union_d=E9j=E0_pr=E9vue?='), 'latin1'),
      Buffer.from(`Bonjour,\n\nLa réunion est déjà prévue à 14h. Ça vous va ?\nFrom the team, merci.\n\n${who}\n`, 'latin1'),
    ])
  }
  if (kind === 1) {
    // Shift_JIS bytes (not UTF-8).
    const sjis = Buffer.from([0x82, 0xa8, 0x8c, 0xb3, 0x8b, 0x43, 0x82, 0xc5, 0x82, 0xb7, 0x82, 0xa9, 0x81, 0x48])
    return Buffer.concat([Buffer.from(head('Content-Type: text/plain; charset=Shift_JIS\nContent-Transfer-Encoding: 8bit'), 'latin1'), sjis, Buffer.from('\n')])
  }
  if (kind === 2) {
    const html = `<html><body><p>Hello from ${who}</p><p>${'Lorem ipsum dolor sit amet. '.repeat(40)}</p></body></html>`
    return Buffer.from(head('Content-Type: multipart/alternative; boundary="alt"') +
      `--alt\nContent-Type: text/plain; charset=utf-8\n\nHello from ${who}\n--alt\nContent-Type: text/html; charset=utf-8\n\n${html}\n--alt--\n`, 'utf8')
  }
  // With a binary attachment (base64, 76-char lines) of a size drawn around attachBytes.
  const size = Math.floor(attachBytes * (0.5 + r()))
  const start = Math.floor(r() * (block.length - 1024))
  const lines: string[] = []
  let left = size
  let at = start
  while (left > 0) {
    const take = Math.min(57, left)
    if (at + take > block.length) at = 0
    lines.push(block.subarray(at, at + take).toString('base64'))
    at += take
    left -= take
  }
  return Buffer.from(head('Content-Type: multipart/mixed; boundary="mix"') +
    `--mix\nContent-Type: text/plain; charset=utf-8\n\nPlease find the file attached. — ${who}\n` +
    `--mix\nContent-Type: application/pdf; name="doc-${n}.pdf"\nContent-Transfer-Encoding: base64\nContent-Disposition: attachment; filename="doc-${n}.pdf"\n\n` +
    lines.join('\n') + '\n--mix--\n', 'latin1')
}

/** A bounce returning a huge original: a real notice over the importer's size cap. */
function bigNotice(mb: number, block: Buffer): Buffer {
  const head = 'From: Mail Delivery System <MAILER-DAEMON@mx.example.net>\nTo: sales@rebound.example\n' +
    'Subject: Undelivered Mail Returned to Sender\nDate: Mon, 3 Mar 2025 10:00:00 +0000\nMessage-ID: <big-bounce@mx.example.net>\n' +
    'MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary="b"\n\n' +
    '--b\nContent-Type: text/plain\n\nYour message could not be delivered.\n' +
    '--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; huge@big.example\nAction: failed\nStatus: 5.1.1\n\n' +
    '--b\nContent-Type: message/rfc822\n\nSubject: the deck\nContent-Type: application/octet-stream\nContent-Transfer-Encoding: base64\n\n'
  const parts: Buffer[] = [Buffer.from(head)]
  let left = mb * 1024 * 1024
  const line = Buffer.from(block.subarray(0, 57).toString('base64') + '\n')
  const many = Buffer.concat(Array(10000).fill(line))
  while (left > 0) {
    parts.push(many)
    left -= many.length
  }
  parts.push(Buffer.from('--b--\n'))
  return Buffer.concat(parts)
}

export function makeMbox(o: MakeOptions): MboxManifest {
  const r = rng(o.seed ?? 7)
  const target = o.mb * 1024 * 1024
  const pool = usableNotices().slice(0, o.notices ?? Infinity)
  const repeats = o.repeats ?? Math.min(20, Math.floor(pool.length / 10))
  const queue = [...pool, ...pool.slice(0, repeats)]
  const block = Buffer.alloc(1 << 20)
  for (let i = 0; i < block.length; i++) block[i] = Math.floor(r() * 256)
  // Spread the notices evenly over the target size; ordinary mail fills the gaps.
  const gap = target / (queue.length + 1)
  const attachBytes = Math.max(2000, Math.min(2_000_000, Math.floor(gap / 4)))
  mkdirSync(dirname(o.out), { recursive: true })
  const fd = openSync(o.out, 'w')
  const m: MboxManifest = { bytes: 0, messages: 0, notices: [], ordinary: 0, bigMessageIndex: -1, bigMessageOffset: -1 }
  const write = (msg: Uint8Array, sender: string) => {
    const sep = Buffer.from(`From ${sender} Mon Mar  3 10:${String(m.messages % 60).padStart(2, '0')}:00 +0000 2025\n`)
    // Not escaped here: ordinary mail keeps an unescaped "From " body line on purpose (not a separator).
    for (const b of [sep, msg, Buffer.from('\n')]) {
      writeSync(fd, b)
      m.bytes += b.length
    }
    m.messages++
  }
  let next = 0
  while (m.bytes < target || next < queue.length) {
    if (next < queue.length && m.bytes >= gap * (next + 1)) {
      write(noticeAsWritten(queue[next]), 'MAILER-DAEMON')
      m.notices.push(queue[next++])
      continue
    }
    if (o.bigMessageMb && m.bigMessageIndex < 0 && m.bytes >= target / 2) {
      m.bigMessageIndex = m.messages
      m.bigMessageOffset = m.bytes
      write(bigNotice(o.bigMessageMb, block), 'MAILER-DAEMON')
      continue
    }
    write(ordinary(r, m.messages, block, attachBytes), `${1000000 + m.messages}@xxx`)
    m.ordinary++
  }
  closeSync(fd)
  writeFileSync(o.out + '.json', JSON.stringify(m, null, 1))
  return m
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`)
    return i > 0 ? process.argv[i + 1] : undefined
  }
  const out = resolve(arg('out') ?? '/tmp/rebound/big.mbox')
  const m = makeMbox({ out, mb: Number(arg('mb') ?? 200), seed: Number(arg('seed') ?? 7), bigMessageMb: arg('big-message-mb') ? Number(arg('big-message-mb')) : undefined })
  console.log(`${out}: ${(m.bytes / 2 ** 20).toFixed(1)} MB, ${m.messages} messages, ${m.notices.length} notices, ${m.ordinary} ordinary`)
}
