/** Outlook.com / Hotmail DSNs: corpus samples it reads, rows from labels.json. */
import { describe } from 'vitest'
import { expectTable, type Table } from './corpus-table'

const TABLE: Table = [
  ['lhost-outlook-06.eml', [['kijitora@example.com', '4.4.7', '', 'expired', false]]],
  ['lhost-outlook-07.eml', [['kijitora@example.com', '4.4.7', '', 'expired', false]]],
  ['lhost-outlook-08.eml', [['kijitora@hotmail.example.com', '5.5.0', '550', 'userunknown', true]]],
  ['lhost-outlook-09.eml', [['kijitora@example.org', '5.5.0', '550', 'requireptr', false]]],
]

describe('outlook-com', () => expectTable('outlook-com', TABLE))
