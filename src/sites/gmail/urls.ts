/** Gmail URLs Rebound reads (shared/GMAIL-FORMATS.md); the only network addresses it ever uses. */

export const GMAIL_ORIGIN = 'https://mail.google.com'

/** Account keys are "u/<N>", the path segment Gmail uses for the N-th signed-in account. */
export function isAccountKey(account: string): boolean {
  if (!account.startsWith('u/')) return false
  const n = account.slice(2)
  return n.length > 0 && n.length <= 2 && [...n].every((c) => c >= '0' && c <= '9')
}

/** "u/1" from a Gmail page path like "/mail/u/1/" ("u/0" for the bare "/mail/"), else "". */
export function accountFromPath(pathname: string): string {
  if (!pathname.startsWith('/mail/')) return ''
  const rest = pathname.slice('/mail/'.length)
  if (!rest.startsWith('u/')) return 'u/0'
  const slash = rest.indexOf('/', 2)
  const key = slash < 0 ? rest : rest.slice(0, slash)
  return isAccountKey(key) ? key : ''
}

export function feedUrl(account: string, label = ''): string {
  return `${GMAIL_ORIGIN}/mail/${account}/feed/atom${label ? `/${encodeURIComponent(label)}` : ''}`
}

let bust = 0
/**
 * The raw-source URL gmail.js uses; it redirects to mail-attachment.googleusercontent.com, and a
 * cached redirect can fail, hence the changing last parameter.
 */
export function rawSourcePath(account: string, decimalId: string, now = Date.now()): string {
  bust = (bust + 1) % 1_000_000
  return `/mail/${account}/?view=att&permmsgid=msg-f:${decimalId}&attid=0&disp=comp&safe=1&zw&rb=${now.toString(36)}${bust}`
}

export function rawSourceUrl(account: string, decimalId: string, now = Date.now()): string {
  return GMAIL_ORIGIN + rawSourcePath(account, decimalId, now)
}
