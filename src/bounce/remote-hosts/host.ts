/** Host matching shared by the receiving-host rules: suffixes for servers, exact names for domains. */

/** Whether a host name is one of the suffixes or ends with ".suffix" (checked without building ".suffix"). */
export function hostIs(host: string, suffixes: readonly string[]): boolean {
  if (host === '') return false
  for (const s of suffixes) {
    if (host.endsWith(s) && (host.length === s.length || host[host.length - s.length - 1] === '.')) return true
  }
  return false
}

/** First matching [reason, phrases] entry of a table, phrases compared lower-case. */
export function byPhrase<R>(text: string, table: ReadonlyArray<readonly [R, readonly string[]]>): R | null {
  const t = text.slice(0, 4096).toLowerCase()
  for (const [reason, phrases] of table) if (phrases.some((p) => t.includes(p))) return reason
  return null
}
