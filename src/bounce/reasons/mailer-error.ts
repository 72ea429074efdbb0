/** mailererror: a local delivery program failed (procmail, a pipe, an alias command). */
import type { ReasonRule } from './rule'

export const mailerError: ReasonRule = {
  reason: 'mailererror',
  phrases: [
    'x-unix', 'command died with status', 'command output', 'procmail', 'mailer error', 'unknown mailer error',
    'pipe to', 'exit code', 'exited with', 'program exited', 'error in processing', 'local delivery program',
    'child process', 'illegal option', 'permission denied',
  ],
}
