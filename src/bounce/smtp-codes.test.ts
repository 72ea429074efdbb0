/** Reply codes and enhanced status codes read from server text: one row per case. */
import { describe, expect, it } from 'vitest'
import { findFailureReplyCode, findReplyCode, findStatus } from './smtp-codes'

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

describe('findStatus (issue 9, class 4: never out of a longer dotted number)', () => {
  it.each([
    ['550 5.7.1 Message rejected by policy (3.2.1.1)', '5.7.1'],
    ['Message rejected by policy (3.2.1.1)', ''],
    ['Rejected: rule 4.5.1.2 matched', ''],
    ['relay 10.4.4.1 refused', ''],
    ['client 192.0.2.5 said 550 5.1.1 user unknown', '5.1.1'],
    ['agent v1.2.5.1 says hello', ''],
    ["Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound'", '5.1.10'],
    ['Status code: 550 5.4.1', '5.4.1'],
    ['#5.1.1 smtp;550 user unknown', '5.1.1'],
    ['status 5.1.1.', '5.1.1'],
    ['(5.2.2)', '5.2.2'],
  ])('%s → %s', (text, status) => expect(findStatus(text)).toBe(status))
})
