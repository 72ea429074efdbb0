/** au one net (KDDI): every corpus sample this dialect decodes, rows from labels.json. */
import { describe } from 'vitest'
import { expectTable, type Table } from './lib/corpus-table'

const TABLE: Table = [
  ['lhost-kddi-01.eml', [['kijitora@x0000000000000.dion.ne.jp', '5.0.922', '', 'mailboxfull', false]]],
  ['lhost-kddi-02.eml', [['kijitora@00000000000000.dion.ne.jp', '5.0.922', '', 'mailboxfull', false]]],
  ['lhost-kddi-03.eml', [['kijitora@00000000000000.dion.ne.jp', '5.0.922', '', 'mailboxfull', false]]],
]

describe('kddi', () => expectTable('kddi', TABLE))
