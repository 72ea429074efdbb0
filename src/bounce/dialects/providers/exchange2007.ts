/**
 * Exchange Server 2007+ and Office 365 / Outlook.com NDRs ("Undeliverable: ..." and its translations):
 * a user-facing list of failed recipients, then "Diagnostic information for administrators" with
 * "Generating server", each recipient's address on its own line and the server's answer
 * ("Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; ...'" or "#550 5.1.1 ... ##").
 * Samples: test/fixtures/sisimai/lhost-exchange2007-*.eml, lhost-office365-*.eml (some truncated:
 * no delivery-status part, text only). Microsoft's codes: ../../remote-hosts/microsoft.ts.
 */
import type { DecodedRecipient, Dialect, DialectResult } from '../../dialect'
import type { Reason } from '../../types'
import type { ParsedMessage } from '../../mime/parsed-message'
import { recipientsFromFields } from '../../rfc3464'
import { microsoftReason } from '../../remote-hosts/microsoft'
import { DIAGNOSTIC, EXPLANATIONS, FAILED_TO, GENERATING_SERVER, ORIGINAL_HEADERS, SUBJECTS } from './exchange-locale'
import { cutAt, findAddress, findHost, findReplyCode, findStatus, indexOfAny, isAddressLine, lines, squeeze } from './text'

const SENDERS = ['postmaster@outlook.com', '.onmicrosoft.com']

function looksLikeExchange(message: ParsedMessage, text: string): boolean {
  let score = 0
  if (SUBJECTS.some((s) => message.subject.startsWith(s))) score++
  if (SENDERS.some((s) => message.from.endsWith(s))) score++
  if (message.header('x-ms-exchange-message-is-ndr') !== '' || message.headers.has('x-ms-exchange-message-is-ndr')) score++
  if (indexOfAny(text, DIAGNOSTIC) >= 0 || indexOfAny(text, FAILED_TO) >= 0) score++
  return score >= 2
}

/** "Remote Server returned '550 ...'" → "550 ..."; "#550 5.1.1 ... ##" → "550 5.1.1 ...". */
function serverWords(line: string): string {
  const quoted = /returned '(.{1,2000})'/.exec(line)
  if (quoted) return quoted[1]
  return line.trim().replace(/^#/, '').replace(/\s*##?$/, '')
}

/** The administrators' section: address lines, each followed by the server's answer. */
function fromDiagnosticSection(text: string): DecodedRecipient[] {
  const at = indexOfAny(text, DIAGNOSTIC)
  if (at < 0) return []
  const out: DecodedRecipient[] = []
  let remoteMta = ''
  for (const line of lines(text.slice(at)).slice(1)) {
    const t = line.trim()
    if (!t) continue
    if (GENERATING_SERVER.some((g) => t.startsWith(g))) {
      remoteMta = findHost(t.slice(t.indexOf(':') + 1))
    } else if (isAddressLine(t)) {
      out.push({ address: findAddress(t), remoteMta })
    } else if (out.length && (t.includes('Remote Server') || /^#?[245]\d\d[ -]/.test(t) || findStatus(t))) {
      const last = out[out.length - 1]
      last.diagnostic = squeeze(`${last.diagnostic ?? ''} ${serverWords(t)}`)
    }
  }
  return out
}

/** The user-facing list ("Name<mailto:jane@acme.example>" then a paragraph), when there is no section above. */
function fromUserSection(text: string): DecodedRecipient[] {
  const at = indexOfAny(text, FAILED_TO)
  if (at < 0) return []
  const out: DecodedRecipient[] = []
  for (const line of lines(text.slice(at)).slice(1, 200)) {
    const t = line.trim()
    if (!t) continue
    const mailto = /<mailto:([^>\s]{3,256})>/.exec(t)
    if (mailto || isAddressLine(t)) out.push({ address: findAddress(mailto ? mailto[1] : t), diagnostic: '' })
    else if (out.length && !out[out.length - 1].diagnostic) out[out.length - 1].diagnostic = squeeze(t)
    else if (out.length) break
  }
  return out
}

/** "Original Message Details ... Recipient Address: jane@acme.example" (newer Office 365 layout). */
function fromDetails(text: string): DecodedRecipient[] {
  const m = /\nRecipient Address:\s{0,40}([^\s]{3,256})/.exec(text)
  const address = m ? findAddress(m[1]) : ''
  return address ? [{ address }] : []
}

function explanationReason(text: string): Reason | undefined {
  const t = text.toLowerCase()
  return EXPLANATIONS.find(([, phrases]) => phrases.some((p) => t.includes(p)))?.[0]
}

export const exchange2007: Dialect = {
  name: 'exchange2007',
  decode(message: ParsedMessage): DialectResult | null {
    const text = cutAt(message.text, ORIGINAL_HEADERS)
    if (!looksLikeExchange(message, text)) return null

    const inText = fromDiagnosticSection(text)
    let recipients: DecodedRecipient[] = recipientsFromFields(message.deliveryStatus)
    if (!recipients.length) recipients = inText.length ? inText : fromUserSection(text)
    if (!recipients.length) recipients = fromDetails(text)
    if (!recipients.length) return null

    const explained = explanationReason(text)
    for (const r of recipients) {
      const own = inText.find((x) => x.address.toLowerCase() === r.address.toLowerCase())
      if (!r.diagnostic && own?.diagnostic) r.diagnostic = own.diagnostic
      if (!r.remoteMta && own?.remoteMta) r.remoteMta = own.remoteMta
      // "550 5.1.351 Remote server returned unknown recipient or mailbox unavailable -> 550 <remote's words>":
      // Exchange Online relaying a remote refusal; its framing is generic, the remote's words follow "->".
      const relayed = / -> ([245]\d\d\b.{0,2000})$/.exec(r.diagnostic ?? '')
      if (relayed) {
        r.replyCode ||= findReplyCode(r.diagnostic ?? '')
        r.diagnostic = relayed[1]
        // 5.1.351: "the recipient's email server rejected the recipient" (Microsoft's Exchange Online NDR list), at RCPT.
        if (r.status === '5.1.351') r.command = 'RCPT'
      }
      const diagnostic = r.diagnostic ?? ''
      r.action ??= 'failed'
      r.replyCode ||= findReplyCode(diagnostic)
      r.status ||= findStatus(diagnostic) || (r.replyCode?.startsWith('4') ? '4.0.0' : '5.0.0')
      // Microsoft's own code or NDR name first; the localized explanation only when the code is generic.
      const reason = microsoftReason(r.status, diagnostic) ?? (/^\d\.0\.0$/.test(r.status) ? explained : undefined)
      if (reason) r.reason = reason
      if (!r.diagnostic) r.diagnostic = ''
    }
    return { recipients }
  },
}
