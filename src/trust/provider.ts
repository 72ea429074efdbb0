/**
 * What the account's provider writes on mail its users send, so a returned copy can be told from
 * spam that forged the user's address. Gmail (the provider Rebound polls, Workspace included):
 * `Message-ID: <CA...@mail.gmail.com>` from its web and mobile clients, and a Google hop in the
 * Received chain — `Received: by 2002:a05:...  with SMTP id` (Google-internal IPv6 hops),
 * `from mail-xx-f41.google.com`, or `by smtp.gmail.com with ESMTPSA` for desktop clients
 * (corpus lhost-gmail-*, shared/GMAIL-FORMATS.md). A forger can copy these lines; see README.
 */
import type { NoticeEvidence } from './types'

export const PROVIDERS = [
  {
    name: 'gmail',
    messageId: /@mail\.gmail\.com>?$/,
    received: /\bby 2002:[0-9a-f:]+ with (?:e?smtpa?|http)\b|\bmail-[a-z0-9-]+\.google\.com\b/i,
    /** A desktop client sending through Gmail's submission server writes its own Message-ID. */
    submission: /\bby smtp\.gmail\.com with esmtpsa\b/i,
  },
]

/** 'yes': the copy carries the provider's marks; 'no': it has a Received chain without them; 'unknown': no chain to read. */
export function sentThroughProvider(original: NonNullable<NoticeEvidence['original']>): 'yes' | 'no' | 'unknown' {
  if (original.received.length === 0) return 'unknown'
  for (const p of PROVIDERS) {
    const hop = original.received.some((r) => p.received.test(r) || p.submission.test(r))
    const submitted = original.received.some((r) => p.submission.test(r))
    if (hop && (submitted || p.messageId.test(original.messageId))) return 'yes'
  }
  return 'no'
}
