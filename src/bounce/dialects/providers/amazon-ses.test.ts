/** Amazon SES DSNs and event notifications, Amazon WorkMail: corpus samples, rows from labels.json. */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { expectTable, reportOf, type Table } from './corpus-table'

const TABLE: Table = [
  ['lhost-amazonses-01.eml', [['shironeko@example.co.jp', '5.7.1', '550', 'securityerror', false]]],
  ['lhost-amazonses-02.eml', [['this-local-part-does-not-exist-on-the-server@docomo.ne.jp', '5.3.0', '550', 'filtered', false]]],
  ['lhost-amazonses-03.eml', [['kijitora@example.jp', '5.2.2', '550', 'mailboxfull', false]]],
  ['lhost-amazonses-05.eml', [['bounce@simulator.amazonses.com', '5.1.1', '550', 'userunknown', true]]],
  ['lhost-amazonses-06.eml', [['bounce@simulator.amazonses.com', '5.1.1', '550', 'userunknown', true]]],
  ['lhost-amazonses-07.eml', [['6@neko.nyaan.example.org', '5.7.6', '550', 'securityerror', false]]],
  ['lhost-amazonses-08.eml', [['e@neko.nyaan.example.org', '5.7.9', '550', 'securityerror', false]]],
  ['lhost-amazonses-09.eml', [['bounce@simulator.amazonses.com', '5.1.1', '550', 'userunknown', true]]],
  ['lhost-amazonses-10.eml', [['bounce@simulator.amazonses.com', '5.1.1', '550', 'userunknown', true]]],
  ['lhost-amazonses-11.eml', [['complaint@simulator.amazonses.com', '', '', 'feedback', false]]],
  ['lhost-amazonses-12.eml', [['success@simulator.amazonses.com', '2.6.0', '250', 'delivered', false]]],
  ['lhost-amazonses-13.eml', [['complaint@simulator.amazonses.com', '2.6.0', '250', 'delivered', false]]],
  ['lhost-amazonses-14.eml', [['sironeko@neko.example.org', '5.7.1', '554', 'blocked', false]]],
  ['lhost-amazonses-15.eml', [['kijitora@neko.example.com', '5.7.1', '554', 'blocked', false]]],
  ['lhost-amazonses-16.eml', [['kijitora@example.com', '5.7.1', '521', 'blocked', false]]],
  ['lhost-amazonses-17.eml', [['kijitora@example.com', '4.4.2', '421', 'expired', false]]],
  ['lhost-amazonses-18.eml', [['kijitora@neko.nyaan.example.edu', '5.4.4', '550', 'hostunknown', true]]],
  ['lhost-amazonses-19.eml', [['kijitora@example.com', '5.7.1', '550', 'suspend', false]]],
  ['lhost-amazonses-20.eml', [['kijitora@google.example.com', '5.2.1', '550', 'suspend', false]]],
  ['lhost-amazonses-21.eml', [['kijitora@example.com', '5.7.1', '554', 'norelaying', false]]],
  ['lhost-amazonworkmail-01.eml', [['kijitora@example.jp', '5.1.1', '550', 'userunknown', true]]],
  ['lhost-amazonworkmail-02.eml', [['sabineko@example.jp', '5.2.1', '550', 'filtered', false]]],
  ['lhost-amazonworkmail-03.eml', [['kuroneko@example.org', '5.3.5', '550', 'systemerror', false]]],
  ['lhost-amazonworkmail-04.eml', [['chatoraneko@example.jp', '5.2.2', '550', 'mailboxfull', false]]],
  ['lhost-amazonworkmail-05.eml', [['sabatora@example.libsisimai.org', '4.4.2', '421', 'expired', false]]],
  ['lhost-amazonworkmail-07.eml', [['kijitora@libsisimai.org', '4.4.2', '421', 'expired', false]]],
  ['lhost-amazonworkmail-08.eml', [['kijitora@libsisimai.org', '5.2.2', '550', 'mailboxfull', false]]],
]

describe('amazon-ses', () => expectTable('amazon-ses', TABLE))

const OWN_DIR = join(import.meta.dirname, '../../../../test/fixtures/bounce/providers')

/** Handwritten: test/fixtures/bounce/providers/ (an SES complaint in SNS's email-json envelope). */
const OWN: Table = [
  ['ses-complaint-sns-email-json.eml', [['dana.whitfield@harbor-supply.example', '', '', 'feedback', false]]],
]

describe('amazon-ses (handwritten)', () => expectTable('amazon-ses', OWN, OWN_DIR))

// A complaint is feedback, as an ARF report is: the report's kind says so and nobody is a bounce.
describe('amazon-ses complaints', () => {
  it.each([
    [join(import.meta.dirname, '../../../../test/fixtures/sisimai'), 'lhost-amazonses-11.eml'],
    [OWN_DIR, 'ses-complaint-sns-email-json.eml'],
  ])('%s/%s is feedback', async (dir, file) => {
    const report = await reportOf(join(dir, file))
    expect([report.kind, report.recipients.map((r) => [r.action, r.verdict])]).toEqual(['feedback', [['delivered', 'none']]])
  })
})
