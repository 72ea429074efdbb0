/** Postfix notices the generic reader cannot use: every corpus sample this dialect decodes, rows from labels.json. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseBounce } from '../../index'
import { expectTable, HANDWRITTEN, type Table } from './lib/corpus-table'

const TABLE: Table = [
  ['lhost-postfix-07.eml', [['kijitora@user.example.or.jp', '5.0.910', '550', 'filtered', false]]],
  ['lhost-postfix-34.eml', [['kijitora@example.com', '5.0.944', '', 'networkerror', false]]],
  ['lhost-postfix-64.eml', [['xxxx@wanadoo.fr', '5.0.900', '', 'undefined', false]]],
  ['lhost-postfix-75.eml', [['kijitora@libsisimai.net', '4.3.0', '451', 'systemerror', false]]],
  ['rfc3464-34.eml', [['kijitora@example.com', '4.4.1', '', 'networkerror', false]]],
  ['rhost-franceptt-07.eml', [['xxxx@wanadoo.fr', '4.0.0', '421', 'blocked', false]]],
  ['rhost-google-02.eml', [['neko-nyaan@example.org', '5.1.1', '550', 'userunknown', true]]],
]

describe('postfix', () => expectTable('postfix', TABLE))

// Written for Rebound: a Postfix bounce sent without its DSN part, an alias expanded, a blocklist refusal.
const OURS: Table = [
  ['postfix-plain.eml', [['sales@umbrella.example', '5.7.1', '554', 'blocked', false]]],
  ['postfix-delayed-plain.eml', [['ana@stark.example', '', '', 'expired', false]]],
]

describe('postfix, handwritten', () => {
  expectTable('postfix', OURS, HANDWRITTEN)
  it('reads the delay warning as a delay', async () => {
    const report = await parseBounce(readFileSync(join(HANDWRITTEN, 'postfix-delayed-plain.eml')))
    expect(report.kind === 'delay' && report.recipients.map((r) => [r.action, r.verdict])).toEqual([['delayed', 'pending']])
  })
})
