/**
 * Italian certified mail (PEC, Posta Elettronica Certificata): the sender's PEC provider reports a failed
 * delivery with an "Avviso di mancata consegna" ("notice of non-delivery"), one per recipient, in the
 * receipt layout the PEC technical rules fix for every provider: "Il giorno <date> alle ore <time> nel
 * messaggio "<subject>" proveniente da "<sender>" ed indirizzato a "<recipient>" …", then the cause.
 * Two kinds (the PEC rules as lawyers explain them, avvocatotelematico.studiolegalearcella.it "che cos'è
 * la mancata consegna di una pec"; the subject "AVVISO DI MANCATA CONSEGNA PER SUP. TEMPO MASSIMO" pasted in
 * github.com/OCA/l10n-italy/issues/1949; the delivery receipt's own layout in issue 1125 there):
 * - the recipient's provider refused the message ("è stato rilevato un problema che ne impedisce la
 *   consegna", then the error: an unknown mailbox, a full one, tecnologia.libero.it on full PEC boxes);
 * - no delivery receipt came back in time ("per superamento tempo massimo"): after 12 hours a warning
 *   that the recipient's provider "potrebbe non essere in grado" to deliver (still pending), after 24
 *   hours the final notice (the recipient's side, not a dead address).
 * The sender ("proveniente da") is never a recipient.
 */
import type { Dialect, DecodedRecipient } from '../../dialect'
import { addressIn, lines, noticeText, replyCodeIn, squeeze, statusIn } from './lib/text'

const HEADING = /avviso di mancata consegna/i
const TO = /indirizzato a\b/i
const TIMEOUT = /superamento (?:del )?tempo massimo|sup\. tempo massimo|nelle (?:12|24|dodici|ventiquattro) ore/i
/** The 12-hour warning: the recipient's provider "may not be able" to deliver; the final one follows. */
const WARNING = /potrebbe non essere in grado|nelle (?:12|dodici) ore/i

export const pec: Dialect = {
  name: 'pec',
  decode(message) {
    const text = noticeText(message)
    const head = text.slice(0, 4096)
    if (!HEADING.test(message.subject) && !HEADING.test(head)) return null
    const all = lines(head)
    const at = all.findIndex((l) => TO.test(l))
    if (at < 0) return null
    // The recipient follows "ed indirizzato a" on the same line or on the lines below it; the cause
    // is what follows the recipient, up to the message's identifier.
    const addresses: string[] = []
    const toLine = all[at].slice(all[at].search(TO))
    const onLine = addressIn(toLine)
    if (onLine) addresses.push(onLine)
    let end = at
    for (let i = at + 1; i < all.length && i <= at + 8; i++) {
      const a = addressIn(all[i])
      if (!a || !/^[\s"<:]*\S+@\S+?[">]*$/.test(all[i].trim())) break
      if (!addresses.includes(a)) addresses.push(a)
      end = i
    }
    if (!addresses.length) return null
    const rest = onLine ? toLine.slice(toLine.indexOf(onLine) + onLine.length).replace(/^[">]+/, '') : ''
    const tail = all.slice(end + 1).join('\n').split(/\n\s*identificativo (?:del )?messaggio/i)[0]
    const cause = squeeze(`${rest} ${tail}`).slice(0, 1024)
    const timeout = TIMEOUT.test(message.subject) || TIMEOUT.test(cause)
    const warning = timeout && WARNING.test(cause)
    const recipients: DecodedRecipient[] = addresses.map((address) => ({
      address,
      action: warning ? 'delayed' : 'failed',
      diagnostic: cause,
      status: statusIn(cause),
      replyCode: replyCodeIn(cause),
      ...(timeout && !warning ? { reason: 'expired' as const } : {}),
    }))
    return { recipients }
  },
}
