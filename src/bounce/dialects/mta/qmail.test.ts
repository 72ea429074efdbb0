/** qmail and the qmail-based hosts (X2, X4): every corpus sample this dialect decodes, rows from labels.json. */
import { describe } from 'vitest'
import { expectTable, HANDWRITTEN, type Table } from './lib/corpus-table'

const TABLE: Table = [
  ['lhost-qmail-01.eml', [['kijitora@example.ne.jp', '5.5.0', '550', 'userunknown', true]]],
  ['lhost-qmail-02.eml', [['userunknown@example.jp', '5.1.1', '550', 'userunknown', true], ['filtered@example.jp', '5.2.1', '550', 'userunknown', true]]],
  ['lhost-qmail-03.eml', [['kijitora@example.org', '5.7.1', '550', 'rejected', false]]],
  ['lhost-qmail-04.eml', [['kijitora@example.net', '5.0.0', '501', 'blocked', false]]],
  ['lhost-qmail-05.eml', [['kijitora@example.net', '4.4.3', '', 'systemerror', false]]],
  ['lhost-qmail-06.eml', [['kijitora@example.jp', '4.2.2', '450', 'mailboxfull', false]]],
  ['lhost-qmail-07.eml', [['kijitora@example.jp', '4.4.1', '', 'networkerror', false]]],
  ['lhost-qmail-08.eml', [['shironeko@example.ad.jp', '5.0.922', '552', 'mailboxfull', false]]],
  ['lhost-qmail-09.eml', [['neko@example.co.jp', '5.7.606', '550', 'blocked', false]]],
  ['lhost-qmail-10.eml', [['kijitora@neko2.example.co.jp', '5.0.921', '', 'suspend', false]]],
  ['lhost-qmail-11.eml', [['neko@nyaan.jp', '5.4.4', '', 'notaccept', true]]],
  ['lhost-qmail-12.eml', [['nyaan@example.org', '5.4.4', '', 'notaccept', true]]],
  ['lhost-qmail-13.eml', [['nekochan@cx.libsisimai.com', '5.1.2', '', 'hostunknown', true]]],
  ['lhost-qmail-14.eml', [['pseudo-local-part-of-google-gmail@gmail.com', '5.7.26', '550', 'authfailure', false]]],
  ['lhost-qmail-15.eml', [['pseudo-local-part-of-microsoft-outlook@outlook.com', '5.7.509', '550', 'authfailure', false]]],
  ['lhost-qmail-16.eml', [['userunknown@libsisimai.net', '5.1.1', '550', 'userunknown', true]]],
  ['lhost-qmail-17.eml', [['userunknown@libsisimai.net', '5.1.1', '550', 'userunknown', true], ['mailboxfull@libsisimai.net', '5.2.2', '552', 'mailboxfull', false]]],
  ['lhost-qmail-18.eml', [['userunknown@libsisimai.net', '5.1.1', '550', 'userunknown', true]]],
  ['lhost-qmail-19.eml', [['pseudo-local-part-of-yahoo-inc@yahoo.com', '4.7.0', '421', 'badreputation', false]]],
  ['lhost-qmail-20.eml', [['pseudo-local-part-of-each-esp@gmail.com', '5.7.26', '550', 'authfailure', false]]],
  ['lhost-qmail-21.eml', [['libgsasl7-dev@email.example.jp', '5.1.1', '', 'userunknown', true]]],
  ['lhost-qmail-22.eml', [['pseudo-local-part-of-each-esp@outlook.com', '5.7.509', '550', 'authfailure', false]]],
  ['lhost-qmail-23.eml', [['userunknown@libsisimai.net', '5.1.1', '550', 'userunknown', true]]],
  ['lhost-qmail-24.eml', [['mailboxfull@libsisimai.net', '5.2.2', '552', 'mailboxfull', false]]],
  ['lhost-qmail-25.eml', [['mailboxfull@libsisimai.net', '5.2.2', '552', 'mailboxfull', false], ['userunknown@libsisimai.net', '5.1.1', '550', 'userunknown', true]]],
  ['lhost-x2-01.eml', [['kijitora@example.co.jp', '5.0.910', '', 'filtered', false]]],
  ['lhost-x2-02.eml', [['kijitora@example.com', '5.0.910', '', 'filtered', false], ['mikeneko@example.com', '5.0.921', '', 'suspend', false], ['sabineko@example.com', '5.0.910', '', 'filtered', false]]],
  ['lhost-x2-03.eml', [['kijitora@example.org', '5.0.947', '', 'expired', false]]],
  ['lhost-x2-04.eml', [['kijitora@example.jp', '5.0.922', '', 'mailboxfull', false]]],
  ['lhost-x2-05.eml', [['kijitora@y.example.com', '4.1.9', '', 'expired', false]]],
  ['lhost-x4-01.eml', [['kijitora@example.com', '5.0.922', '', 'mailboxfull', false]]],
  ['lhost-x4-08.eml', [['kijitora-nyaan@neko.example.com', '4.4.1', '', 'networkerror', false]]],
]

describe('qmail', () => expectTable('qmail', TABLE))

// Written for Rebound: vpopmail's local refusal and a remote full mailbox in one notice.
const OURS: Table = [
  ['qmail-vpopmail.eml', [['bill@initech.example', '5.1.1', '', 'userunknown', true], ['milton@initech.example', '5.2.2', '552', 'mailboxfull', false]]],
]

describe('qmail, handwritten', () => expectTable('qmail', OURS, HANDWRITTEN))
