/** MailMarshal SMTP: every corpus sample this dialect decodes, rows from labels.json. */
import { describe } from 'vitest'
import { expectTable, type Table } from './lib/corpus-table'

const TABLE: Table = [
  ['lhost-mailmarshalsmtp-02.eml', [['kijitora@nyaan.example.com', '5.1.1', '550', 'userunknown', true]]],
]

describe('mailmarshalsmtp', () => expectTable('mailmarshalsmtp', TABLE))
