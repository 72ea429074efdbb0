/** syntaxerror: the SMTP conversation itself went wrong (X.5.2, bad command sequence). */
import type { ReasonRule } from './rule'

export const syntaxError: ReasonRule = {
  reason: 'syntaxerror',
  phrases: ['syntax error', 'command unrecognized', 'unrecognized command', 'bad sequence of commands', 'improper sequence of commands', 'command parameter not implemented'],
}
