/** IMail Server: every corpus sample this dialect decodes, rows from labels.json. */
import { describe } from 'vitest'
import { expectTable, type Table } from './lib/corpus-table'

const TABLE: Table = [
  ['lhost-imailserver-01.eml', [['kijitora@example.com', '5.0.911', '', 'userunknown', true]]],
  ['lhost-imailserver-02.eml', [['kijitora@example.co.jp', '5.0.922', '', 'mailboxfull', false]]],
  ['lhost-imailserver-03.eml', [['kijitora@neko.example.co.jp', '5.0.911', '', 'userunknown', true]]],
  ['lhost-imailserver-04.eml', [['kijitora@example.com', '5.0.947', '', 'expired', false]]],
  ['lhost-imailserver-06.eml', [['kijitora@example.jp', '5.0.980', '550', 'spamdetected', false]]],
]

describe('imailserver', () => expectTable('imailserver', TABLE))
