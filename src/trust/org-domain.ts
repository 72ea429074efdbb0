/**
 * The organisational domain (RFC 7489 §3.2): the registrable name under a public suffix. Rebound
 * carries no public suffix list; the common two-label suffixes below cover the countries whose
 * registries sell names under a second level (co.uk, com.au, co.jp, ne.jp...). A name under an
 * unknown multi-label suffix is read as its last two labels, which can only make two unrelated
 * domains look unrelated, never the other way round... except under such a suffix (noted in README).
 */
const SECOND_LEVEL = new Set([
  'ac', 'co', 'com', 'edu', 'gov', 'net', 'org', 'ne', 'or', 'go', 'gr', 'ad', 'ed', 'lg', 'gob', 'nom', 'ltd', 'plc', 'me', 'mil',
])

export function orgDomain(domain: string): string {
  const labels = domain.toLowerCase().replace(/\.$/, '').split('.').filter(Boolean)
  if (labels.length <= 2) return labels.join('.')
  const tld = labels[labels.length - 1]
  const second = labels[labels.length - 2]
  // Two-letter country code under a generic second level: example.co.uk, example.ne.jp.
  const take = tld.length === 2 && SECOND_LEVEL.has(second) ? 3 : 2
  return labels.slice(-take).join('.')
}

/** True when both are the same organisation's domains ("" is nobody's). */
export function sameOrg(a: string, b: string): boolean {
  return a !== '' && b !== '' && orgDomain(a) === orgDomain(b)
}
