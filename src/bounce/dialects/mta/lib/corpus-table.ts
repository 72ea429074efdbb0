/**
 * The shared harness of the MTA dialects' expectation tables (test-only). Each entry names a corpus
 * file and its failed recipients as [address, status, replyCode, reason, hard], read through the
 * public parseBounce; rows come from test/fixtures/sisimai/labels.json. A status of Sisimai's
 * internal form "X.0.9NN" (not in the message) matches any status of class X (the README's rule).
 * Every file is also read with its line endings turned into CRLF and into CR: same answer.
 * Labels are Sisimai's Final-Recipient: a recipient is matched by its `finalRecipient` where the engine
 * reports the Original-Recipient as the contact.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { parseBounce } from '../../../index'
import type { Reason, Report } from '../../../types'
import { expectedReading } from '../../../../../test/unit/disagreements'

export type Row = [address: string, status: string, replyCode: string, reason: Reason, hard: boolean]
/**
 * [file, rows] or [file, rows, pending]: `pending` says why the reason/hard of this file does not
 * match Sisimai's label yet (a classifier matter, outside the decoder); those two are then left to
 * a todo while address, status and reply code are still checked.
 */
export type Entry = readonly [file: string, rows: readonly Row[], pending?: string]
export type Table = ReadonlyArray<Entry>

export const CORPUS = join(import.meta.dirname, '../../../../../test/fixtures/sisimai')
export const HANDWRITTEN = join(import.meta.dirname, '../../../../../test/fixtures/bounce/mta')

function statusMatches(expected: string, got: string): boolean {
  return /^\d\.0\.9\d\d$/.test(expected) ? got === '' || got[0] === expected[0] : got === expected
}

async function reportOf(bytes: Uint8Array | string): Promise<Report> {
  const r = await parseBounce(bytes)
  if (r.kind === 'error') throw new Error(r.error)
  return r
}

function withEndings(bytes: Buffer, ending: '\r\n' | '\r'): string {
  return bytes.toString('latin1').replace(/\r\n|\r|\n/g, ending)
}

function check(report: Report, decoder: string, rows: readonly Row[], withReason: boolean, file = ''): void {
  expect(report.decoder).toBe(decoder)
  expect(report.recipients.map((r) => (r.finalRecipient || r.address).toLowerCase()).sort()).toEqual(rows.map((r) => r[0].toLowerCase()).sort())
  for (const [address, status, replyCode, reason, hard] of rows) {
    const got = report.recipients.find((r) => (r.finalRecipient || r.address).toLowerCase() === address.toLowerCase())!
    const seen = { address, status: statusMatches(status, got.status) ? status : got.status, replyCode: replyCode ? got.replyCode : '' }
    expect(seen).toEqual({ address, status, replyCode })
    // A sample listed in test/fixtures/sisimai/DISAGREEMENTS.md is held to our reading, not the label.
    if (withReason) expect({ address, reason: got.reason, hard: got.hard }).toEqual({ address, ...expectedReading(file, address, reason, hard) })
  }
}

/** One test per file (plus its CRLF and CR copies); `dir` is the corpus unless told. */
export function expectTable(decoder: string, table: Table, dir = CORPUS): void {
  for (const [file, rows, pending] of table) {
    const bytes = readFileSync(join(dir, file))
    it(file, async () => check(await reportOf(bytes), decoder, rows, !pending, file))
    it(`${file} with CRLF and CR line endings`, async () => {
      // latin1 keeps every byte as one char, so charsets (ISO-2022-JP, UTF-8) survive the round trip.
      for (const ending of ['\r\n', '\r'] as const) {
        const text = withEndings(bytes, ending)
        check(await reportOf(Uint8Array.from(text, (c) => c.charCodeAt(0))), decoder, rows, !pending, file)
      }
    })
    if (pending) it.todo(`${file}: reason/hard as labelled (${pending})`)
  }
}
