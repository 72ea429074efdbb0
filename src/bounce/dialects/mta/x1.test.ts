/** Sisimai "X1": every corpus sample this dialect decodes, rows from labels.json. */
import { describe } from 'vitest'
import { expectTable, type Table } from './lib/corpus-table'

const TABLE: Table = [
  ['lhost-x1-01.eml', [['kijitora@example.co.jp', '5.0.910', '', 'filtered', false]]],
  ['lhost-x1-02.eml', [['kijitora@example.org', '5.0.910', '', 'filtered', false]]],
]

describe('x1', () => expectTable('x1', TABLE))
