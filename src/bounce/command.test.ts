import { describe, expect, it } from 'vitest'
import { commandIn } from './command'

describe('commandIn', () => {
  it('reads Postfix', () => expect(commandIn('550 5.1.1 User unknown (in reply to RCPT TO command)')).toBe('RCPT'))
  it('reads Exim', () => expect(commandIn('SMTP error from remote mail server after end of data: 550 spam')).toBe('DATA'))
  it('reads qmail', () => expect(commandIn('Sorry, I wasn\'t able to establish an SMTP connection. smtp:rcpt host')).toBe('RCPT'))
  it('reads a wrapped Postfix reply as on one line', () => expect(commandIn('550 5.1.1 User unknown (in reply\n    to MAIL\r\n FROM command)')).toBe('MAIL'))
  it('reads a wrapped Exim reply as on one line', () => expect(commandIn('host x [1.2.3.4]:\n    after\n    initial  connection: 554')).toBe('CONN'))
  it('reads a wrapped qmail phrase as on one line', () => expect(commandIn('Remote host said: does not\n like   recipient. rcpt')).toBe('RCPT'))
  it('keeps the one-line order: a plain match wins over a wrapped one', () => expect(commandIn('in reply\nto DATA command; smtp:mail')).toBe('MAIL'))
  it('is empty when no command is named', () => expect(commandIn('mailbox full\nsorry')).toBe(''))
})
