/**
 * The same notice in another transport form gives the same reading (issue 9). Other projects' test
 * data hold notices as mail systems and people stored them: re-encoded by a relay, saved from an
 * archive, relabelled or wrapped by a gateway. Every message of the corpus (test/fixtures/sisimai) is
 * read as it is, then through each transform of transport-variants.ts, and must give the same kind
 * and the same recipients with the same action and verdict.
 *
 * When a transform does not apply (the rules, stated once):
 * - the transform finds nothing to change (no text or delivery-status part to re-encode, no
 *   multipart/report to relabel, no US-ASCII text to relabel, no body);
 * - padded lines: not in a format=flowed message (RFC 3676 §4.2: there a trailing space is a soft
 *   line break, so padding changes the text itself);
 * - the gateway's wrapping: a notice read as a bounce or delay must be a mail system's notice by its
 *   own header and structure (isMailSystemNotice: a daemon's or notice sender's From, the null
 *   reverse-path, or a DSN); any other message wrapped so must give no failed or delayed recipient
 *   (a gateway's reader cannot tell it from a person's returned mail, and a complaint, an auto-reply
 *   or a success report handed on is no bounce).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseBounce } from './index'
import { splitMbox } from './mbox'
import { parseMime, toParsedMessage } from './mime/parsed-message'
import { isMailSystemNotice } from './mime/wrapped-report'
import { fromBinary, toBinary, TRANSFORMS } from './transport-variants'
import type { Report } from './types'

const CORPUS = join(import.meta.dirname, '../../test/fixtures/sisimai')

interface Sample {
  name: string
  raw: string
  /** The reading as it is: kind, then "address action verdict" of every recipient, sorted. */
  reading: string
  /** Read as a bounce or a delay (it has failed or delayed recipients). */
  failure: boolean
  systemNotice: boolean
  flowed: boolean
}

function readingOf(r: Report | { kind: 'error' }): string {
  if (r.kind === 'error') return 'error'
  const rows = (r as Report).recipients.map((x) => `${x.address.toLowerCase()} ${x.action} ${x.verdict}`).sort()
  return `${r.kind}: ${rows.join(', ')}`
}

function hasFailure(r: Report | { kind: 'error' }): boolean {
  return r.kind !== 'error' && (r as Report).recipients.some((x) => x.action === 'failed' || x.action === 'delayed')
}

async function loadSamples(): Promise<Sample[]> {
  const out: Sample[] = []
  for (const file of readdirSync(CORPUS).filter((f) => f.endsWith('.eml')).sort()) {
    const messages = splitMbox(new Uint8Array(readFileSync(join(CORPUS, file))))
    for (const [i, bytes] of messages.entries()) {
      const report = await parseBounce(bytes)
      const raw = toBinary(bytes)
      out.push({
        name: messages.length > 1 ? `${file}#${i}` : file,
        raw,
        reading: readingOf(report),
        failure: hasFailure(report),
        systemNotice: isMailSystemNotice(toParsedMessage(await parseMime(bytes))),
        flowed: /format\s*=\s*"?flowed/i.test(raw),
      })
    }
  }
  return out
}

const samples = loadSamples()

/** Least rows each transform must check: it really applies across the corpus. */
/** The transforms that wrap the notice in a gateway's message. */
const WRAPPED = new Set(['wrapped by gateway', 'wrapped, with failure words', 'base64, then wrapped'])

const AT_LEAST: Record<string, number> = {
  base64: 581,
  'quoted-printable': 581,
  'names lower-case': 591,
  'names upper-case': 591,
  unfolded: 591,
  're-folded at 40': 591,
  mbox: 591,
  'report as mixed': 319,
  'status as text/plain': 293,
  'wrapped by gateway': 591,
  'wrapped, with failure words': 591,
  'padded body': 573,
  'iso-8859-1 label': 400,
  'HTML only': 510,
  'HTML twin': 330,
  'base64, then wrapped': 581,
  'leading blank line': 591,
  'byte-order mark': 591,
  'CRLF header, LF body': 591,
  'no MIME-Version': 433,
  'subject encoded (B)': 562,
  'subject encoded (Q)': 562,
  'sender name encoded': 250,
  'returned headers only': 263,
  'external banner': 526,
  'disclaimer footer': 526,
  'subject tagged': 562,
}

describe('a corpus notice in another transport form reads the same', () => {
  it('reads the corpus as it is', async () => {
    const all = await samples
    expect(all.length).toBeGreaterThanOrEqual(589)
    expect(all.filter((s) => s.failure).length).toBeGreaterThan(500)
  })

  for (const [name, transform] of TRANSFORMS) {
    it(name, async () => {
      const differ: string[] = []
      let checked = 0
      for (const s of await samples) {
        if (name === 'padded body' && s.flowed) continue
        const variant = transform(s.raw)
        if (variant === null) continue
        const report = await parseBounce(fromBinary(variant))
        checked++
        if (WRAPPED.has(name) && !(s.failure && s.systemNotice)) {
          if (hasFailure(report)) differ.push(`${s.name}: not a mail system's failure notice, read as ${readingOf(report)}`)
          continue
        }
        const got = readingOf(report)
        if (got !== s.reading) differ.push(`${s.name}: ${s.reading} => ${got}`)
      }
      expect(differ).toEqual([])
      expect(checked).toBeGreaterThanOrEqual(AT_LEAST[name])
    }, 60_000)
  }
})
