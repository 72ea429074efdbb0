/**
 * test/fixtures/sisimai/DISAGREEMENTS.md as data: the corpus samples where our verdict differs from
 * Sisimai's label, each with our reason and hard flag. Read by the corpus scorer and the dialects'
 * expectation tables, so a listed sample is checked against our reading (and a row that no longer
 * holds fails a test). A malformed table row is an error, not a silent skip.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Reason } from '../../src/bounce/types'

export interface Reading { reason: Reason; hard: boolean }
export interface Disagreement { file: string; recipient: string; sisimai: Reading; ours: Reading; verdict: string; why: string }

const PATH = join(import.meta.dirname, '../fixtures/sisimai/DISAGREEMENTS.md')
const READING = /^([a-z]+), (hard|soft)(?: → ([a-z-]+))?$/

function reading(cell: string, line: string): { reason: Reason; hard: boolean; verdict: string } {
  const m = READING.exec(cell)
  if (!m) throw new Error(`DISAGREEMENTS.md: cannot read "${cell}" in: ${line}`)
  return { reason: m[1] as Reason, hard: m[2] === 'hard', verdict: m[3] ?? '' }
}

let cache: Disagreement[] | null = null

export function loadDisagreements(): Disagreement[] {
  if (cache) return cache
  const rows: Disagreement[] = []
  for (const line of readFileSync(PATH, 'utf8').split('\n')) {
    if (!/^\| [^|]+\.eml \|/.test(line)) continue
    const cells = line.split('|').slice(1, -1).map((c) => c.trim())
    if (cells.length !== 5 || !cells[4]) throw new Error(`DISAGREEMENTS.md: expected 5 cells and a why in: ${line}`)
    const [file, recipient, sisimai, ours, why] = cells
    const o = reading(ours, line)
    if (!o.verdict) throw new Error(`DISAGREEMENTS.md: "ours" must name the verdict in: ${line}`)
    const s = reading(sisimai, line)
    rows.push({ file, recipient: recipient.toLowerCase(), sisimai: { reason: s.reason, hard: s.hard }, ours: { reason: o.reason, hard: o.hard }, verdict: o.verdict, why })
  }
  return (cache = rows)
}

/** Our reading of one listed recipient, or undefined when the sample is not listed. */
export function disagreementFor(file: string, recipient: string): Disagreement | undefined {
  const r = recipient.toLowerCase()
  return loadDisagreements().find((d) => d.file === file && d.recipient === r)
}

/** The reason and hard flag a corpus test should expect: ours where listed, else the label's. */
export function expectedReading(file: string, recipient: string, reason: Reason, hard: boolean): Reading {
  return disagreementFor(file, recipient)?.ours ?? { reason, hard }
}
