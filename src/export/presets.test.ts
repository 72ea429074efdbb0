import { describe, expect, it } from 'vitest'
import type { Contact } from '../store/types'
import { exportPreset, type ExportPreset } from './presets'

const contact = (over: Partial<Contact>): Contact => ({
  address: 'jane@acme.com', domain: 'acme.com', list: 'remove', reason: 'userunknown', status: '5.1.1', replyCode: '550', diagnostic: '',
  remoteMta: '', subject: '', hard: true, escalated: false, bounceCount: 1, softBounceCount: 0, firstBounceAt: '',
  lastBounceAt: '2026-12-03T10:15:30.000Z', nextRetryAt: '', decision: null, flaggedAt: '', ...over,
})
const labels = { status: (c: Contact) => (c.list === 'remove' ? 'remove' : c.list), reason: () => 'The address doesn’t exist, "really"' }
const CONTACTS = [contact({}), contact({ address: '=cmd|calc@evil.example', domain: 'evil.example' })]
const lines = (preset: ExportPreset) => exportPreset(preset, CONTACTS, labels).text.replace(/^\uFEFF/, '').split('\r\n').filter(Boolean)

describe('exports shaped for CRMs and sequencers', () => {
  it.each([
    ['suppression', 'txt', ['jane@acme.com', "'=cmd|calc@evil.example"]],
    ['hubspot', 'csv', ['Email,Bounce status,Bounce reason,Last bounce date', 'jane@acme.com,remove,"The address doesn’t exist, ""really""",2026-12-03']],
    ['pipedrive', 'csv', ['Email,Label,Note', 'jane@acme.com,remove,"The address doesn’t exist, ""really"" (2026-12-03)"']],
    ['salesforce', 'csv', ['Email,EmailBouncedReason,EmailBouncedDate', 'jane@acme.com,"The address doesn’t exist, ""really"" 5.1.1",2026-12-03T10:15:30Z']],
    ['lemlist', 'csv', ['email', 'jane@acme.com']],
  ] as Array<[ExportPreset, string, string[]]>)('%s', (preset, extension, head) => {
    expect(exportPreset(preset, CONTACTS, labels).extension).toBe(extension)
    expect(lines(preset).slice(0, head.length)).toEqual(head)
    // Every preset neutralises a formula-like address.
    expect(lines(preset).at(-1)).toMatch(/^'=cmd\|calc@evil\.example/)
  })

  it('CSV presets start with the UTF-8 BOM, the plain list does not', () => {
    expect(exportPreset('hubspot', CONTACTS, labels).text.startsWith('\uFEFF')).toBe(true)
    expect(exportPreset('suppression', CONTACTS, labels).text.startsWith('\uFEFF')).toBe(false)
  })

  it('an empty selection gives a header only (CSV) or an empty file (list)', () => {
    expect(exportPreset('salesforce', [], labels).text).toBe('\uFEFFEmail,EmailBouncedReason,EmailBouncedDate\r\n')
    expect(exportPreset('suppression', [], labels).text).toBe('')
  })

  it('caps the Salesforce reason at its field length (255)', () => {
    const long = exportPreset('salesforce', [contact({})], { ...labels, reason: () => 'x'.repeat(400) }).text
    expect(long.split('\r\n')[1].split(',')[1]).toHaveLength(255)
  })
})
