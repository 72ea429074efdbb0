/** Domino (plain text): every corpus sample this dialect decodes, rows from labels.json. */
import { describe } from 'vitest'
import { expectTable, type Table } from './lib/corpus-table'

const TABLE: Table = [
  ['lhost-domino-01.eml', [['kijitora@example.jp', '5.0.911', '', 'userunknown', true]]],
  ['lhost-domino-02.eml', [['kijitora@example.co.jp', '5.0.0', '', 'userunknown', true]]],
  ['lhost-domino-03.eml', [['kijitora@neko.example.com', '5.0.0', '', 'networkerror', false]]],
]

describe('domino', () => expectTable('domino', TABLE))
