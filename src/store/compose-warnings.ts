/**
 * What the compose guard may say about the addresses a user is writing to (issue 11, part 1): one
 * warning per asked address that needs one, nothing about any other contact.
 * - remove: the address is in Remove, or the user marked it removed (it is still dead);
 * - domain: another address at its domain bounced because the domain has no mail server
 *   (hostunknown), so every address there will bounce too;
 * - retry: it is in Retry and its next try is later than now.
 * An address the user marked OK or ignored (false alarm) gets no warning, nor does its domain.
 */
import type { ReboundDb } from './db'
import type { ComposeWarning, Contact } from './types'

export type { ComposeWarning } from './types'

function dead(c: Contact): boolean {
  return c.list === 'remove' || (c.list === 'cleared' && c.decision?.action === 'removed')
}

function domainOfAddress(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1)
}

/** Dead domains among `domains`, with the latest such bounce (the [domain+reason] index, schema v5). */
async function deadDomains(db: ReboundDb, domains: Set<string>): Promise<Map<string, string>> {
  const found = new Map<string, string>()
  const rows = await db.contacts.where('[domain+reason]').anyOf([...domains].map((d) => [d, 'hostunknown'])).toArray()
  for (const c of rows) {
    if (!dead(c)) continue
    if ((found.get(c.domain) ?? '') < c.lastBounceAt) found.set(c.domain, c.lastBounceAt)
  }
  return found
}

/** `addresses` are already lower-cased and checked (src/background/validate.ts). */
export async function composeWarnings(db: ReboundDb, addresses: string[], now: Date): Promise<ComposeWarning[]> {
  if (addresses.length === 0) return []
  return db.transaction('r', db.contacts, async () => {
    const contacts = await db.contacts.bulkGet(addresses)
    const domains = await deadDomains(db, new Set(addresses.map(domainOfAddress)))
    const out: ComposeWarning[] = []
    addresses.forEach((address, i) => {
      const c = contacts[i]
      if (c && dead(c)) {
        out.push({ address, kind: 'remove', reason: c.reason, date: c.lastBounceAt })
        return
      }
      const domain = domainOfAddress(address)
      const domainBounce = domains.get(domain)
      // The user said this very address is fine (OK, false alarm): believe them over its domain.
      const userCleared = c?.list === 'cleared' && !dead(c)
      if (domainBounce && !userCleared) {
        out.push({ address, kind: 'domain', reason: 'hostunknown', date: domainBounce, domain })
        return
      }
      if (c?.list === 'retry' && c.nextRetryAt && new Date(c.nextRetryAt).getTime() > now.getTime()) {
        out.push({ address, kind: 'retry', reason: c.reason, date: c.nextRetryAt })
      }
    })
    return out
  })
}
