/** Oracle Messaging Server / PMDF: every corpus sample this dialect decodes, rows from labels.json. */
import { describe } from 'vitest'
import { expectTable, type Table } from './lib/corpus-table'

const TABLE: Table = [
  ['lhost-messagingserver-01.eml', [['kijitora@example.jp', '5.1.1', '550', 'userunknown', true]]],
  ['lhost-messagingserver-02.eml', [['kijitora@example.net', '5.2.0', '', 'mailboxfull', false]]],
  ['lhost-messagingserver-03.eml', [['sabineko@example.org', '5.7.1', '550', 'filtered', false], ['mikeneko@example.org', '5.7.1', '550', 'filtered', false]]],
  ['lhost-messagingserver-04.eml', [['kijitora@example.jp', '5.2.2', '550', 'mailboxfull', false]]],
  ['lhost-messagingserver-05.eml', [['kijitora@example.jp', '5.4.4', '', 'hostunknown', true]]],
  ['lhost-messagingserver-06.eml', [['kijitora@example.jp', '5.2.1', '550', 'filtered', false]]],
  ['lhost-messagingserver-08.eml', [['otsu-sakaba-hunter-neko-nyaaaaaaan@ezweb.ne.jp', '5.0.0', '550', 'filtered', false]]],
  ['lhost-messagingserver-09.eml', [['otsu-sakaba-hunter-neko-nyaaaaaaan@ezweb.ne.jp', '5.0.0', '550', 'userunknown', true]]],
  ['lhost-messagingserver-10.eml', [['neko@libsisimai.org', '5.1.10', '', 'notaccept', true]]],
  ['lhost-messagingserver-11.eml', [['kijitora@example.jp', '5.1.8', '501', 'rejected', false]]],
  ['lhost-messagingserver-12.eml', [['pseudo-local-part-kijitora-neko-nyaan@mac.com', '4.2.2', '', 'mailboxfull', false]]],
]

describe('messagingserver', () => expectTable('messagingserver', TABLE))
