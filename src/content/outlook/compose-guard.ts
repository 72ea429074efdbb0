/**
 * The compose guard in Outlook on the web (new message, reply or forward in the reading pane,
 * popped-out compose): Outlook's side of src/content/shared/compose-guard.ts. Recipients come from
 * src/sites/outlook/compose.ts, pills and text typed but not yet resolved alike (Outlook edits its
 * fields as text, so text edits are watched too). "Remove recipient" clicks the pill's own remove
 * control; typed text, or a pill without a control Rebound recognises, gets Keep only.
 */
import { ADDRESS_ATTRIBUTES, findRecipients, RECIPIENT_AREA, removeControlOf } from '../../sites/outlook/compose'
import { guardCompose, pressButton, type AskWorker, type ComposeSite } from '../shared/compose-guard'

export const OUTLOOK_COMPOSE: ComposeSite = {
  findRecipients,
  recipientArea: RECIPIENT_AREA,
  addressAttributes: ADDRESS_ATTRIBUTES,
  watchText: true,
  remover(chip) {
    const control = removeControlOf(chip)
    return control ? () => pressButton(control) : null
  },
}

export function guardOutlookCompose(doc: Document, signal: AbortSignal, ask?: AskWorker): void {
  guardCompose(doc, signal, OUTLOOK_COMPOSE, ask)
}
