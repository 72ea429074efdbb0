/** one-line plain failure notices: every corpus sample this dialect decodes, rows from labels.json. */
import { describe } from 'vitest'
import { expectTable, type Table } from './lib/corpus-table'

const TABLE: Table = [
  ['rfc3464-37.eml', [['kijitora@neko.nyaan.example.com', '5.0.912', '', 'hostunknown', true]]],
  ['rfc3464-38.eml', [['kijitora-nyaan@example.jp', '5.0.922', '', 'mailboxfull', false]]],
  ['rfc3464-39.eml', [['kijitora@nyaan.example.net', '5.0.901', '', 'onhold', false]]],
]

describe('plain-failure', () => expectTable('plain-failure', TABLE))
