/** Sisimai "X6": every corpus sample this dialect decodes, rows from labels.json. */
import { describe } from 'vitest'
import { expectTable, type Table } from './lib/corpus-table'

const TABLE: Table = [
  ['lhost-x6-01.eml', [['kijitora@nyaan.example.org', '5.4.6', '554', 'networkerror', false]]],
  ['lhost-x6-02.eml', [['kijitora@libsisimai.org', '5.1.1', '550', 'userunknown', true]]],
]

describe('x6', () => expectTable('x6', TABLE))
