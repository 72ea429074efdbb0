/** fml mailing lists: every corpus sample this dialect decodes, rows from labels.json. */
import { describe } from 'vitest'
import { expectTable, type Table } from './lib/corpus-table'

const TABLE: Table = [
  ['lhost-fml-02.eml', [['neko-nyaan@example.org', '5.0.918', '', 'rejected', false]]],
  ['lhost-fml-03.eml', [['neko@example.co.jp', '5.0.930', '', 'systemerror', false]]],
]

describe('fml', () => expectTable('fml', TABLE))
