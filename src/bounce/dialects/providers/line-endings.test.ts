/** Every handwritten provider notice reads the same with LF, CRLF and CR line endings. */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseBounce } from '../../index'

const DIR = join(import.meta.dirname, '../../../../test/fixtures/bounce/providers')

async function summary(raw: string) {
  const r = await parseBounce(raw)
  if (r.kind === 'error') return r.error
  return [r.kind, r.decoder, r.recipients.map((x) => [x.address, x.status, x.reason, x.verdict]), r.original?.messageId ?? '']
}

describe('line endings', () => {
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.eml'))) {
    it(file, async () => {
      const lf = readFileSync(join(DIR, file), 'utf8').replace(/\r\n?/g, '\n')
      const expected = await summary(lf)
      expect(await summary(lf.replace(/\n/g, '\r\n'))).toEqual(expected)
      expect(await summary(lf.replace(/\n/g, '\r'))).toEqual(expected)
    })
  }
})
