/**
 * Sisimai's set-of-emails (test/fixtures/set-of-emails, BSD 2-Clause): notices the engine was not
 * built from. (a) no message of maildir/not gives a failed recipient; (b) every bounce of the
 * selection gives at least one failed or delayed recipient; (c) the CRLF (maildir/dos) and CR
 * (maildir/mac) copies give the same recipients as the same text with LF line endings.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseBounce } from '../../src/bounce/index'
import { splitMbox } from '../../src/bounce/mbox'

const DIR = join(import.meta.dirname, '../fixtures/set-of-emails')
const files = (sub: string) => readdirSync(join(DIR, sub)).filter((f) => f.endsWith('.eml')).sort()

async function recipientsOf(bytes: Uint8Array) {
  const out: { address: string; action: string; status: string; reason: string }[] = []
  for (const message of splitMbox(bytes)) {
    const r = await parseBounce(message)
    if (r.kind === 'error') throw new Error(r.error)
    for (const x of r.recipients) out.push({ address: x.address, action: x.action, status: x.status, reason: x.reason })
  }
  return out
}

const claims = (rs: Awaited<ReturnType<typeof recipientsOf>>) => rs.filter((r) => r.action === 'failed' || r.action === 'delayed')

describe('set-of-emails: maildir/not gives no failed recipient', () => {
  it.each(files('not'))('%s', async (f) => {
    expect(claims(await recipientsOf(readFileSync(join(DIR, 'not', f))))).toEqual([])
  })
})

describe('set-of-emails: every bounce of the selection gives a recipient', () => {
  // rfc3834-*: RFC 3834 auto-replies, not bounces.
  it.each(files('bsd').filter((f) => !f.startsWith('rfc3834-')))('%s', async (f) => {
    expect(claims(await recipientsOf(readFileSync(join(DIR, 'bsd', f)))).length).toBeGreaterThan(0)
  })
  it.each(files('bsd').filter((f) => f.startsWith('rfc3834-')))('%s (an auto-reply) gives none', async (f) => {
    expect(claims(await recipientsOf(readFileSync(join(DIR, 'bsd', f))))).toEqual([])
  })
})

describe('set-of-emails: CRLF and CR copies read as the LF text', () => {
  it.each(files('dos'))('%s', async (f) => {
    const dos = readFileSync(join(DIR, 'dos', f))
    // latin1 round trip keeps every byte: the LF copy is the CRLF file's bytes without the CRs.
    const lfBytes = Uint8Array.from(dos.toString('latin1').replace(/\r\n/g, '\n'), (c) => c.charCodeAt(0))
    const expected = await recipientsOf(lfBytes)
    // A feedback report (arf-*) or an auto-reply (rfc3834-*) names no failed recipient; the others do.
    if (!/^(?:arf|rfc3834)-/.test(f)) expect(claims(expected).length).toBeGreaterThan(0)
    expect(await recipientsOf(dos)).toEqual(expected)
    expect(await recipientsOf(readFileSync(join(DIR, 'mac', f)))).toEqual(expected)
  })
})
