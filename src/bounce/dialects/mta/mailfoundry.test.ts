/** MailFoundry: every corpus sample this dialect decodes, rows from labels.json. */
import { describe } from 'vitest'
import { expectTable, type Table } from './lib/corpus-table'

const TABLE: Table = [
  ['lhost-mailfoundry-01.eml', [['kijitora@example.org', '5.0.910', '550', 'filtered', false]]],
  ['lhost-mailfoundry-02.eml', [['kijitora@example.org', '5.1.1', '552', 'mailboxfull', false]]],
]

describe('mailfoundry', () => expectTable('mailfoundry', TABLE))
