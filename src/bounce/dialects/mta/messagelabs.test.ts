/** Symantec MessageLabs: every corpus sample this dialect decodes, rows from labels.json. */
import { describe } from 'vitest'
import { expectTable, type Table } from './lib/corpus-table'

const TABLE: Table = [
  ['lhost-messagelabs-01.eml', [['kijitora@example.org', '5.0.0', '550', 'securityerror', false]]],
  ['lhost-messagelabs-02.eml', [['kijitora@neko.example.org', '5.0.0', '550', 'userunknown', true]]],
  ['lhost-messagelabs-03.eml', [['kijitora@example.com', '5.0.0', '', 'userunknown', true]]],
]

describe('messagelabs', () => expectTable('messagelabs', TABLE))
