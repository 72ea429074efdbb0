/**
 * Scores the engine on the Sisimai corpus with the rules in test/fixtures/sisimai/README.md:
 * recipients compared per file as case-insensitive sets (recall, precision); for each matched
 * recipient reason, hard, status (a label "X.0.9NN" is Sisimai-internal: any status of class X
 * counts) and reply code (where the label has one); non-bounce labels (delivered, feedback,
 * vacation) must never come back as a bounced contact.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseBounce } from '../../src/bounce/index'
import { splitMbox } from '../../src/bounce/mbox'
import type { RecipientReport } from '../../src/bounce/types'
import { disagreementFor } from './disagreements'

export const CORPUS_DIR = join(import.meta.dirname, '../fixtures/sisimai')

interface Label { recipient: string; status: string; replycode: string; reason: string; hard: boolean }
interface LabelFile { file: string; expected: Label[] }

const NOT_FAILURES = new Set(['delivered', 'feedback', 'vacation'])

export interface Score {
  files: number
  expected: number
  claimed: number
  matched: number
  reasonOk: number
  hardOk: number
  statusOk: number
  /** Same, with an empty status counted wrong against Sisimai's internal codes. */
  statusStrictOk: number
  replyChecked: number
  replyOk: number
  /** Non-bounce labels (or files) that came back as bounced contacts. */
  leaks: number
  errors: number
  /** Recipients listed in DISAGREEMENTS.md that were found, and how many of those the engine read as listed. */
  disagreements: number
  disagreementsHeld: number
  mismatches: string[]
}

export function loadLabels(): LabelFile[] {
  return JSON.parse(readFileSync(join(CORPUS_DIR, 'labels.json'), 'utf8')) as LabelFile[]
}

/**
 * A label "X.0.9NN" is Sisimai's own code, not in the message: a status of class X counts, and so
 * does none at all (we report codes as found, never invented). `strict` counts only class X.
 */
function statusMatches(label: string, got: string, strict = false): boolean {
  if (/^[245]\.0\.9\d\d$/.test(label)) return (!strict && got === '') || got[0] === label[0]
  return label === got
}

/** A reported recipient counts as a bounced contact when it failed or is delayed. */
function isClaim(r: RecipientReport): boolean {
  return r.action === 'failed' || r.action === 'delayed'
}

export async function reportsOfFile(path: string): Promise<{ recipients: RecipientReport[]; errors: string[] }> {
  const bytes = new Uint8Array(readFileSync(path))
  const recipients: RecipientReport[] = []
  const errors: string[] = []
  for (const message of splitMbox(bytes)) {
    const report = await parseBounce(message)
    if (report.kind === 'error') errors.push(report.error)
    else recipients.push(...report.recipients)
  }
  return { recipients, errors }
}

