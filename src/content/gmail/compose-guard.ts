/**
 * The compose guard in Gmail (compose window, full-screen compose, inline reply): Gmail's side of
 * src/content/shared/compose-guard.ts. Recipients and their remove buttons come from
 * src/sites/gmail/compose.ts; "Remove recipient" clicks Gmail's own chip button, or, in the older
 * markup, takes out the chip whose hidden input is what Gmail sends.
 */
import { ADDRESS_ATTRIBUTES, chipIsFormData, findRecipients, RECIPIENT_AREA, removeButtonOf } from '../../sites/gmail/compose'
import { guardCompose, pressButton, type AskWorker, type ComposeSite } from '../shared/compose-guard'

export const GMAIL_COMPOSE: ComposeSite = {
  findRecipients,
  recipientArea: RECIPIENT_AREA,
  addressAttributes: ADDRESS_ATTRIBUTES,
  remover(chip) {
    const button = removeButtonOf(chip)
    if (button) return () => pressButton(button)
    return chipIsFormData(chip) ? () => chip.remove() : null
  },
}

export function guardGmailCompose(doc: Document, signal: AbortSignal, ask?: AskWorker): void {
  guardCompose(doc, signal, GMAIL_COMPOSE, ask)
}
