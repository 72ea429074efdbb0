/**
 * i.ua (Ukraine; mx*.email.ua): replies link "http://mail.i.ua/err/<n>/", the number naming the
 * failure; sample test/fixtures/sisimai/rhost-iua-01.eml ("550 Mailbox is frozen. See .../err/3/").
 */
import type { RemoteHostRule } from '../dialect'
import type { Reason } from '../types'
import { hostIs } from './host'

const CODES: Record<string, Reason> = {
  '3': 'suspend', // "Mailbox is frozen": unused for a long time, its owner can unfreeze it
}

export const iua: RemoteHostRule = {
  name: 'iua',
  matches: (remoteMta, domain) => hostIs(remoteMta, ['email.ua', 'i.ua']) || domain === 'i.ua' || domain.endsWith('.email.ua'),
  reason({ diagnostic }) {
    const n = /mail\.i\.ua\/err\/(\d{1,2})\//.exec(diagnostic)?.[1]
    if (n && CODES[n]) return CODES[n]
    return /mailbox is frozen/i.test(diagnostic) ? 'suspend' : null
  },
}