export async function scoreCorpus(prefix = ''): Promise<Score> {
  const score: Score = {
    files: 0, expected: 0, claimed: 0, matched: 0, reasonOk: 0, hardOk: 0, statusOk: 0, statusStrictOk: 0,
    replyChecked: 0, replyOk: 0, leaks: 0, errors: 0, disagreements: 0, disagreementsHeld: 0, mismatches: [],
  }
  for (const { file, expected } of loadLabels()) {
    if (prefix && !file.startsWith(prefix)) continue
    score.files++
    const { recipients, errors } = await reportsOfFile(join(CORPUS_DIR, file))
    score.errors += errors.length
    const problems: string[] = errors.map((e) => `error ${e}`)
    const claims = new Map<string, RecipientReport>()
    // Labels are Sisimai's Final-Recipient; the engine's contact may be the Original-Recipient the user
    // wrote to (issue 9), with the final one kept as `finalRecipient`: that is the one compared.
    for (const r of recipients) {
      const key = (r.finalRecipient || r.address).toLowerCase()
      if (isClaim(r) && !claims.has(key)) claims.set(key, r)
    }
    const failures = expected.filter((e) => !NOT_FAILURES.has(e.reason))
    const nonFailures = expected.filter((e) => NOT_FAILURES.has(e.reason))
    score.expected += failures.length
    score.claimed += claims.size

    for (const e of nonFailures) {
      if (claims.has(e.recipient.toLowerCase()) || (failures.length === 0 && claims.size > 0)) {
        score.leaks++
        problems.push(`leak ${e.reason} ${e.recipient} reported as ${[...claims.values()].map((c) => `${c.address}:${c.reason}`).join(',')}`)
      }
    }
    const wanted = new Set(failures.map((e) => e.recipient.toLowerCase()))
    for (const [address, r] of claims) if (!wanted.has(address) && !nonFailures.some((e) => e.recipient.toLowerCase() === address)) problems.push(`extra ${address} (${r.reason})`)

    for (const e of failures) {
      const got = claims.get(e.recipient.toLowerCase())
      if (!got) {
        problems.push(`missing ${e.recipient} (${e.reason})`)
        continue
      }
      score.matched++
      const diffs: string[] = []
      // A listed disagreement: scored against our reading for hard, always a reason miss (DISAGREEMENTS.md).
      const listed = disagreementFor(file, e.recipient)
      if (listed) {
        score.disagreements++
        if (got.reason === listed.ours.reason && got.hard === listed.ours.hard) score.disagreementsHeld++
        else diffs.push(`listed as ${listed.ours.reason}/${listed.ours.hard} but got ${got.reason}/${got.hard}`)
        if (got.hard === listed.ours.hard) score.hardOk++
      } else {
        if (got.reason === e.reason) score.reasonOk++
        else diffs.push(`reason ${e.reason}≠${got.reason}`)
        if (got.hard === e.hard) score.hardOk++
        else diffs.push(`hard ${e.hard}≠${got.hard}`)
      }
      if (statusMatches(e.status, got.status, true)) score.statusStrictOk++
      if (statusMatches(e.status, got.status)) score.statusOk++
      else diffs.push(`status ${e.status || '""'}≠${got.status || '""'}`)
      if (e.replycode) {
        score.replyChecked++
        if (got.replyCode === e.replycode) score.replyOk++
        else diffs.push(`reply ${e.replycode}≠${got.replyCode || '""'}`)
      }
      if (diffs.length) problems.push(`${e.recipient}: ${diffs.join(', ')} | ${got.diagnostic.slice(0, 120)}`)
    }
    if (problems.length) score.mismatches.push(`${file}: ${problems.join(' ; ')}`)
  }
  return score
}

const pct = (a: number, b: number) => (b === 0 ? 100 : (100 * a) / b)

export function figures(s: Score) {
  return {
    recall: pct(s.matched, s.expected),
    /** Agreement with the labels on the recipients not listed in DISAGREEMENTS.md. */
    reasonUnlisted: pct(s.reasonOk, s.matched - s.disagreements),
    precision: pct(s.matched, s.claimed),
    reason: pct(s.reasonOk, s.matched),
    hard: pct(s.hardOk, s.matched),
    status: pct(s.statusOk, s.matched),
    statusStrict: pct(s.statusStrictOk, s.matched),
    replyCode: pct(s.replyOk, s.replyChecked),
  }
}

export function formatScore(s: Score): string {
  const f = figures(s)
  const p = (n: number) => n.toFixed(2) + '%'
  return [
    `files ${s.files}, failed recipients expected ${s.expected}, reported ${s.claimed}, matched ${s.matched}`,
    `recall ${p(f.recall)}  precision ${p(f.precision)}  reason ${p(f.reason)} (${s.reasonOk}/${s.matched}, listed disagreements counted as misses; ${p(f.reasonUnlisted)} on the others)  hard/soft ${p(f.hard)}`,
    `disagreements listed and found ${s.disagreements}, read as listed ${s.disagreementsHeld}`,
    `status ${p(f.status)} (${p(f.statusStrict)} if an empty status never matches an internal code)  reply code ${p(f.replyCode)} (${s.replyOk}/${s.replyChecked})  non-bounce leaks ${s.leaks}  read errors ${s.errors}`,
  ].join('\n')
}
