import { describe, expect, it } from 'vitest'
import { parseMime, toParsedMessage } from './mime/parsed-message'
import { extractOriginal, ORIGINAL_FIELDS, readHeaderBlock } from './original'

async function originalOf(raw: string) {
  return extractOriginal(toParsedMessage(await parseMime(raw)))
}

describe('extractOriginal', () => {
  it('reads a copy quoted in the body after a marker (qmail, Exim style)', async () => {
    const raw = [
      'From: MAILER-DAEMON@mx.example.net', 'Subject: failure notice', '',
      "Hi. This is the qmail-send program at mx.example.net.", "I'm afraid I wasn't able to deliver your message to the following addresses.", '',
      '<gone@example.org>:', 'Sorry, no mailbox here by that name. (#5.1.1)', '',
      '--- Below this line is a copy of the message.', '',
      'Return-Path: <sales@example.com>', 'Message-ID: <q-1@mail.example.com>', 'From: sales@example.com',
      'To: "Gone, Person" <gone@example.org>, other@example.org', 'Subject: =?ISO-8859-1?Q?Caf=E9_meeting?=',
      'Date: Wed, 02 Oct 2024 10:00:00 +0200', '', 'Hello', '',
    ].join('\n')
    expect(await originalOf(raw)).toEqual({
      messageId: '<q-1@mail.example.com>', subject: 'Café meeting', to: ['gone@example.org', 'other@example.org'], date: '2024-10-02T08:00:00.000Z',
    })
  })

  it('is null when the notice carries nothing of the original', async () => {
    expect(await originalOf('From: MAILER-DAEMON@x.example\nSubject: failure notice\n\n<a@b.example>: user unknown\n')).toBeNull()
  })
})

describe('readHeaderBlock with only some names kept', () => {
  const block = 'Received: from a\n  by b\nSubject: Hello\n  world\nX-Junk: 1\nSubject: second\nTo: jane@example.com\n\nBody: not a header\n'
  it('keeps the same values as a full read', () => {
    const full = readHeaderBlock(block)
    const some = readHeaderBlock(block, ORIGINAL_FIELDS)
    expect([...some.keys()]).toEqual(['subject', 'to'])
    for (const [name, value] of some) expect(value).toBe(full.get(name))
  })
  it('still ends at the first blank line after an unkept header', () => expect(readHeaderBlock('X-A: 1\n   \nSubject: body', ORIGINAL_FIELDS).size).toBe(0))
})
