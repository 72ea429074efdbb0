import { describe, expect, it } from 'vitest'
import type { Reason, Verdict } from '../types'
import { isHard, verdictOf } from './verdict'

describe('hard (Sisimai\'s rule)', () => {
  it.each([
    ['userunknown', '5.1.1', '550', true], ['hostunknown', '5.1.2', '', true], ['hasmoved', '5.1.6', '', true],
    ['notaccept', '5.1.10', '550', true], ['notaccept', '', '', true], ['notaccept', '4.3.2', '421', false],
    ['notaccept', '', '421', false], ['mailboxfull', '5.2.2', '552', false], ['blocked', '5.7.1', '550', false],
    ['filtered', '5.2.0', '550', false],
    // Postfix's "450 4.1.2 Domain not found" is the same for NXDOMAIN and a temporary DNS failure (verdict-audit.test.ts).
    ['hostunknown', '4.1.2', '450', false], ['hostunknown', '', '450', false],
  ] as [Reason, string, string, boolean][])('%s %s %s → %s', (reason, status, reply, hard) => {
    expect(isHard(reason, status, reply)).toBe(hard)
  })
})

describe('hard for a disabled mailbox (issue 9: permanent means dead, Sisimai says soft)', () => {
  it.each([
    ['5.2.1', '550', 'The email account that you tried to reach is disabled.', true],
    ['', '554', 'delivery error: dd This mailbox is disabled (554.30).', true],
    ['4.2.1', '450', 'Mailbox disabled', false],
    ['', '450', 'Mailbox disabled', false],
    ['5.2.1', '550', 'This mailbox is temporarily disabled', false],
    ['5.7.1', '550', 'User kim@example.com temporary locked. Please try again later!', false],
    ['5.0.0', '550', 'Compte temporairement désactivé', false],
  ] as [string, string, string, boolean][])('suspend %s %s "%s" → %s', (status, reply, text, hard) => {
    expect(isHard('suspend', status, reply, text)).toBe(hard)
  })
})

describe('verdict', () => {
  it.each([
    ['userunknown', true, 'remove'], ['hostunknown', true, 'remove'], ['notaccept', false, 'retry'],
    ['mailboxfull', false, 'retry'], ['expired', false, 'retry'], ['suspend', false, 'retry'], ['suspend', true, 'remove'], ['toomanyconn', false, 'retry'],
    ['blocked', false, 'fix-sending'], ['badreputation', false, 'fix-sending'], ['authfailure', false, 'fix-sending'],
    ['spamdetected', false, 'fix-sending'], ['speeding', false, 'fix-sending'], ['rejected', false, 'fix-sending'],
    ['mesgtoobig', false, 'fix-sending'], ['onhold', false, 'retry'], ['undefined', false, 'retry'],
    // The recipient domain's MX refusing to relay is the recipient's side (verdict-audit.test.ts).
    ['norelaying', false, 'retry'],
  ] as [Reason, boolean, Verdict][])('failed %s (hard %s) → %s', (reason, hard, verdict) => {
    expect(verdictOf(reason, 'failed', hard)).toBe(verdict)
  })

  it("Amazon SES's unverified sender is fixed; a gateway's hold for review is pending", () => {
    expect(verdictOf('norelaying', 'failed', false, '554 Message rejected: Email address is not verified.')).toBe('fix-sending')
    expect(verdictOf('onhold', 'failed', false, 'Your message has been held for review')).toBe('pending')
    expect(verdictOf('spamdetected', 'failed', false, 'Message rejected and quarantined as spam')).toBe('fix-sending')
  })

  it('a delay is pending whatever its reason; success is none', () => {
    expect(verdictOf('userunknown', 'delayed', false)).toBe('pending')
    expect(verdictOf('expired', 'delayed', false)).toBe('pending')
    expect(verdictOf('delivered', 'delivered', false)).toBe('none')
    expect(verdictOf('delivered', 'relayed', false)).toBe('none')
  })
})
