/**
 * The shared harness of the provider dialects' expectation tables (test-only): each row names a
 * corpus file and its failed recipients as [address, status, replyCode, reason, hard], read through
 * the public parseBounce. Labels are Sisimai's Final-Recipient: a recipient is matched by its
 * `finalRecipient` where the engine reports the Original-Recipient as the contact. Rows come from test/fixtures/sisimai/labels.json; a status of Sisimai's
 * internal form "X.0.9NN" (not in the message) matches any status of class X, as in the README's rules.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { parseBounce } from '../../index'
import type { Reason, Report } from '../../types'
import { expectedReading } from '../../../../test/unit/disagreements'

export type Row = [address: string, status: string, replyCode: string, reason: Reason, hard: boolean]
export type Table = ReadonlyArray<readonly [file: string, rows: readonly Row[]]>

const CORPUS = join(import.meta.dirname, '../../../../test/fixtures/sisimai')

export async function reportOf(path: string): Promise<Report> {
  const r = await parseBounce(readFileSync(path))
  if (r.kind === 'error') throw new Error(`${path}: ${r.error}`)
  return r
}

function statusMatches(expected: string, got: string): boolean {
  return /^\d\.0\.9\d\d$/.test(expected) ? got[0] === expected[0] : got === expected
}

/** One test per file: the decoder that read it ("" = any), and each row's recipient. */
export function expectTable(decoder: string, table: Table, dir = CORPUS): void {
  for (const [file, rows] of table) {
    it(file, async () => {
      const report = await reportOf(join(dir, file))
      if (decoder) expect(report.decoder).toBe(decoder)
      expect(report.recipients.map((r) => (r.finalRecipient || r.address).toLowerCase()).sort()).toEqual(rows.map((r) => r[0].toLowerCase()).sort())
      for (const [address, status, replyCode, reason, hard] of rows) {
        const got = report.recipients.find((r) => (r.finalRecipient || r.address).toLowerCase() === address.toLowerCase())!
        expect({ address, status: statusMatches(status, got.status) ? status : got.status, reason: got.reason, hard: got.hard })
          .toEqual({ address, status, ...expectedReading(file, address, reason, hard) }) // DISAGREEMENTS.md: our reading
        if (replyCode) expect(got.replyCode).toBe(replyCode)
      }
    })
  }
}
