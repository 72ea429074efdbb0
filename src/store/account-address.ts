/**
 * The address of each watched Gmail account ("u/0" → "someone@example.com"), learnt from its Atom
 * feed's title ("Gmail - Inbox for someone@example.com", shared/GMAIL-FORMATS.md). The trust
 * evaluator (src/trust/) checks a returned copy's From against it. One kv row per account.
 */
import type { ReboundDb } from './db'

const key = (account: string) => `accountAddress:${account}`

/** Only a plausible address is kept: the feed is Gmail's, but bounded all the same. */
export async function setAccountAddress(db: ReboundDb, account: string, address: string): Promise<void> {
  const a = address.trim().toLowerCase()
  if (a.length > 320 || !/^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(a)) return
  const row = await db.kv.get(key(account))
  if (row?.value !== a) await db.kv.put({ key: key(account), value: a })
}

/** "" when not learnt yet. */
export async function getAccountAddress(db: ReboundDb, account: string): Promise<string> {
  const row = await db.kv.get(key(account))
  return typeof row?.value === 'string' ? row.value : ''
}
