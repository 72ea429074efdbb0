/** mailererror: a local delivery program failed (procmail, a pipe, an alias command). */
import type { ReasonRule } from './rule'

export const mailerError: ReasonRule = {
  reason: 'mailererror',
  phrases: [
    ' || exit ', 'procmail: ', 'bin/procmail', 'bin/maidrop', 'command failed: ', 'command died with status ',
    'command output:', 'mailer error', 'pipe to |/', 'x-unix; ', 'unknown mailer error',
  ],
}
