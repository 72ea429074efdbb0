/**
 * One-click export of the list on screen: a CSV file in the UI language (the writer in src/export/
 * handles RFC 4180, the separator, the BOM and formula neutralising) downloaded through a Blob and <a download>, which needs no
 * "downloads" permission; and the addresses copied to the clipboard, one per line.
 */
import { contactsToCsv } from '../export/csv'
import { exportPreset, type ExportPreset } from '../export/presets'
import { resolveSeparator } from '../export/separator'
import type { Contact, ContactList, CsvSeparatorChoice } from '../store/types'
import { csvLabels } from '../ui/csv-labels'
import { dayStamp } from '../ui/format'
import { uiLanguage } from '../ui/i18n'

const FILE_LIST_NAMES: Record<ContactList, string> = {
  remove: 'remove', retry: 'retry', sending: 'sending-issues', pending: 'pending', cleared: 'cleared',
}

export function csvFileName(list: ContactList, now: Date): string {
  return `rebound-${FILE_LIST_NAMES[list]}-${dayStamp(now)}.csv`
}

export function downloadCsv(contacts: readonly Contact[], list: ContactList, now: Date, separator: CsvSeparatorChoice = 'auto'): string {
  // The writer starts the file with the BOM Excel needs to read UTF-8 accents.
  const csv = contactsToCsv([...contacts], csvLabels(), resolveSeparator(separator, uiLanguage()))
  return download(csv, csvFileName(list, now), 'text/csv')
}

/** A file for a CRM or sequencer (src/export/presets.ts): `rebound-remove-hubspot-2026-12-06.csv`. */
export function downloadPreset(contacts: readonly Contact[], preset: ExportPreset, list: ContactList, now: Date): string {
  const labels = csvLabels()
  const { text, extension } = exportPreset(preset, contacts, { status: (c) => labels.status[c.list], reason: labels.reason })
  const name = `rebound-${FILE_LIST_NAMES[list]}-${preset}-${dayStamp(now)}.${extension}`
  return download(text, name, extension === 'csv' ? 'text/csv' : 'text/plain')
}

function download(text: string, name: string, type: string): string {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }))
  const a = document.createElement('a')
  a.href = url
  a.download = name
  document.body.append(a)
  a.click()
  a.remove()
  // Revoking at once can cancel the download in Chromium; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
  return a.download
}

export async function copyAddresses(contacts: readonly Contact[]): Promise<number> {
  await navigator.clipboard.writeText(contacts.map((c) => c.address).join('\n'))
  return contacts.length
}
