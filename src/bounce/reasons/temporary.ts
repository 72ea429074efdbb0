/**
 * Whether a failure says it is temporary: a 4.x.x status (RFC 3463 "persistent transient failure"),
 * a 4xx reply without a status (RFC 5321 4.2.1), or words that say so. A temporary cause never makes
 * an address dead (issue 9): "mailbox temporarily disabled" is retried, not removed.
 */
import type { ReasonRule } from './rule'

/** Lower-case fragments, en/fr/it/de/es/pt/nl, of "temporarily" and "try again later". */
export const temporaryWords: ReasonRule = {
  reason: 'undefined',
  phrases: [
    'temporarily', 'temporary', 'try again later', 'please try again', 'retry later', 'réessayer plus tard',
    'reessayer plus tard', 'temporairement', 'temporaire', 'riprovare più tardi', 'temporaneamente', 'temporaneo',
    'vorübergehend', 'später erneut', 'temporalmente', 'temporal', 'inténtelo más tarde', 'intente más tarde',
    'temporariamente', 'tente novamente mais tarde', 'tijdelijk', 'probeer het later',
    // The imperative forms servers and notices write (fr/it/de/es "try again later").
    'réessayez plus tard', 'riprova più tardi', 'riprovi più tardi', 'versuchen sie es später', 'inténtelo de nuevo más tarde',
    'vuelva a intentarlo más tarde', 'inténtalo de nuevo más tarde', 'vuelve a intentarlo más tarde',
    // A misspelling servers send: go-sisimai why-mailboxfull.go "account disabled temporarly for exceeding receiving limits".
    'temporarly',
  ],
}

/** From the codes alone; `words` adds what the server's text says. */
export function isTemporaryCode(status: string, replyCode: string): boolean {
  return status ? status.startsWith('4') : replyCode.startsWith('4')
}
