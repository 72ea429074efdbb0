/**
 * The plain-language "what to fix" line for Sending issues. The policy module owns which hint goes
 * with which reason; this only turns its key into text.
 */
import type { Contact } from '../store/types'
import { sendingHint } from '../policy/hints'
import { t } from '../ui/i18n'

export function hintFor(contact: Contact): string {
  if (contact.list !== 'sending') return ''
  return t(sendingHint(contact.reason))
}
