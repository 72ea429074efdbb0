/**
 * The shared shape of the outside-check tables (real-messages-d/-e.test.ts): whole notices read in
 * every line ending, and the same families as a webmail page's text. A row names each failed or
 * delayed recipient with the verdict it must get; the order of recipients does not matter.
 */
import { describe, expect, it } from 'vitest'
import { parseBounce, parseBounceText } from './index'
import type { Report, Verdict } from './types'
import { ENDINGS } from './test-notice'

/** What a reader must find: each failed or delayed recipient (lower case) and its verdict; [] for none. */
export type Expected = readonly (readonly [string, Verdict])[]

export interface Row {
  name: string
  raw: string
  want: Expected
}

/** A page's text row: name, subject, sender, the text as shown, what it must give. */
export type TextRow = [string, string, string, string, Expected]

async function read(raw: string): Promise<Report> {
  const r = await parseBounce(raw)
  if (r.kind === 'error') throw new Error(r.error)
  return r
}

const byAddress = (a: readonly [string, Verdict], b: readonly [string, Verdict]) => a[0].localeCompare(b[0])

/** The failed and delayed recipients a report names, with their verdicts, in address order. */
function failedVerdicts(r: Report): (readonly [string, Verdict])[] {
  return r.recipients
    .filter((x) => x.action === 'failed' || x.action === 'delayed')
    .map((x) => [x.address.toLowerCase(), x.verdict] as const)
    .sort(byAddress)
}

/** Each family's rows as whole messages in LF, CRLF and CR: the recipients, their verdicts and the notice's kind. */
export function describeWhole(check: string, families: readonly [string, readonly Row[]][]): void {
  describe.each(families)(`${check}: %s`, (_family, rows) => {
    const cases = rows.flatMap((row) => ENDINGS.map(([ending, to]) => [`${row.name} (${ending})`, to(row.raw), row.want] as const))
    it.each(cases)('%s', async (_name, raw, want) => {
      const r = await read(raw)
      expect(failedVerdicts(r)).toEqual([...want].sort(byAddress))
      if (want.length) expect(r.kind).toBe(want.every(([, v]) => v === 'pending') ? 'delay' : 'bounce')
      else expect(r.kind).not.toBe('bounce')
    })
  })
}

/** Rows read as a webmail page's text (parseBounceText) with the subject and sender the page shows. */
export function describeText(check: string, rows: readonly TextRow[]): void {
  describe(`${check}: as rendered text`, () => {
    it.each(rows)('%s', (_name, subject, from, text, want) => {
      expect(failedVerdicts(parseBounceText(text, { subject, from }))).toEqual([...want].sort(byAddress))
    })
  })
}
