/** Zoho Mail: every corpus sample this dialect decodes, rows from labels.json. */
import { describe } from 'vitest'
import { expectTable, type Table } from './lib/corpus-table'

const TABLE: Table = [
  ['lhost-zoho-01.eml', [['kijitora@example.co.jp', '5.1.1', '550', 'userunknown', true]]],
  ['lhost-zoho-02.eml', [['mikeneko@example.co.jp', '5.2.1', '550', 'filtered', false], ['sabineko@example.co.jp', '5.2.2', '550', 'mailboxfull', false]]],
  ['lhost-zoho-03.eml', [['shironeko@example.org', '5.0.910', '550', 'filtered', false]]],
  ['lhost-zoho-04.eml', [['kijitora@6kaku.example.co.jp', '4.0.947', '421', 'expired', false]]],
  ['lhost-zoho-05.eml', [['kijitora@7jo.example.jp', '4.0.947', '421', 'expired', false]]],
]

describe('zoho', () => expectTable('zoho', TABLE))
