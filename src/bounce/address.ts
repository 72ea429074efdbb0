/** Recipient address clean-up shared by the RFC 3464 reader and dialects. */

/** Local part: anything but separators; domain: letters of any script (IDN, RFC 6533 "utf-8;" addresses), digits, dots. */
const ADDRESS = /[^\s<>"'(),;:\[\]]{1,200}@[\p{L}\p{N}.\-\[\]_]{1,255}/iu

/**
 * "rfc822; <Jane@Example.COM>" → "Jane@example.com": drops the address type, brackets, quotes
 * and a trailing dot; lower-cases the domain. "" when there is no address.
 */
const QUOTED = /"[^"\r\n]{1,128}"@[\p{L}\p{N}.\-\[\]_]{1,255}/iu

/** Already clean ("local@domain", nothing else): the common case, checked without the big patterns. */
const PLAIN = /^[A-Za-z0-9._%+\-=!#$&'*/?^`{|}~]{1,200}@[A-Za-z0-9.\-]{1,255}$/

/**
 * What notices write before an address and is not part of it (issue 9, class 3): an address type
 * ("smtp=", "SMTP:", "rfc822;", X.400's "dda:SMTP=" as in Exchange 5.5's "c=US;a= ;p=Org;…;
 * dda:SMTP=x@y", Microsoft KB 258678), "mailto:", and the quotes Exchange 2000 puts around a
 * recipient ("'x@y' on 3/4/2005").
 */
const TYPE_PREFIX = /^(?:dda:)?(?:smtp|rfc-?822|internet|mailto|x400|ia5)[=:;]\s{0,8}/i
// ...and a reply code glued to the quote: "550-'x@y... No such user'" (the "reason for the problem"
// notices EmailEngine's bounce-detect.js reads); a local part may hold "'" and "-", so PLAIN alone lets it in.
const QUOTE_PREFIX = /^(?:[245]\d\d[-\s]?)?['`\u2018\u2019]+/

/** AOL screen names may hold spaces ("<Joe Smith@aol.com>"); AOL ignores them (help.aol.com, "Unofficial AOL Email FAQ"). */
const AOL_SCREEN_NAME = /<([A-Za-z][A-Za-z0-9 ]{1,30})@((?:aol|aim|cs)\.com)>/i

/** "<Joe Smith@aol.com>" → "<JoeSmith@aol.com>"; other text unchanged. */
export function joinScreenName(text: string): string {
  return text.includes('.com>') && text.includes(' ') ? text.replace(AOL_SCREEN_NAME, (_, name: string, domain: string) => `<${name.replace(/ /g, '')}@${domain}>`) : text
}

/**
 * An X.400 O/R address that carries an Internet address in its RFC-822 attribute
 * ("x400; /G=Jane/S=Doe/RFC-822=jane.doe(a)org.example/"): RFC 2156 (MIXER) section 4.2 writes "@"
 * as "(a)", "%" as "(p)", "!" as "(b)", "_" as "(u)" there. fschulze/bounced's DSN reader takes the
 * recipient from that attribute.
 */
const X400_RFC822 = /\/RFC-822=([^/\s]{3,320})/i
const MIXER: Record<string, string> = { a: '@', p: '%', b: '!', u: '_', q: '"', l: '(', r: ')' }

export function cleanAddress(value: string): string {
  if (!value.includes('@') && value.length < 1000) {
    const x400 = X400_RFC822.exec(value)
    if (x400) value = x400[1].replace(/\(([abpqulr])\)/gi, (_, c: string) => MIXER[c.toLowerCase()])
  }
  if (PLAIN.test(value) && !value.endsWith('.') && !TYPE_PREFIX.test(value) && !QUOTE_PREFIX.test(value)) {
    const at = value.lastIndexOf('@')
    return at > 0 && at < value.length - 1 ? value.slice(0, at) + '@' + value.slice(at + 1).toLowerCase() : ''
  }
  let v = joinScreenName(value.length > 600 ? value.slice(0, 600) : value)
  const semi = v.indexOf(';')
  if (semi >= 0 && semi < 20) v = v.slice(semi + 1)
  v = v.trim().replace(TYPE_PREFIX, '').replace(QUOTE_PREFIX, '')
  // What is left is often a plain address ("rfc822; x@y"): the address below is then the whole of
  // it, found without the two Unicode patterns (no quote, so no quoted local part; no "'", which
  // ADDRESS's local part stops at; no second type prefix to take off). Callgrind: 0.32 M fewer
  // instructions per round of the corpus's 437 Final- and Original-Recipient values.
  if (PLAIN.test(v) && !v.includes("'") && !TYPE_PREFIX.test(v)) return withLowerDomain(v.replace(/[.\-_]+$/, ''))
  // A quoted local part ("john..doe"@example.com) keeps its quotes: they are part of the address.
  const quoted = QUOTED.exec(v)
  if (quoted) {
    const at = quoted[0].lastIndexOf('@')
    return quoted[0].slice(0, at) + '@' + quoted[0].slice(at + 1).toLowerCase().replace(/[.]+$/, '')
  }
  const m = ADDRESS.exec(v)
  if (!m) return ''
  let a = m[0].replace(TYPE_PREFIX, '').replace(/[.\-_]+$/, '')
  // "[x@y]": the square brackets PHP-Bounce-Handler's strip_angle_brackets takes off a recipient; a
  // domain that is an address literal ("x@[192.0.2.1]") keeps its own.
  if (a.endsWith(']') && !a.slice(a.lastIndexOf('@')).includes('[')) a = a.replace(/\]+$/, '').replace(/[.\-_]+$/, '')
  return withLowerDomain(a)
}

/** "Jane@Example.COM" → "Jane@example.com"; "" when nothing stands on either side of the last "@". */
function withLowerDomain(a: string): string {
  const at = a.lastIndexOf('@')
  if (at <= 0 || at === a.length - 1) return ''
  return a.slice(0, at) + '@' + a.slice(at + 1).toLowerCase()
}

/** Domain part of an address, lower-case; "" when none. */
export function domainOf(address: string): string {
  const at = address.lastIndexOf('@')
  return at < 0 ? '' : address.slice(at + 1).toLowerCase()
}
