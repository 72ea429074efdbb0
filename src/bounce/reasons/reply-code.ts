/**
 * SMTP reply code → reason, the last clue when a reply has no enhanced status code and no words
 * we know. Only codes whose meaning is fixed by the RFCs are listed; 550/554 say too little.
 */
import type { Reason } from '../types'

const table: Record<string, Reason> = {
  '552': 'mailboxfull', // RFC 5321 4.2.2: "exceeded storage allocation"
  '452': 'systemfull', // RFC 5321: "insufficient system storage"
  '521': 'notaccept', // RFC 7504: "host does not accept mail"
  '556': 'notaccept', // RFC 7504: "domain does not accept mail"
  '530': 'securityerror', // RFC 4954: authentication required
  '535': 'securityerror', // RFC 4954: authentication credentials invalid
  '538': 'securityerror', // RFC 4954: encryption required
  '500': 'syntaxerror', '501': 'syntaxerror', '502': 'syntaxerror', '503': 'syntaxerror', '504': 'syntaxerror',
}

export function reasonOfReplyCode(code: string): Reason | null {
  return table[code] ?? null
}
