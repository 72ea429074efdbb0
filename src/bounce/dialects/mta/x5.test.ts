/** Sisimai "X5": every corpus sample this dialect decodes, rows from labels.json. */
import { describe } from 'vitest'
import { expectTable, type Table } from './lib/corpus-table'

const TABLE: Table = [
  ['lhost-x5-01.eml', [['kijitora@neko.example.org', '5.1.1', '550', 'userunknown', true]]],
]

describe('x5', () => expectTable('x5', TABLE))
