/**
 * The bounced message's identity where provider notices keep it outside a MIME part: a header block
 * quoted after a marker line (Yahoo, Exchange text NDRs), or the notice's own In-Reply-To, which
 * Gmail and Exchange set to the original's Message-ID (test/fixtures/bounce/providers/gmail-*.eml,
 * o365-*.eml). The engine fills what is still missing from its generic search.
 */
import type { OriginalMessage } from '../../types'
import type { ParsedMessage } from '../../mime/parsed-message'
import { ORIGINAL_FIELDS, originalFromHeaders, readHeaderBlock } from '../../original'
import { indexOfAny, MAX_SCAN } from './text'

/** Headers quoted on the lines after the first of the markers. */
export function originalAfter(text: string, markers: readonly string[]): Partial<OriginalMessage> | undefined {
  const at = indexOfAny(text.slice(0, MAX_SCAN * 4), markers)
  if (at < 0) return undefined
  const rest = text.slice(at, at + MAX_SCAN)
  const nextLine = rest.search(/\r\n|\r|\n/)
  if (nextLine < 0) return undefined
  return originalFromHeaders(readHeaderBlock(rest.slice(nextLine).replace(/^(?:\r\n|\r|\n)+/, ''), ORIGINAL_FIELDS)) ?? undefined
}

/** The original's Message-ID from the notice's In-Reply-To, when it holds exactly one id. */
export function originalFromInReplyTo(message: ParsedMessage): Partial<OriginalMessage> | undefined {
  const m = /^\s*(<[^<>\s]{3,500}>)\s*$/.exec(message.header('in-reply-to'))
  return m ? { messageId: m[1] } : undefined
}

/** The first source that found something, each field filled from the later ones when missing. */
export function firstOriginal(...found: (Partial<OriginalMessage> | undefined)[]): Partial<OriginalMessage> | undefined {
  const all = found.filter((f): f is Partial<OriginalMessage> => !!f)
  if (!all.length) return undefined
  return {
    messageId: all.find((f) => f.messageId)?.messageId ?? '',
    subject: all.find((f) => f.subject)?.subject ?? '',
    to: all.find((f) => f.to?.length)?.to ?? [],
    date: all.find((f) => f.date)?.date ?? '',
  }
}
