/** Exchange 5.5–2003 NDRs: corpus samples, rows from labels.json. */
import { describe } from 'vitest'
import { expectTable, type Table } from './corpus-table'

const TABLE: Table = [
  ['lhost-exchange2003-01.eml', [['kijitora@example.jp', '5.0.911', '', 'userunknown', true]]],
  ['lhost-exchange2003-02.eml', [['kijitora@example.co.jp', '5.0.911', '', 'userunknown', true], ['mikeneko@example.co.jp', '5.0.911', '', 'userunknown', true]]],
  ['lhost-exchange2003-03.eml', [['kijitora@example.jp', '5.0.911', '', 'userunknown', true]]],
  ['lhost-exchange2003-04.eml', [['kijitora@example.com', '5.0.910', '', 'filtered', false]]],
  ['lhost-exchange2003-05.eml', [['kijitora@example.com', '5.0.911', '', 'userunknown', true]]],
  ['lhost-exchange2003-07.eml', [['kijitora@example.org', '5.0.911', '', 'userunknown', true]]],
]

describe('exchange2003', () => expectTable('exchange2003', TABLE))
