/**
 * Reads an Authentication-Results field (RFC 8601) as Gmail writes it:
 *   mx.google.com; dkim=pass header.i=@googlemail.com header.s=20230601 header.b=abc;
 *   spf=pass (google.com: domain of postmaster@mail-sor-f69.google.com designates ...) smtp.helo=mail-sor-f69.google.com;
 *   dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=googlemail.com
 * Comments in parentheses are dropped first (they hold attacker-chosen text such as domains).
 */
import type { AuthMethod, GmailAuth } from './types'
import { domainPart } from './headers'

const MAX_VALUE = 8192

/** The authserv-id (first token), lower-case. */
export function authServId(value: string): string {
  return (value.split(';', 1)[0] ?? '').trim().split(/\s+/)[0]?.toLowerCase() ?? ''
}

/** Without (comments), nesting one level deep at most; bounded. */
function withoutComments(value: string): string {
  let out = ''
  let depth = 0
  for (const c of value.slice(0, MAX_VALUE)) {
    if (c === '(') depth++
    else if (c === ')') depth = Math.max(0, depth - 1)
    else if (depth === 0) out += c
  }
  return out
}

export function readAuthResults(value: string): GmailAuth {
  const out: GmailAuth = { dkim: [], spf: [], dmarc: [] }
  const parts = withoutComments(value).split(';').slice(1, 50)
  for (const part of parts) {
    const tokens = part.trim().split(/\s+/)
    const m = /^(dkim|spf|dmarc)=([a-z]+)$/i.exec(tokens[0] ?? '')
    if (!m) continue
    const method = m[1].toLowerCase() as keyof GmailAuth
    const props = new Map<string, string>()
    for (const t of tokens.slice(1)) {
      const eq = t.indexOf('=')
      if (eq > 0) props.set(t.slice(0, eq).toLowerCase(), t.slice(eq + 1).replace(/^"|"$/g, '').toLowerCase())
    }
    const result = m[2].toLowerCase()
    const domains = method === 'dkim'
      ? [props.get('header.d') ?? domainPart(props.get('header.i') ?? '')]
      : method === 'spf'
        ? [domainPart(props.get('smtp.mailfrom') ?? '') || props.get('smtp.mailfrom') || '', props.get('smtp.helo') ?? '']
        : [props.get('header.from') ?? '']
    for (const domain of domains) if (domain) out[method].push({ result, domain: domain.replace(/^@/, '') } satisfies AuthMethod)
    if (domains.every((d) => !d)) out[method].push({ result, domain: '' })
  }
  return out
}
