/** m-FILTER: every corpus sample this dialect decodes, rows from labels.json. */
import { describe } from 'vitest'
import { expectTable, type Table } from './lib/corpus-table'

const TABLE: Table = [
  ['lhost-mfilter-01.eml', [['kijitora@example.com', '5.0.910', '550', 'filtered', false]]],
  ['lhost-mfilter-02.eml', [['kijitora@example.co.jp', '5.1.1', '550', 'userunknown', true]]],
  ['lhost-mfilter-03.eml', [['kijitora@example.org', '5.0.910', '550', 'filtered', false]]],
  ['lhost-mfilter-04.eml', [['kijitora@libisismai.org', '5.4.1', '550', 'rejected', false]]],
]

describe('mfilter', () => expectTable('mfilter', TABLE))
