/** InterScan MSS: every corpus sample this dialect decodes, rows from labels.json. */
import { describe } from 'vitest'
import { expectTable, type Table } from './lib/corpus-table'

const TABLE: Table = [
  ['lhost-interscanmss-01.eml', [['kijitora@example.co.jp', '5.1.1', '550', 'userunknown', true]]],
  ['lhost-interscanmss-02.eml', [['kijitora@neko.example.jp', '5.0.911', '', 'userunknown', true]]],
  ['lhost-interscanmss-03.eml', [['kijitora@example.jp', '5.0.911', '', 'userunknown', true]]],
]

describe('interscanmss', () => expectTable('interscanmss', TABLE))
