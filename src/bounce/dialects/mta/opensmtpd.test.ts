/** OpenSMTPD: every corpus sample this dialect decodes, rows from labels.json. */
import { describe } from 'vitest'
import { expectTable, type Table } from './lib/corpus-table'

const TABLE: Table = [
  ['lhost-opensmtpd-01.eml', [['apdugoaidugoaidugoaeiudggadi@gmail.com', '5.1.1', '550', 'userunknown', true]]],
  ['lhost-opensmtpd-02.eml', [['mailboxfull@example.jp', '5.2.2', '550', 'mailboxfull', false], ['userunknown@example.jp', '5.1.1', '550', 'userunknown', true]]],
  ['lhost-opensmtpd-03.eml', [['kijitora@neko.example.jp', '5.0.912', '', 'hostunknown', true]]],
  ['lhost-opensmtpd-04.eml', [['kijitora@neko.example.jp', '5.0.944', '', 'networkerror', false]]],
  ['lhost-opensmtpd-05.eml', [['kijitora@mail.example.co.jp', '5.0.947', '', 'expired', false]]],
  ['lhost-opensmtpd-06.eml', [['nekochan@libsisimai.org', '5.0.947', '', 'expired', false]]],
  ['lhost-opensmtpd-10.eml', [['postmaster@cx.libsisimai.org', '5.0.912', '', 'hostunknown', true]]],
  ['lhost-opensmtpd-11.eml', [['authfailure@libsisimai.net', '5.7.26', '550', 'authfailure', false]]],
  ['lhost-opensmtpd-12.eml', [['neko@nyaan.jp', '5.0.932', '', 'notaccept', true]]],
  ['lhost-opensmtpd-13.eml', [['pseudo-local-part-of-yahoo-inc@yahoo.com', '4.7.0', '421', 'badreputation', false]]],
  ['lhost-opensmtpd-14.eml', [['blocked@libsisimai.net', '5.7.25', '550', 'requireptr', false]]],
  ['lhost-opensmtpd-15.eml', [['neko@nyaan.jp', '5.0.947', '', 'expired', false]]],
  ['lhost-opensmtpd-16.eml', [['systemfull@libsisimai.net', '5.0.947', '', 'expired', false]]],
  ['lhost-opensmtpd-17.eml', [['userunknown@libsisimai.net', '5.1.1', '550', 'userunknown', true], ['mailboxfull@libsisimai.net', '5.2.2', '552', 'mailboxfull', false]]],
]

describe('opensmtpd', () => expectTable('opensmtpd', TABLE))
