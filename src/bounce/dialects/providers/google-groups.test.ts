/** Google Groups refusals in 14 languages: corpus samples, rows from labels.json. */
import { describe } from 'vitest'
import { expectTable, type Table } from './corpus-table'

const TABLE: Table = [
  ['lhost-googlegroups-01.eml', [['libsisimai@googlegroups.com', '5.0.918', '', 'rejected', false]]],
  ['lhost-googlegroups-02.eml', [['libsisimai@googlegroups.com', '5.0.918', '', 'rejected', false]]],
  ['lhost-googlegroups-03.eml', [['libsisimai@googlegroups.com', '5.0.918', '', 'rejected', false]]],
  ['lhost-googlegroups-04.eml', [['libsisimai@googlegroups.com', '5.0.918', '', 'rejected', false]]],
  ['lhost-googlegroups-05.eml', [['libsisimai@googlegroups.com', '5.0.918', '', 'rejected', false]]],
  ['lhost-googlegroups-06.eml', [['libsisimai@googlegroups.com', '5.0.918', '', 'rejected', false]]],
  ['lhost-googlegroups-07.eml', [['libsisimai@googlegroups.com', '5.0.918', '', 'rejected', false]]],
  ['lhost-googlegroups-08.eml', [['libsisimai@googlegroups.com', '5.0.918', '', 'rejected', false]]],
  ['lhost-googlegroups-09.eml', [['libsisimai@googlegroups.com', '5.0.918', '', 'rejected', false]]],
  ['lhost-googlegroups-10.eml', [['libsisimai@googlegroups.com', '5.0.918', '', 'rejected', false]]],
  ['lhost-googlegroups-11.eml', [['libsisimai@googlegroups.com', '5.0.918', '', 'rejected', false]]],
  ['lhost-googlegroups-12.eml', [['libsisimai@googlegroups.com', '5.0.918', '', 'rejected', false]]],
  ['lhost-googlegroups-13.eml', [['libsisimai@googlegroups.com', '5.0.918', '', 'rejected', false]]],
  ['lhost-googlegroups-14.eml', [['libsisimai@googlegroups.com', '5.0.918', '', 'rejected', false]]],
]

describe('google-groups', () => expectTable('google-groups', TABLE))
