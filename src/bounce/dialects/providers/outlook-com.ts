/**
 * DSNs from Outlook.com / Hotmail's own servers (postmaster@hotmail.com, postmaster@outlook.com).
 * When the answer ends in Hotmail's internal error triple, "(-1915321397:308:-2147467259)", the
 * words are Outlook.com's own, so the answering host is the reporting one: that lets Microsoft's
 * table (../../remote-hosts/microsoft.ts) read them, e.g. "550 Requested action not taken: mailbox
 * unavailable (-0000000022:2222:-0000000022)" for a nonexistent address (lhost-outlook-08).
 */
import type { Dialect, DialectResult } from '../../dialect'
import type { ParsedMessage } from '../../mime/parsed-message'
import { recipientsFromFields } from '../../rfc3464'

const SENDER = /^postmaster@(?:[a-z0-9-]{1,63}\.){0,4}(?:hotmail|outlook)\.com$/
const INTERNAL_CODE = /\(-?\d{1,10}:\d{1,6}:-?\d{1,10}\)\s*$/

export const outlookCom: Dialect = {
  name: 'outlook-com',
  decode(message: ParsedMessage): DialectResult | null {
    if (!SENDER.test(message.from) || !message.deliveryStatus) return null
    const reporting = /^reporting-mta:\s*dns;\s*([a-z0-9.-]{1,255})/im.exec(message.deliveryStatus.slice(0, 4096))?.[1] ?? ''
    const recipients = recipientsFromFields(message.deliveryStatus)
    for (const r of recipients) {
      if (!r.remoteMta && reporting && INTERNAL_CODE.test(r.diagnostic ?? '')) r.remoteMta = reporting.toLowerCase()
    }
    return recipients.length ? { recipients } : null
  },
}
