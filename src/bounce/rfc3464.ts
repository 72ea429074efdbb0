/**
 * The generic reader for RFC 3464 / RFC 6522 delivery status notifications: the
 * message/delivery-status part (or, for MTAs that inline it, the same fields in the body text).
 * Per-message fields come first, then one block per recipient separated by blank lines.
 */
import type { Action, Reason } from './types'
import type { DecodedRecipient, DialectResult } from './dialect'
import type { ParsedMessage } from './mime/parsed-message'
import { cleanAddress } from './address'
import { isoDate } from './dates'
import { collapse, findReplyCode, normaliseStatus } from './smtp-codes'
import { readFieldBlocks as readBlocks } from './fields'

/** Field blocks longer than this are not a real DSN; bounds the work on hostile input. */
const MAX_DSN_TEXT = 256 * 1024
const MAX_RECIPIENTS = 1000

const ACTIONS: Record<string, Action> = {
  failed: 'failed', failure: 'failed', delayed: 'delayed', delivered: 'delivered', relayed: 'relayed',
  expanded: 'expanded', deferred: 'delayed',
}

interface Block { fields: Map<string, string> }

/** PowerMTA's own classification (X-PowerMTA-BounceCategory), documented in its user guide. */
const POWERMTA_CATEGORY: Record<string, Reason> = {
  'bad-mailbox': 'userunknown', 'bad-domain': 'hostunknown', 'quota-issues': 'mailboxfull',
  'inactive-mailbox': 'suspend', 'message-expired': 'expired', 'spam-related': 'spamdetected',
  'policy-related': 'policyviolation', 'virus-related': 'virusdetected', 'content-related': 'contenterror',
  'relaying-issues': 'norelaying', 'invalid-sender': 'rejected', 'routing-errors': 'systemerror',
  'bad-configuration': 'systemerror', 'no-answer-from-host': 'networkerror', 'bad-connection': 'networkerror',
  'protocol-errors': 'syntaxerror',
}

/** Two of these in one block: the MTA left out the blank line between recipients. */
const RECIPIENT_FIELDS: ReadonlySet<string> = new Set(['final-recipient', 'original-recipient'])

/** The DSN's field blocks (the engine's one field reader, ./fields.ts). */
export function readFieldBlocks(text: string): Block[] {
  return readBlocks(text, { restartOn: RECIPIENT_FIELDS, maxChars: MAX_DSN_TEXT }).map((fields) => ({ fields }))
}

function actionOf(value: string, status: string): Action {
  const word = value.toLowerCase().match(/[a-z]+/)?.[0] ?? ''
  const known = ACTIONS[word]
  if (known) return known
  if (status.startsWith('2.')) return 'delivered'
  return 'failed'
}

function diagnosticTypeOf(value: string): string {
  const semi = value.indexOf(';')
  return semi > 0 && semi < 16 ? value.slice(0, semi).trim().toUpperCase() : ''
}

/** Strips the "smtp;" type of a Diagnostic-Code and returns the text. */
function diagnosticText(value: string): string {
  const semi = value.indexOf(';')
  if (semi > 0 && semi < 16 && /^[a-z0-9-]+$/i.test(value.slice(0, semi).trim())) return value.slice(semi + 1).trim()
  return value.trim()
}

/**
 * The comment after a Status code, read as the server's text when there is no Diagnostic-Code:
 * Haraka (outbound/hmail.js) writes its own failures as "Status: 5.1.2 (550 No MX for x)" (RFC 5322
 * comments are allowed in a header field), and that text is all it says about the recipient. Only a
 * comment that starts with a reply code is the server's text ("4.0.0 (host name lookup failure)" is
 * the reporting MTA's own gloss).
 */
function statusComment(value: string): string {
  const m = /^\s*[245]\.\d{1,3}\.\d{1,3}\s*\(([245]\d\d .{1,1000})\)\s*$/s.exec(value)
  return m ? collapse(m[1]) : ''
}

function remoteMtaOf(value: string): string {
  const v = diagnosticText(value)
  const m = /^\[?([a-z0-9.\-:]+)\]?/i.exec(v)
  return m ? m[1].toLowerCase().replace(/\.$/, '') : ''
}

export function recipientsFromFields(text: string): DecodedRecipient[] {
  const blocks = readFieldBlocks(text)
  const out: DecodedRecipient[] = []
  let perMessageDate = ''
  let reportingMta = ''
  for (const { fields } of blocks) {
    const finalRcpt = fields.get('final-recipient') ?? fields.get('x-actual-recipient') ?? ''
    const original = fields.get('original-recipient') ?? ''
    const final = cleanAddress(finalRcpt)
    const wrote = original ? cleanAddress(original) : ''
    // The contact is the address the user wrote to (issue 9, class 3); the final one stays as detail.
    const differs = wrote !== '' && final !== '' && wrote !== final && final.replace(/"/g, '').toLowerCase() !== wrote.replace(/"/g, '').toLowerCase()
    const address = differs ? wrote : final || wrote
    if (!address) {
      perMessageDate ||= isoDate(fields.get('arrival-date') ?? '')
      reportingMta ||= remoteMtaOf(fields.get('reporting-mta') ?? '')
      continue
    }
    const diagRaw = fields.get('diagnostic-code') ?? fields.get('x-diagnostic-code') ?? ''
    const statusRaw = fields.get('status') ?? ''
    const diagnostic = collapse(diagnosticText(diagRaw)) || statusComment(statusRaw)
    const status = normaliseStatus(statusRaw)
    out.push({
      address,
      finalRecipient: differs ? final : undefined,
      action: actionOf(fields.get('action') ?? '', status),
      status,
      replyCode: findReplyCode(diagnostic),
      diagnostic,
      diagnosticType: diagnosticTypeOf(diagRaw),
      remoteMta: remoteMtaOf(fields.get('remote-mta') ?? ''),
      date: isoDate(fields.get('last-attempt-date') ?? '') || perMessageDate,
      reason: POWERMTA_CATEGORY[(fields.get('x-powermta-bouncecategory') ?? '').toLowerCase()],
    })
    if (out.length >= MAX_RECIPIENTS) break
  }
  return out
}

/** RFC 3464 decoder: the delivery-status part, or the same fields inlined in the body text. */
export function decodeRfc3464(message: ParsedMessage): DialectResult | null {
  let recipients = message.deliveryStatus ? recipientsFromFields(message.deliveryStatus) : []
  if (!recipients.length && /final-recipient:/i.test(message.text.slice(0, 64 * 1024))) {
    recipients = recipientsFromFields(message.text.slice(0, 64 * 1024))
  }
  return recipients.length ? { recipients } : null
}
