/** Exchange 2007+ / Office 365 NDRs (English, French, Italian, Japanese subjects): corpus samples, rows from labels.json. */
import { join } from 'node:path'
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

/** Handwritten: test/fixtures/bounce/providers/ (Office 365 layouts, es/fr/it/de/nl/pt NDRs, a Spanish delay). */
const OWN: Table = [
  ['o365-recipient-not-found.eml', [['j.doe@northwind-traders.example', '5.1.10', '550', 'userunknown', true]]],
  ['o365-recipient-not-found-text-only.eml', [['j.doe@northwind-traders.example', '5.1.10', '550', 'userunknown', true]]],
  ['es-exchange-destinatario-desconocido.eml', [['lucia.fernandez@ceramicas-levante.example', '5.0.0', '550', 'userunknown', true]]],
  ['es-exchange-retraso.eml', [['vecino.perez@correo-austral.example', '4.0.0', '', 'expired', false]]],
  ['fr-exchange-non-remis.eml', [['marc.blanc@provence-hotels.example', '5.1.1', '550', 'userunknown', true]]],
  ['fr-exchange-impossible-de-remettre.eml', [['paul.lefevre@cooperative-alpine.example', '5.0.0', '', 'userunknown', true]]],
  ['it-exchange-casella-piena.eml', [['luca.romano@mobili-torino.example', '5.0.0', '552', 'mailboxfull', false]]],
  ['de-exchange-unzustellbar.eml', [['anna.schulz@hafen-logistik.example', '5.2.2', '554', 'mailboxfull', false]]],
  ['nl-office365-onbestelbaar.eml', [['s.dekker@kanaal-transport.example', '5.1.10', '550', 'userunknown', true]]],
  ['pt-office365-nao-entregue.eml', [['joao.pereira@serra-logistica.example', '5.0.0', '552', 'mailboxfull', false]]],
]

describe('exchange2007', () => expectTable('exchange2007', TABLE))
describe('exchange2007 (handwritten)', () => expectTable('exchange2007', OWN, join(import.meta.dirname, '../../../../test/fixtures/bounce/providers')))
