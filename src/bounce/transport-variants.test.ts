/**
 * The same notice in another transport form gives the same reading (issue 9), first half: what
 * relays do to a message's encoding and header, and how archives and test suites store it. Other
 * projects' test data hold notices as mail systems and people stored them; the table, the fixtures
 * it reads and the rules for a transform that does not apply are in transport-variants-kit.ts, the
 * transforms and their sources in transport-variants.ts. The gateways' half: transport-gateways.test.ts.
 */
import { transportTable } from './transport-variants-kit'

transportTable('a notice re-encoded, re-headed or stored otherwise reads the same', [
  'base64',
  'quoted-printable',
  'iso-8859-1 label',
  'names lower-case',
  'names upper-case',
  'unfolded',
  're-folded at 40',
  'subject encoded (B)',
  'subject encoded (Q)',
  'sender name encoded',
  'no MIME-Version',
  'mbox',
  'leading blank line',
  'byte-order mark',
  'CRLF header, LF body',
])
