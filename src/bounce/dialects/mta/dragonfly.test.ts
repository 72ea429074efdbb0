/** DragonFly Mail Agent: every corpus sample this dialect decodes, rows from labels.json. */
import { describe } from 'vitest'
import { expectTable, type Table } from './lib/corpus-table'

const TABLE: Table = [
  ['lhost-dragonfly-01.eml', [['pseudo-local-part@google.example.com', '5.7.26', '550', 'authfailure', false]]],
  ['lhost-dragonfly-02.eml', [['pseudo-local-part@outlook.example.com', '5.7.509', '550', 'authfailure', false]]],
  ['lhost-dragonfly-03.eml', [['pseudo-local-part@yahoo-inc.example.com', '5.7.9', '554', 'policyviolation', false]]],
  ['lhost-dragonfly-04.eml', [['postmaster@cx.libsisimai.org', '5.0.912', '', 'hostunknown', true]]],
  ['lhost-dragonfly-05.eml', [['authfailure@libsisimai.net', '5.7.26', '550', 'authfailure', false]]],
  ['lhost-dragonfly-06.eml', [['blocked@libsisimai.net', '5.7.25', '550', 'requireptr', false]]],
  ['lhost-dragonfly-07.eml', [['contenterror@libsisimai.net', '5.6.0', '550', 'contenterror', false]]],
  ['lhost-dragonfly-08.eml', [['exceedlimit@libsisimai.net', '5.2.3', '552', 'exceedlimit', false]]],
  ['lhost-dragonfly-09.eml', [['filtered@libsisimai.net', '5.2.1', '550', 'userunknown', true]]],
  ['lhost-dragonfly-10.eml', [['hasmoved@libsisimai.net', '5.1.6', '550', 'hasmoved', true]]],
  ['lhost-dragonfly-11.eml', [['hostunknown@libsisimai.net', '5.1.2', '550', 'hostunknown', true]]],
  ['lhost-dragonfly-12.eml', [['mailboxfull@libsisimai.net', '5.2.2', '552', 'mailboxfull', false]]],
  ['lhost-dragonfly-13.eml', [['mailererror@libsisimai.net', '5.3.0', '554', 'mailererror', false]]],
  ['lhost-dragonfly-14.eml', [['mesgtoobig@libsisimai.net', '5.3.4', '554', 'mesgtoobig', false]]],
  ['lhost-dragonfly-15.eml', [['norelaying@libsisimai.net', '5.7.0', '550', 'norelaying', false]]],
  ['lhost-dragonfly-16.eml', [['notaccept@libsisimai.net', '5.3.2', '521', 'notaccept', true]]],
  ['lhost-dragonfly-17.eml', [['onhold@libsisimai.net', '5.0.0', '550', 'onhold', false]]],
  ['lhost-dragonfly-18.eml', [['policyviolation@libsisimai.net', '5.7.0', '550', 'securityerror', false]]],
  ['lhost-dragonfly-19.eml', [['securityerror@libsisimai.net', '5.7.1', '551', 'securityerror', false]]],
  ['lhost-dragonfly-20.eml', [['spamdetected@libsisimai.net', '5.7.0', '550', 'spamdetected', false]]],
  ['lhost-dragonfly-21.eml', [['suspend@libsisimai.net', '5.7.13', '525', 'suspend', false]]],
  ['lhost-dragonfly-22.eml', [['syntaxerror@libsisimai.net', '5.1.3', '501', 'userunknown', true]]],
  ['lhost-dragonfly-23.eml', [['systemerror@libsisimai.net', '5.3.0', '554', 'systemerror', false]]],
  ['lhost-dragonfly-24.eml', [['userunknown@libsisimai.net', '5.1.1', '550', 'userunknown', true]]],
  ['lhost-dragonfly-25.eml', [['virusdetected@libsisimai.net', '5.7.0', '550', 'virusdetected', false]]],
  ['lhost-dragonfly-26.eml', [['userunknown@example.org', '5.1.1', '550', 'userunknown', true]]],
  ['lhost-dragonfly-27.eml', [['neko-nyaan@example.org', '5.7.13', '525', 'suspend', false]]],
  ['lhost-dragonfly-28.eml', [['kijitora@example.com', '5.2.2', '552', 'mailboxfull', false]]],
  ['lhost-dragonfly-29.eml', [['expired@libsisimai.net', '5.0.947', '', 'expired', false]]],
  ['lhost-dragonfly-30.eml', [['neko@nyaan.jp', '5.0.947', '', 'expired', false]]],
]

describe('dragonfly', () => expectTable('dragonfly', TABLE))
