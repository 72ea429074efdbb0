/** BIGLOBE: every corpus sample this dialect decodes, rows from labels.json. */
import { describe } from 'vitest'
import { expectTable, type Table } from './lib/corpus-table'

const TABLE: Table = [
  ['lhost-biglobe-01.eml', [['postmaster@mxr.biglobe.ne.jp', '5.0.922', '', 'mailboxfull', false]]],
]

describe('biglobe', () => expectTable('biglobe', TABLE))
