import { describe, expect, it } from 'vitest'
import { isFeedbackReport, looksLikeAutoreply } from './kind'
import { parseMime, toParsedMessage } from './mime/parsed-message'

const message = async (headers: string, body = 'Hello') =>
  toParsedMessage(await parseMime(`${headers}\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n${body}\r\n`))

describe('looksLikeAutoreply', () => {
  it.each([
    'Subject: Out of Office: our call',
    'Subject: Automatic reply: Proposal',
    'Subject: =?UTF-8?Q?R=C3=A9ponse_automatique=C2=A0:_Offre?=',
    'Subject: Absence du bureau',
    'Subject: Risposta automatica: Offerta',
    'Subject: Automatische Antwort: Angebot',
    'Subject: Respuesta automática: Propuesta',
    'Subject: Automatisch antwoord: Voorstel',
    'Subject: Resposta automática: Proposta',
    'Subject: hello\r\nX-Autoreply: yes',
    'Subject: hello\r\nPrecedence: auto_reply',
  ])('yes: %s', async (h) => {
    expect(looksLikeAutoreply(await message(`From: Person <p@client.example>\r\n${h}`))).toBe(true)
  })

  it.each([
    'From: Person <p@client.example>\r\nSubject: Re: our call',
    // A notice about an auto-reply is still a notice; a mailer-daemon never goes on vacation.
    'From: MAILER-DAEMON@mx.example\r\nSubject: Out of office',
    'From: Person <p@client.example>\r\nSubject: Undeliverable: Automatic reply: Proposal',
  ])('no: %s', async (h) => {
    expect(looksLikeAutoreply(await message(h))).toBe(false)
  })
})

describe('isFeedbackReport', () => {
  it('recognises Hotmail\'s pre-ARF complaints and not ordinary mail', async () => {
    expect(isFeedbackReport(await message('From: staff@hotmail.com\r\nSubject: complaint about message from 192.0.2.1'))).toBe(true)
    expect(isFeedbackReport(await message('From: p@client.example\r\nSubject: complaint about message from our vendor'))).toBe(false)
  })
})
