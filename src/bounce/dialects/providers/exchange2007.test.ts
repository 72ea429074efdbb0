/** Exchange 2007+ / Office 365 NDRs (English, French, Italian, Japanese subjects): corpus samples, rows from labels.json. */
import { describe } from 'vitest'
import { expectTable, type Table } from './corpus-table'

const TABLE: Table = [
  ['lhost-exchange2007-01.eml', [['mikeneko@example.co.jp', '5.1.1', '550', 'userunknown', true]]],
  ['lhost-exchange2007-02.eml', [['kijitora@example.edu', '5.2.2', '550', 'mailboxfull', false]]],
  ['lhost-exchange2007-03.eml', [['kijitora@neko.example.com', '5.2.3', '550', 'mesgtoobig', false]]],
  ['lhost-exchange2007-04.eml', [['neko-nyaan@example.jp', '5.7.1', '550', 'securityerror', false]]],
  ['lhost-exchange2007-05.eml', [['gwang1@student.mlcsyd.nsw.edu.au', '4.4.7', '', 'expired', false]]], // Sisimai: 4.4.1; both the DSN and the text say 4.4.7 QUEUE.Expired
  ['lhost-exchange2007-06.eml', [['transports@agglo-saumur.fr', '5.1.1', '550', 'userunknown', true]]],
  ['lhost-exchange2007-07.eml', [['kijitora@example.jp', '5.1.1', '550', 'userunknown', true]]],
  ['lhost-office365-01.eml', [['kijitora@example.com', '5.1.10', '550', 'userunknown', true]]],
  ['lhost-office365-02.eml', [['kijitora@example.onmicrosoft.com', '5.1.1', '550', 'userunknown', true]]],
  ['lhost-office365-03.eml', [['kijitora@example.com', '5.1.0', '550', 'authfailure', false]]],
  // Sisimai reports "otsu-sakaba-hunter-nyaaaaaaan@..." from a mailto: link the NDR's HTML garbled; the
  // Final-Recipient is this address. au's "550 : User unknown" is its receiving filter (remote-hosts/kddi.ts).
  ['lhost-office365-04.eml', [['otsu-sakaba-hunter-neko-nyaaaaaaan@ezweb.ne.jp', '5.1.351', '550', 'filtered', false]]],
  ['lhost-office365-05.eml', [['kijitora@example.jp', '5.1.8', '501', 'rejected', false]]],
  ['lhost-office365-06.eml', [['neko@libsisimai.org', '5.4.312', '550', 'networkerror', false]]],
  ['lhost-office365-07.eml', [['otsu-sakaba-hunter-neko-nyaaaaaaan@ezweb.ne.jp', '5.1.351', '550', 'userunknown', true]]],
  ['lhost-office365-08.eml', [['nyaan@neko.example.jp', '5.4.316', '550', 'expired', false]]],
  ['lhost-office365-09.eml', [['azumakuniyuki@example.ne.jp', '5.1.351', '550', 'userunknown', true]]],
  ['lhost-office365-10.eml', [['azumakuniyuki@example.ne.jp', '5.1.351', '550', 'userunknown', true]]],
  ['lhost-office365-11.eml', [['kijitora@cr3.neko.nyaan.jp', '5.1.1', '550', 'userunknown', true]]],
  ['lhost-office365-12.eml', [['kijitora@cr.neko.nyaan.jp', '5.2.2', '550', 'mailboxfull', false]]],
  ['lhost-office365-13.eml', [['kijitora-nyaan@neko.kyoto.example.jp', '5.1.10', '550', 'userunknown', true]]],
]

describe('exchange2007', () => expectTable('exchange2007', TABLE))
