/** Sisimai "X3": every corpus sample this dialect decodes, rows from labels.json. */
import { describe } from 'vitest'
import { expectTable, type Table } from './lib/corpus-table'

const TABLE: Table = [
  ['lhost-x3-01.eml', [['kijitora@example.com', '5.3.0', '553', 'userunknown', true]]],
  ['lhost-x3-02.eml', [['kijitora@example.co.jp', '5.0.947', '', 'expired', false]]],
  ['lhost-x3-03.eml', [['kijitora@example.co.jp', '5.3.0', '553', 'userunknown', true]]],
  ['lhost-x3-05.eml', [['kijitora@example.or.jp', '5.0.900', '', 'undefined', false]]],
  ['lhost-x3-06.eml', [['xxxx@xxxx.net', '5.2.2', '552', 'mailboxfull', false]]],
]

describe('x3', () => expectTable('x3', TABLE))
