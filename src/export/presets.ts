/**
 * Exports shaped for the tools salespeople paste into. Each preset is a table of columns with the
 * header its tool's importer maps by itself, in English whatever the UI language (the importers match
 * their own field names), comma-separated (what they all accept), through the same neutralising cell
 * writer as the full CSV (src/export/csv.ts).
 *
 * - suppression: one address per line, no header: what every sequencer's blocklist and Excel accept.
 * - HubSpot: the contacts importer updates a contact matched on "Email" and offers to create a
 *   property for any other column (developers.hubspot.com, CRM imports: file requirements).
 * - Pipedrive: people import; "Email" matches the person, "Label" and "Note" map to its fields.
 * - Salesforce: Contact and Lead have standard fields EmailBouncedReason and EmailBouncedDate (SOAP API
 *   object reference); Data Loader and the Data Import Wizard map columns named as the API fields.
 * - lemlist: its unsubscribe list imports a CSV with an "email" column (developer.lemlist.com,
 *   unsubscribes).
 */
import type { Contact } from '../store/types'
import { BOM, cell } from './csv'

export type ExportPreset = 'suppression' | 'hubspot' | 'pipedrive' | 'salesforce' | 'lemlist'
export const EXPORT_PRESETS: readonly ExportPreset[] = ['suppression', 'hubspot', 'pipedrive', 'salesforce', 'lemlist']

/** What a preset needs to know of a contact beyond its fields: its list and reason in plain words. */
export interface PresetLabels {
  status: (c: Contact) => string
  reason: (c: Contact) => string
}

type Column = [header: string, value: (c: Contact, labels: PresetLabels) => string]

const PRESET_COLUMNS: Record<Exclude<ExportPreset, 'suppression'>, Column[]> = {
  hubspot: [
    ['Email', (c) => c.address],
    ['Bounce status', (c, l) => l.status(c)],
    ['Bounce reason', (c, l) => l.reason(c)],
    ['Last bounce date', (c) => day(c.lastBounceAt)],
  ],
  pipedrive: [
    ['Email', (c) => c.address],
    ['Label', (c, l) => l.status(c)],
    ['Note', (c, l) => `${l.reason(c)} (${day(c.lastBounceAt)})`],
  ],
  salesforce: [
    ['Email', (c) => c.address],
    // Salesforce caps EmailBouncedReason at 255 characters.
    ['EmailBouncedReason', (c, l) => [l.reason(c), c.status].filter(Boolean).join(' ').slice(0, 255)],
    ['EmailBouncedDate', (c) => dateTime(c.lastBounceAt)],
  ],
  lemlist: [['email', (c) => c.address]],
}

/** The file's text and its extension. Addresses are unique (a contact is one address already). */
export function exportPreset(preset: ExportPreset, contacts: readonly Contact[], labels: PresetLabels): { text: string; extension: 'txt' | 'csv' } {
  if (preset === 'suppression') {
    // A plain list is also opened in spreadsheets: each line goes through the same neutralising.
    return { text: contacts.map((c) => cell(c.address)).join('\r\n') + (contacts.length ? '\r\n' : ''), extension: 'txt' }
  }
  const columns = PRESET_COLUMNS[preset]
  const rows = [columns.map(([header]) => header), ...contacts.map((c) => columns.map(([, value]) => value(c, labels)))]
  return { text: BOM + rows.map((r) => r.map((v) => cell(v, ',')).join(',')).join('\r\n') + '\r\n', extension: 'csv' }
}

function day(iso: string): string {
  const t = Date.parse(iso)
  return Number.isNaN(t) ? '' : new Date(t).toISOString().slice(0, 10)
}

/** ISO 8601 in UTC, as Salesforce's dateTime fields import it. */
function dateTime(iso: string): string {
  const t = Date.parse(iso)
  return Number.isNaN(t) ? '' : new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z')
}
