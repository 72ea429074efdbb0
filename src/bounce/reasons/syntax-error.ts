/** syntaxerror: the SMTP conversation itself went wrong (X.5.2, 5xx on a command). */
import type { ReasonRule } from './rule'

export const syntaxError: ReasonRule = {
  reason: 'syntaxerror',
  phrases: ['syntax error', 'command unrecognized', 'unrecognized command', 'command not recognized', 'bad sequence of commands', 'command not implemented'],
}
