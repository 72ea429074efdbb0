/** Lotus Notes: every corpus sample this dialect decodes, rows from labels.json. */
import { describe } from 'vitest'
import { expectTable, type Table } from './lib/corpus-table'

const TABLE: Table = [
  ['lhost-notes-01.eml', [['kijitora@u1.example.co.jp', '5.0.901', '', 'onhold', false]]],
  ['lhost-notes-02.eml', [['kijitora@u1.example.co.jp', '5.0.911', '', 'userunknown', true]]],
  ['lhost-notes-03.eml', [['kijitora@example.com', '5.0.911', '', 'userunknown', true]]],
]

describe('notes', () => expectTable('notes', TABLE))
