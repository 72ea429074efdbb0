/** Exim and the notices that copy its text (GMX, 1&1, Mail.ru, MXLogic): every corpus sample this dialect decodes, rows from labels.json. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseBounce } from '../../index'
import { expectTable, HANDWRITTEN, type Table } from './lib/corpus-table'

const TABLE: Table = [
  ['lhost-einsundeins-02.eml', [['kijitora@example.org', '5.0.934', '', 'mesgtoobig', false]]],
  ['lhost-einsundeins-03.eml', [['xxxx@xxxx.fr', '5.2.0', '550', 'spamdetected', false]]],
  ['lhost-exim-01.eml', [['kijitora@example.ed.jp', '5.7.0', '550', 'blocked', false]]],
  ['lhost-exim-02.eml', [['kijitora@example.jp', '5.1.1', '550', 'userunknown', true], ['sabatora@example.jp', '5.2.1', '550', 'userunknown', true]]],
  ['lhost-exim-03.eml', [['kijitora@example.or.jp', '5.7.0', '554', 'policyviolation', false]]],
  ['lhost-exim-04.eml', [['kijitora@example.ed.jp', '5.7.0', '550', 'blocked', false]]],
  ['lhost-exim-05.eml', [['kijitora@neko.example.co.jp', '5.1.1', '553', 'userunknown', true]]],
  ['lhost-exim-06.eml', [['kijitora@example.com', '4.0.947', '', 'expired', false]]],
  ['lhost-exim-07.eml', [['shiba@example.com', '4.0.922', '', 'mailboxfull', false]]],
  ['lhost-exim-08.eml', [['kijitora@example.org', '4.0.947', '', 'expired', false]]],
  ['lhost-exim-29.eml', [['kijitora@example.co.jp', '5.0.0', '550', 'authfailure', false]]],
  ['lhost-exim-30.eml', [['kijitora@exmaple.ch', '5.7.1', '554', 'userunknown', true]]],
  ['lhost-exim-31.eml', [['kijitora@example.net', '5.0.912', '', 'hostunknown', true]]],
  ['lhost-exim-32.eml', [['kijitora@example.net', '5.0.973', '', 'requireptr', false]]],
  ['lhost-exim-33.eml', [['pseudo-local-part-kijitora-nyaan@comcast.net', '5.0.973', '554', 'requireptr', false]]],
  ['lhost-exim-34.eml', [['kijitora@example.net', '5.7.1', '554', 'requireptr', false]]],
  ['lhost-exim-35.eml', [['kijitora@example.com', '5.0.971', '550', 'blocked', false]]],
  ['lhost-exim-36.eml', [['kijitora@example.edu', '5.0.901', '550', 'rejected', false]]],
  ['lhost-exim-37.eml', [['kijitora@example.net', '5.0.912', '553', 'hostunknown', true]]],
  ['lhost-exim-38.eml', [['kijitora@example.co.jp', '4.0.901', '450', 'requireptr', false]]],
  ['lhost-exim-39.eml', [['kijitora@example.net', '5.0.973', '550', 'requireptr', false]]],
  ['lhost-exim-40.eml', [['kijitora@example.org', '5.0.901', '551', 'requireptr', false]]],
  ['lhost-exim-41.eml', [['kijitora@example.net', '4.0.901', '450', 'requireptr', false]]],
  ['lhost-exim-42.eml', [['kijitora@example.net', '5.7.1', '554', 'requireptr', false]]],
  ['lhost-exim-43.eml', [['kijitora@example.net', '5.7.1', '550', 'requireptr', false]]],
  ['lhost-exim-44.eml', [['kijitora@example.com', '5.0.0', '', 'mailererror', false]]],
  ['lhost-exim-45.eml', [['kijitora@example.com', '5.2.0', '550', 'rejected', false]]],
  ['lhost-exim-46.eml', [['kijitora@example.com', '5.7.1', '554', 'blocked', false]]],
  ['lhost-exim-47.eml', [['kijitora@example.net', '5.0.971', '550', 'blocked', false]]],
  ['lhost-exim-48.eml', [['kijitora@example.net', '5.7.1', '550', 'requireptr', false]]],
  ['lhost-exim-49.eml', [['kijitora@example.com', '5.0.0', '550', 'blocked', false]]],
  ['lhost-exim-50.eml', [['kijitora@neko.example.com', '5.1.7', '550', 'rejected', false]]],
  ['lhost-exim-51.eml', [['kijitora@example.org', '5.1.0', '553', 'rejected', false]]],
  ['lhost-exim-52.eml', [['neko@example.net', '5.0.902', '', 'syntaxerror', false]]],
  ['lhost-exim-53.eml', [['kijitora@example.com', '5.0.939', '', 'mailererror', false]]],
  ['lhost-exim-54.eml', [['kijitora@example.org', '5.0.901', '550', 'blocked', false]]],
  ['lhost-exim-55.eml', [['kijitora@example.com', '5.7.0', '554', 'spamdetected', false]]],
  ['lhost-exim-56.eml', [['kijitora@example.com', '5.0.971', '554', 'blocked', false]]],
  ['lhost-exim-57.eml', [['kijitora@example.com', '5.0.918', '', 'rejected', false]]],
  ['lhost-exim-58.eml', [['kijitora@example.us', '5.0.934', '500', 'mesgtoobig', false]]],
  ['lhost-exim-59.eml', [['kijitora@icloud.example.com', '5.1.1', '550', 'userunknown', true]]],
  ['lhost-exim-60.eml', [['nyaan%gol.com@q002.kijitora.gol.com', '5.0.0', '', 'mailboxfull', false]]],
  ['lhost-exim-61.eml', [['xxxx@xxxx.net', '5.1.1', '550', 'userunknown', true]]],
  ['lhost-gmx-01.eml', [['shironeko@example.jp', '5.2.2', '', 'mailboxfull', false]]],
  ['lhost-gmx-02.eml', [['shironeko@example.jp', '5.1.1', '', 'userunknown', true]]],
  ['lhost-gmx-03.eml', [['mikeneko@example.co.jp', '5.2.1', '', 'userunknown', true], ['sabineko@example.co.jp', '5.2.2', '', 'mailboxfull', false]]],
  ['lhost-gmx-04.eml', [['kijitora@6jo.example.co.jp', '5.0.947', '', 'expired', false]]],
  ['lhost-mailru-01.eml', [['kijitora@example.jp', '5.1.1', '550', 'userunknown', true]]],
  ['lhost-mailru-02.eml', [['kijitora@example.jp', '5.2.2', '550', 'mailboxfull', false]]],
  ['lhost-mailru-03.eml', [['mikeneko@example.jp', '5.2.2', '550', 'mailboxfull', false], ['sabineko@example.jp', '5.2.1', '550', 'userunknown', true]]],
  ['lhost-mailru-04.eml', [['kijitora@example.jp', '5.1.1', '550', 'userunknown', true]]],
  ['lhost-mailru-05.eml', [['neko@libsisimai.org', '5.0.932', '', 'notaccept', true]]],
  ['lhost-mailru-06.eml', [['nyan@haineko.org', '5.0.912', '', 'hostunknown', true]]],
  ['lhost-mailru-07.eml', [['otsu-sakaba-hunter-neko-nyaaaaaaan@ezweb.ne.jp', '5.0.910', '550', 'filtered', false]]],
  ['lhost-mailru-08.eml', [['otsu-sakaba-hunter-neko-nyaaaaaaan@ezweb.ne.jp', '5.0.911', '550', 'userunknown', true]]],
  ['lhost-mailru-09.eml', [['kijitora@example.jp', '5.1.8', '501', 'rejected', false]]],
  ['lhost-mailru-10.eml', [['neko@sijo.example.jp', '5.0.947', '', 'expired', false]]],
  ['lhost-mxlogic-01.eml', [['kijitora@example.co.jp', '5.1.1', '550', 'userunknown', true]]],
  ['lhost-mxlogic-02.eml', [['kijitora@example.jp', '5.1.1', '550', 'userunknown', true]]],
  ['lhost-mxlogic-03.eml', [['kijitora@example.co.jp', '5.0.910', '550', 'filtered', false]]],
  ['rhost-franceptt-03.eml', [['pseudo-local-part-kijitora@wanadoo.fr', '5.2.0', '550', 'spamdetected', false]]],
  ['rhost-franceptt-04.eml', [['xxxx@xxxx.fr', '5.2.0', '550', 'spamdetected', false]]],
]

describe('exim', () => expectTable('exim', TABLE))

// Written for Rebound: a current Exim with two failures, one a remote reply, one Exim's own verdict.
const OURS: Table = [
  ['exim-two-recipients.eml', [['paul@globex.example', '5.1.1', '550', 'userunknown', true], ['ops@nowhere.invalid', '', '', 'hostunknown', true]]],
  // A delay warning (CRLF): the recipient is still being retried, so it is pending, not a failure.
  ['exim-delay-warning.eml', [['lena@hooli.example', '4.2.2', '452', 'mailboxfull', false]]],
]

describe('exim, handwritten', () => {
  expectTable('exim', OURS, HANDWRITTEN)
  it('reads a delay warning as a delay, its recipient pending', async () => {
    const report = await parseBounce(readFileSync(join(HANDWRITTEN, 'exim-delay-warning.eml')))
    expect(report.kind === 'delay' && report.recipients.map((r) => [r.action, r.verdict])).toEqual([['delayed', 'pending']])
  })
  it('ties the bounce to the original quoted after the copy marker', async () => {
    const report = await parseBounce(readFileSync(join(HANDWRITTEN, 'exim-two-recipients.eml')))
    expect(report.kind === 'bounce' && report.original).toEqual({
      messageId: '<5b2c9e7a-0d1f-4d0e-9a55-acme-q4@acme.example>',
      subject: 'Quick question about your Q4 réassort',
      to: ['paul@globex.example', 'ops@nowhere.invalid'],
      date: '2026-11-03T09:12:30.000Z',
    })
  })
})
