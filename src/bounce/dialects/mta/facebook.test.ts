/** Facebook: every corpus sample this dialect decodes, rows from labels.json. */
import { describe } from 'vitest'
import { expectTable, type Table } from './lib/corpus-table'

const TABLE: Table = [
  ['lhost-facebook-03.eml', [['kijitora@facebook.com', '5.1.1', '550', 'filtered', false]]],
  ['lhost-facebook-04.eml', [['kijitora@facebook.com', '5.1.1', '550', 'userunknown', true]]],
]

describe('facebook', () => expectTable('facebook', TABLE))
