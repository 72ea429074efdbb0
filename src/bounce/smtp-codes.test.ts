/** Reply codes and enhanced status codes read from server text: one row per case. */
import { describe, expect, it } from 'vitest'
import { findFailureReplyCode, findReplyCode } from './smtp-codes'

describe('findReplyCode', () => {
  it.each([
    ['550 5.1.1 <jane@acme.example>... User unknown', '550'],
    ['550-5.7.1 Multi-line reply', '550'],
    ['250 2.0.0 OK queued', '250'],
    ['Service refused 5.1.1', ''],
  ])('%s → %s', (text, code) => expect(findReplyCode(text)).toBe(code))
})

describe('findFailureReplyCode', () => {
  it.each([
    // rhost-franceptt-11.eml: La Poste's greeting line quoted before its refusal.
    ['220-laposte 421 4.2.1 Service refuse. Veuillez essayer plus tard. LPN006_107', '421'],
    ['250 2.1.0 Ok 550 5.7.1 Message rejected', '550'],
    ['250 2.0.0 OK queued', ''],
    ['554 5.7.1 Relay denied', '554'],
  ])('%s → %s', (text, code) => expect(findFailureReplyCode(text)).toBe(code))
})
