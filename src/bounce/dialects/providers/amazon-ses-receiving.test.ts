/** Amazon SES inbound (receipt-rule Bounce action) DSNs: corpus samples, rows from labels.json. */
import { describe } from 'vitest'
import { expectTable, type Table } from './corpus-table'

const TABLE: Table = [
  ['lhost-receivingses-01.eml', [['userunknown@neko.example.jp', '5.1.1', '550', 'filtered', false]]],
  ['lhost-receivingses-02.eml', [['userunknown@neko.example.jp', '5.1.1', '550', 'filtered', false]]],
  ['lhost-receivingses-03.eml', [['temperror@neko.example.jp', '4.0.0', '450', 'onhold', false]]],
  ['lhost-receivingses-04.eml', [['mailboxfull@neko.example.jp', '5.2.2', '552', 'mailboxfull', false]]],
  ['lhost-receivingses-05.eml', [['exceedlimit@neko.example.jp', '5.3.4', '552', 'mesgtoobig', false]]],
  ['lhost-receivingses-06.eml', [['contenterror@neko.example.jp', '5.6.1', '500', 'contenterror', false]]],
  ['lhost-receivingses-07.eml', [['neko@neko.example.jp', '5.2.0', '550', 'filtered', false]]],
  ['lhost-receivingses-08.eml', [['jp1rb6cm3@mozmail.com', '5.2.3', '552', 'exceedlimit', false]]],
]

describe('amazon-ses-receiving', () => expectTable('amazon-ses-receiving', TABLE))
