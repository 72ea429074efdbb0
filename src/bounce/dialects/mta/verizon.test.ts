/** Verizon MMS gateway: every corpus sample this dialect decodes, rows from labels.json. */
import { describe } from 'vitest'
import { expectTable, type Table } from './lib/corpus-table'

const TABLE: Table = [
  ['lhost-verizon-01.eml', [['0000000000@vzwpix.com', '5.0.911', '', 'userunknown', true]]],
  ['lhost-verizon-02.eml', [['may-be-straycat-nyaaaaaan@vtext.com', '5.0.911', '550', 'userunknown', true]]],
]

describe('verizon', () => expectTable('verizon', TABLE))
