/** McAfee Email Gateway: every corpus sample this dialect decodes, rows from labels.json. */
import { describe } from 'vitest'
import { expectTable, type Table } from './lib/corpus-table'

const TABLE: Table = [
  ['lhost-mcafee-01.eml', [['kijitora@example.co.jp', '5.0.911', '550', 'userunknown', true]]],
  ['lhost-mcafee-02.eml', [['kijitora@example.jp', '5.1.1', '550', 'userunknown', true]]],
  ['lhost-mcafee-03.eml', [['kijitora@example.or.jp', '5.1.1', '550', 'userunknown', true]]],
  ['lhost-mcafee-04.eml', [['kijitora@example.com', '5.0.911', '550', 'userunknown', true]]],
  ['lhost-mcafee-05.eml', [['kijitora-nyaan@example.co.jp', '5.0.911', '550', 'userunknown', true]]],
]

describe('mcafee', () => expectTable('mcafee', TABLE))
