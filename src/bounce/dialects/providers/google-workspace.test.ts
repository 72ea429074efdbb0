/** Google Workspace / new Gmail notices: corpus samples, rows from labels.json. */
import { join } from 'node:path'
import { describe } from 'vitest'
import { expectTable, type Table } from './corpus-table'

const TABLE: Table = [
  ['lhost-googlegroups-15.eml', [['neko-nyaan-cat-meeting@google-groups.example.com', '5.0.918', '', 'rejected', false]]],
  ['lhost-gsuite-01.eml', [['kijitora@example.de', '5.1.0', '550', 'userunknown', true]]],
  ['lhost-gsuite-02.eml', [['kijitora@example.it', '5.0.0', '', 'userunknown', true]]],
  ['lhost-gsuite-03.eml', [['neko@libsisimai.org', '4.0.0', '', 'notaccept', false]]],
  ['lhost-gsuite-04.eml', [['sironeko@example.jp', '4.0.0', '', 'networkerror', false]]],
  ['lhost-gsuite-05.eml', [['sotoneko@haineko.org', '4.0.0', '', 'networkerror', false]]],
  ['lhost-gsuite-06.eml', [['sotoneko@nora.nyaan.jp', '4.4.1', '', 'expired', false]]],
  ['lhost-gsuite-07.eml', [['siro@neko1.nyaan.jp', '4.4.1', '', 'expired', false]]],
  ['lhost-gsuite-08.eml', [['otsu-sakaba-hunter-neko-nyaaaaaaan@ezweb.ne.jp', '5.0.0', '550', 'filtered', false]]],
  ['lhost-gsuite-09.eml', [['otsu-sakaba-hunter-neko-nyaaaaaaan@ezweb.ne.jp', '5.0.0', '550', 'userunknown', true]]],
  ['lhost-gsuite-10.eml', [['neko@libsisimai.org', '4.0.0', '', 'notaccept', false]]],
  ['lhost-gsuite-11.eml', [['kijitora@example.jp', '5.1.8', '501', 'rejected', false]]],
  ['lhost-gsuite-12.eml', [['kijitora@example.com', '5.0.0', '', 'spamdetected', false]]],
  ['lhost-gsuite-13.eml', [['nekonyaan@gmal.com', '4.0.0', '', 'networkerror', false]]],
  ['lhost-gsuite-14.eml', [['libsisimai-2@googlegroups.com', '5.1.1', '550', 'userunknown', true]]],
  ['lhost-gsuite-15.eml', [['maildebug@example.jpn', '4.0.0', '', 'networkerror', false]]],
]

/** Handwritten: test/fixtures/bounce/providers/ (HTML-only notices, a relayed GoDaddy limit, a French notice). */
const OWN: Table = [
  ['gmail-address-not-found.eml', [['sam.rivera@bluepeak-outdoor.example', '5.1.1', '550', 'userunknown', true]]],
  ['gmail-message-not-delivered.eml', [['kim.nguyen@oakridge-dental.example', '5.2.2', '552', 'mailboxfull', false]]],
  ['gmail-message-blocked.eml', [['ops@granite-logistics.example', '5.7.1', '550', 'spamdetected', false]]],
  ['gmail-delivery-incomplete.eml', [['lena@fjord-textiles.example', '4.0.0', '', 'expired', false]]],
  ['gmail-outlook-mailbox-unavailable.eml', [['chris.odell.sales@outlook.com', '5.5.0', '550', 'userunknown', true]]],
  ['gmail-fr-outlook-mailbox-unavailable.eml', [['chris.odell.sales@outlook.com', '5.5.0', '550', 'userunknown', true]]],
  ['godaddy-rate-limit-relayed.eml', [['tom@harbor-freight-co.example', '5.1.1', '550', 'speeding', false]]],
]

describe('google-workspace', () => expectTable('google-workspace', TABLE))
describe('google-workspace (handwritten)', () => expectTable('google-workspace', OWN, join(import.meta.dirname, '../../../../test/fixtures/bounce/providers')))
