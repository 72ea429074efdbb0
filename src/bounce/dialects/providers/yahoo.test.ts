/** Yahoo failure notices: corpus samples, rows from labels.json. */
import { join } from 'node:path'
import { describe } from 'vitest'
import { expectTable, type Table } from './corpus-table'

const TABLE: Table = [
  ['lhost-yahoo-01.eml', [['kijitora@example.org', '5.1.1', '550', 'userunknown', true]]],
  ['lhost-yahoo-02.eml', [['kijitora@example.ed.jp', '5.2.2', '550', 'mailboxfull', false]]],
  ['lhost-yahoo-03.eml', [['kijitora@example.jp', '5.1.1', '550', 'userunknown', true]]],
  ['lhost-yahoo-04.eml', [['kijitora@example.co.jp', '5.2.2', '550', 'mailboxfull', false]]],
  ['lhost-yahoo-05.eml', [['kijitora@example.co.jp', '5.2.1', '550', 'userunknown', true]]],
  ['lhost-yahoo-06.eml', [['otsu-sakaba-hunter-neko-nyaaaaaaan@ezweb.ne.jp', '5.0.910', '550', 'filtered', false]]],
  ['lhost-yahoo-07.eml', [['otsu-sakaba-hunter-neko-nyaaaaaaan@ezweb.ne.jp', '5.0.911', '550', 'userunknown', true]]],
  ['lhost-yahoo-08.eml', [['mailboxfull@libsisimai.org', '5.2.2', '550', 'mailboxfull', false]]],
  ['lhost-yahoo-09.eml', [['neko@libsisimai.org', '5.0.932', '', 'notaccept', true]]],
  ['lhost-yahoo-10.eml', [['userunknown@cubicroot.jp', '5.1.1', '550', 'userunknown', true]]],
  ['lhost-yahoo-11.eml', [['kijitora@example.jp', '5.1.8', '501', 'rejected', false]]],
  ['lhost-yahoo-12.eml', [['kijitora@example.jp', '5.1.8', '501', 'rejected', false]]],
  ['lhost-yahoo-13.eml', [['neko@sijo.example.jp', '5.0.947', '', 'expired', false]]],
  ['lhost-yahoo-14.eml', [['kijitora@example.org', '5.0.971', '554', 'blocked', false]]],
]

/** Handwritten: test/fixtures/bounce/providers/yahoo-mailbox-disabled-failure-notice.eml. */
const OWN: Table = [
  // Issue 9: a mailbox Yahoo disabled (554.30) is dead for a salesperson: hard.
  ['yahoo-mailbox-disabled-failure-notice.eml', [['lee.ortiz_home@yahoo.com', '5.0.0', '554', 'suspend', true]]],
]

describe('yahoo', () => expectTable('yahoo', TABLE))
describe('yahoo (handwritten)', () => expectTable('yahoo', OWN, join(import.meta.dirname, '../../../../test/fixtures/bounce/providers')))
