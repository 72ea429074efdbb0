/** sendmail 5: every corpus sample this dialect decodes, rows from labels.json. */
import { describe } from 'vitest'
import { expectTable, type Table } from './lib/corpus-table'

const TABLE: Table = [
  ['lhost-v5sendmail-01.eml', [['kijitora@example.com', '4.0.947', '421', 'expired', false]]],
  ['lhost-v5sendmail-02.eml', [['kijitora@neko.example.org', '5.0.912', '550', 'hostunknown', true]]],
  ['lhost-v5sendmail-03.eml', [['kijitora@example.org', '5.0.911', '550', 'userunknown', true]]],
  ['lhost-v5sendmail-04.eml', [['kijitora@example.ed.jp', '5.0.912', '550', 'hostunknown', true], ['mikeneko@example.ac.jp', '5.0.912', '550', 'hostunknown', true]]],
  ['lhost-v5sendmail-05.eml', [['kijitora@example.edu', '5.0.971', '550', 'blocked', false], ['kuroneko@example.or.jp', '5.0.912', '550', 'hostunknown', true], ['kijitora@example.org', '5.0.912', '550', 'hostunknown', true], ['mikeneko@example.co.jp', '5.0.911', '550', 'userunknown', true]]],
  ['lhost-v5sendmail-06.eml', [['kijitora@example.edu', '5.0.909', '550', 'norelaying', false]]],
  ['lhost-v5sendmail-07.eml', [['kijitora@example.org', '5.0.971', '501', 'blocked', false], ['mikeneko@example.org', '5.0.912', '550', 'hostunknown', true], ['hachiware@example.edu', '5.0.911', '550', 'userunknown', true]]],
]

describe('v5sendmail', () => expectTable('v5sendmail', TABLE))
