/** syntaxerror: the SMTP conversation itself went wrong (X.5.2, bad command sequence). */
import type { ReasonRule } from './rule'

export const syntaxError: ReasonRule = {
  reason: 'syntaxerror',
  phrases: [
    'syntax error', 'command unrecognized', 'unrecognized command', 'bad sequence of commands', 'improper sequence of commands', 'command parameter not implemented',
    // The sending software's ESMTP parameters refused (RFC 3463 X.5.4 "invalid command arguments"):
    // OpenSMTPD's "501 5.5.4 Error: Bad NOTIFY parameter syntax" (github.com/OpenSMTPD/OpenSMTPD/issues/499),
    // Postfix smtpd's "555 5.5.4 Unsupported option: %s".
    'parameter syntax', 'unsupported option:',
  ],
}
