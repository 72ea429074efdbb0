/** Gmail's older text notices: every corpus sample, rows from labels.json. */
import { join } from 'node:path'
import { describe } from 'vitest'
import { expectTable, type Table } from './corpus-table'

const TABLE: Table = [
  ['lhost-gmail-01.eml', [['userunknown@example.jp', '5.1.1', '550', 'userunknown', true]]],
  ['lhost-gmail-03.eml', [['kijitora@example.co.jp', '5.7.0', '554', 'filtered', false]]],
  ['lhost-gmail-04.eml', [['kijitora@example.com', '5.7.1', '554', 'blocked', false]]],
  ['lhost-gmail-05.eml', [['shironeko@example.jp', '5.7.1', '550', 'securityerror', false]]],
  ['lhost-gmail-06.eml', [['kijitora@example.jp', '4.2.2', '450', 'mailboxfull', false]]],
  ['lhost-gmail-07.eml', [['kijitora@example.ed.jp', '5.0.930', '500', 'systemerror', false]]],
  ['lhost-gmail-08.eml', [['kijitora@example.com', '4.0.0', '', 'expired', false]]], // Sisimai: 5.0.947 (its own code); a delay warning ("will be retried"), so 4.x
  ['lhost-gmail-09.eml', [['kijitora@9jo.example.jp', '4.0.947', '', 'expired', false]]],
  ['lhost-gmail-10.eml', [['kijitora@6jo.example.co.jp', '5.0.947', '', 'expired', false]]],
  ['lhost-gmail-11.eml', [['kijitora@example.com', '5.0.947', '', 'expired', false]]],
  ['lhost-gmail-15.eml', [['mikeneko@libsisimai.org', '5.0.947', '', 'expired', false]]],
  ['lhost-gmail-16.eml', [['mailboxfull@bouncehammer.jp', '5.2.2', '550', 'mailboxfull', false]]],
  ['lhost-gmail-17.eml', [['mikeneko@libsisimai.org', '4.0.947', '', 'expired', false]]],
  ['lhost-gmail-18.eml', [['kijitora@example.or.jp', '5.1.1', '550', 'userunknown', true]]],
  ['lhost-gmail-19.eml', [['neko-nyaan@google.example.com', '5.0.922', '', 'mailboxfull', false]]],
]

/** Handwritten: test/fixtures/bounce/providers/ (see each file's Comments: header). */
const OWN: Table = [
  ['gmail-legacy-two-recipients.eml', [['one@example.jp', '5.1.1', '550', 'userunknown', true], ['two@example.jp', '5.1.1', '550', 'userunknown', true]]],
]

describe('gmail', () => expectTable('gmail', TABLE))
describe('gmail (handwritten)', () => expectTable('gmail', OWN, join(import.meta.dirname, '../../../../test/fixtures/bounce/providers')))
