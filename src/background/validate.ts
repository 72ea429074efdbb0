/** Checks on what content scripts send: they relay page data, so treat every field as hostile. */
import type { NoticeSource } from '../messages'
import { isAccountKey } from '../sites/gmail/urls'

const ORIGINS: NoticeSource['origin'][] = ['gmail', 'outlook', 'import', 'gmail-api', 'demo']
/** base64 of the largest source the worker itself would fetch (32 MB), plus slack. */
export const MAX_RAW_CHARS = 45_000_000
export const MAX_TEXT_CHARS = 2_000_000

export class BadRequest extends Error {}

function str(v: unknown, field: string, max: number): string {
  if (typeof v !== 'string') throw new BadRequest(`${field} must be text`)
  if (v.length > max) throw new BadRequest(`${field} longer than ${max} characters`)
  return v
}

export function checkSource(v: unknown): NoticeSource {
  const s = (v ?? {}) as Partial<NoticeSource>
  if (!ORIGINS.includes(s.origin as NoticeSource['origin'])) throw new BadRequest('unknown source origin')
  const id = str(s.id, 'source.id', 300)
  if (!id) throw new BadRequest('source.id is empty')
  return { origin: s.origin as NoticeSource['origin'], account: str(s.account ?? '', 'source.account', 320), id }
}

export function checkText(v: unknown, field: string, max = MAX_TEXT_CHARS): string {
  return str(v, field, max)
}

export function checkAccount(v: unknown): string {
  const account = str(v, 'account', 8)
  if (!isAccountKey(account)) throw new BadRequest(`not a Gmail account key: ${account}`)
  return account
}

/** At most this many addresses per compose-guard request. */
export const MAX_COMPOSE_ADDRESSES = 100

/** The compose guard's addresses: a bounded list of address-shaped texts, lower-cased, deduplicated. */
export function checkAddresses(v: unknown): string[] {
  if (!Array.isArray(v)) throw new BadRequest('addresses must be a list')
  if (v.length > MAX_COMPOSE_ADDRESSES) throw new BadRequest(`at most ${MAX_COMPOSE_ADDRESSES} addresses`)
  const out = new Set<string>()
  for (const a of v) {
    const s = str(a, 'address', 254).trim().toLowerCase()
    const at = s.lastIndexOf('@')
    if (at < 1 || at === s.length - 1 || /[\s<>]/.test(s)) throw new BadRequest('not an address')
    out.add(s)
  }
  return [...out]
}

/** Gmail msg-f ids are unsigned 64-bit decimals. */
export function checkGmailId(v: unknown): string {
  const id = str(v, 'id', 20)
  if (!id || [...id].some((c) => c < '0' || c > '9')) throw new BadRequest('id must be a decimal Gmail message id')
  return id
}
