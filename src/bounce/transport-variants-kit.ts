/**
 * Test-only: the table runner of the transport-variant tests (transport-variants.test.ts,
 * transport-gateways.test.ts; two files so the two halves run side by side). Every message of the
 * fixtures is read as it is, then through each named transform of transport-variants.ts, and must
 * give the same kind and the same recipients with the same action and verdict.
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

const FIXTURES = join(import.meta.dirname, '../../test/fixtures')
/** The Sisimai corpus, Sisimai's set-of-emails (LF copies and non-notices), and the project's own notices. */
const SOURCES = ['sisimai', 'set-of-emails/bsd', 'set-of-emails/not', 'bounce/core', 'bounce/mta', 'bounce/providers']

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

let loaded: Promise<Sample[]> | null = null

/** The fixtures read as they are, once per test file. */
function samples(): Promise<Sample[]> {
  return (loaded ??= loadSamples())
}

async function loadSamples(): Promise<Sample[]> {
  const out: Sample[] = []
  const files = SOURCES.flatMap((dir) => readdirSync(join(FIXTURES, dir)).filter((f) => f.endsWith('.eml')).sort().map((f) => `${dir}/${f}`))
  for (const file of files) {
    const messages = splitMbox(new Uint8Array(readFileSync(join(FIXTURES, file))))
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

/** The transforms that wrap the notice in a gateway's message. */
const WRAPPED = new Set(['wrapped by gateway', 'wrapped, with failure words', 'base64, then wrapped'])

/** Least rows each transform must check: it really applies across the fixtures. */
const AT_LEAST: Record<string, number> = {
  base64: 703,
  'quoted-printable': 703,
  'names lower-case': 714,
  'names upper-case': 714,
  unfolded: 714,
  're-folded at 40': 714,
  mbox: 714,
  'report as mixed': 393,
  'status as text/plain': 366,
  'wrapped by gateway': 714,
  'wrapped, with failure words': 714,
  'padded body': 696,
  'iso-8859-1 label': 437,
  'HTML only': 577,
  'HTML twin': 402,
  'base64, then wrapped': 703,
  'leading blank line': 714,
  'byte-order mark': 714,
  'CRLF header, LF body': 714,
  'no MIME-Version': 505,
  'subject encoded (B)': 678,
  'subject encoded (Q)': 678,
  'sender name encoded': 325,
  'returned headers only': 320,
  'external banner': 625,
  'disclaimer footer': 625,
  'subject tagged': 678,
}

/** One test per named transform: every fixture through it reads as it does as it is. */
export function transportTable(title: string, names: readonly string[]): void {
  describe(title, () => {
    it('reads the fixtures as they are', async () => {
      const all = await samples()
      expect(all.length).toBeGreaterThanOrEqual(589 + 74 + 3 + 45)
      expect(all.filter((s) => s.failure).length).toBeGreaterThan(600)
    })

    for (const name of names) {
      const transform = TRANSFORMS.find(([n]) => n === name)?.[1]
      it(name, async () => {
        expect(transform).toBeDefined()
        const differ: string[] = []
        let checked = 0
        for (const s of await samples()) {
          if (name === 'padded body' && s.flowed) continue
          const variant = transform!(s.raw)
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
}
