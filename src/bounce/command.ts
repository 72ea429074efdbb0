/**
 * Which SMTP command a failure answered, read from the notice's own words. It changes the reason:
 * "user unknown" after DATA is a content filter's answer (Sisimai: filtered), after MAIL FROM the
 * sender was refused. Sources: Postfix "(in reply to RCPT TO command)", Exim "after RCPT TO:",
 * Sendmail transcripts ">>> DATA" / "<<< 550 ...".
 */

const POSTFIX = /in reply to (rcpt to|mail from|end of data|data|helo|ehlo|connect|quit|rset|starttls|auth)\b/i
const EXIM = /after (rcpt to|mail from|end of data|data|initial connection|helo|ehlo|sending data block|pipelined|starttls|rcpt|mail)\b/i
/** qmail ("does not like recipient", "most progress was RCPT TO response") and X3's "SMTP:RCPT host". */
const OTHERS: readonly [RegExp, string][] = [
  [/does not like recipient|most progress was rcpt|smtp:rcpt\b|for rcpt to response/i, 'RCPT'],
  [/didn't like sender|does not like sender|smtp:mail\b/i, 'MAIL'],
  [/failed on data command|failed after i sent the message|smtp:data\b/i, 'DATA'],
]
const TRANSCRIPT = /^>{3,4} ?([a-z]{4})/gim

const NAMES: Record<string, string> = {
  'rcpt to': 'RCPT', 'mail from': 'MAIL', 'end of data': 'DATA', data: 'DATA', helo: 'HELO', ehlo: 'EHLO',
  connect: 'CONN', 'initial connection': 'CONN', 'sending data block': 'DATA', quit: 'QUIT', rset: 'RSET',
  starttls: 'STARTTLS', auth: 'AUTH', pipelined: 'RCPT',
  rcpt: 'RCPT', mail: 'MAIL',
}

/** The command a Postfix or Exim reply text names ("" when none). Input is bounded by the caller. */
export function commandIn(text: string): string {
  const lower = text.toLowerCase()
  const found = commandInText(lower)
  // Postfix wraps long replies, sometimes inside "in reply to ... command": retry as if on one line.
  return found || (lower.includes('\n') || lower.includes('\r') ? commandInWrappedText(lower) : '')
}

/** `t` is lower-case. Cheap substring checks first: most texts name no command at all. */
function commandInText(t: string): string {
  if (t.includes('in reply to')) {
    const p = POSTFIX.exec(t)
    if (p) return NAMES[p[1]] ?? ''
  }
  if (t.includes('after ')) {
    const e = EXIM.exec(t)
    if (e) return NAMES[e[1]] ?? ''
  }
  if (t.includes('rcpt') || t.includes('sender') || t.includes('data') || t.includes('smtp:')) {
    for (const [re, name] of OTHERS) if (re.test(t)) return name
  }
  return ''
}

/**
 * The patterns above with each space as `\s+` (still linear: every `\s+` sits between literals).
 * On a wrapped text they find what the plain ones find on its whitespace-collapsed copy.
 */
const spaced = (re: RegExp): RegExp => new RegExp(re.source.replaceAll(' ', '\\s+'), re.flags)
const IN_REPLY_TO_WRAPPED = spaced(/in reply to/)
const POSTFIX_WRAPPED = spaced(POSTFIX)
const EXIM_WRAPPED = spaced(EXIM)
const OTHERS_WRAPPED = OTHERS.map(([re, name]) => [spaced(re), name] as const)

function nameOfWrapped(words: string): string {
  return NAMES[words.replace(/\s+/g, ' ')] ?? ''
}

/**
 * `commandInText(t.replace(/\s+/g, ' '))` without rewriting `t` (a window of up to ~1,600
 * characters of the notice): same checks in the same order, run on `t` with `\s+` for each space.
 */
function commandInWrappedText(t: string): string {
  if (IN_REPLY_TO_WRAPPED.test(t)) {
    const p = POSTFIX_WRAPPED.exec(t)
    if (p) return nameOfWrapped(p[1])
  }
  if (/after\s/.test(t)) {
    const e = EXIM_WRAPPED.exec(t)
    if (e) return nameOfWrapped(e[1])
  }
  // These words hold no space: found in `t` exactly when found in its collapsed copy.
  if (t.includes('rcpt') || t.includes('sender') || t.includes('data') || t.includes('smtp:')) {
    for (const [re, name] of OTHERS_WRAPPED) if (re.test(t)) return name
  }
  return ''
}

/** The last command a Sendmail-style transcript sent (">>> DATA") in text that precedes the reply. */
export function lastTranscriptCommand(text: string): string {
  // Every transcript line starts with ">>>": without one, skip the line-by-line pattern scan.
  if (!text.includes('>>>')) return ''
  let last = ''
  TRANSCRIPT.lastIndex = 0
  for (let m = TRANSCRIPT.exec(text); m; m = TRANSCRIPT.exec(text)) {
    const name = NAMES[m[1].toLowerCase()] ?? ''
    if (name === 'RCPT' || name === 'MAIL' || name === 'DATA' || name === 'HELO' || name === 'EHLO') last = name
  }
  return last
}

/**
 * The stretch of a notice's text about one recipient, split at its first mention: a little before
 * (Sendmail puts ">>> DATA" above the reply) and a little after. Empty when the address is absent.
 * `lowerText` is `text` lower-cased once by the caller.
 */
export function windowAbout(text: string, lowerText: string, address: string): { before: string; after: string } {
  const at = address ? lowerText.indexOf(address.toLowerCase()) : -1
  if (at < 0) return { before: '', after: '' }
  return { before: text.slice(Math.max(0, at - 400), at), after: text.slice(at, at + address.length + 1200) }
}
