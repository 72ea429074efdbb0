/**
 * Issue 9, class 6: challenge-response systems and auto-replies are not bounces: no failed
 * recipient, kind never 'bounce'. Texts follow the systems' public descriptions (Boxbe's Guest
 * List, SpamArrest's verification request, hosted filters' "Mailbox verification" / "Sender
 * verification" messages) in several languages, LF/CRLF/CR; real bounces that merely quote such
 * words stay bounces.
 */
import { describe, expect, it } from 'vitest'
import { parseBounce } from './index'
import { inAllEndings, type TestNotice } from './test-notice'

const NOT_BOUNCES: TestNotice[] = [
  {
    // Sent with a daemon's name and a notice's words: the text reader alone would take it for a bounce.
    name: 'challenge from a mail-delivery sender, "mailbox is protected"',
    from: 'Mail Delivery System <mailer-daemon@mx.client.example>',
    subject: 'Delivery Status: pending your confirmation',
    body: "Your message to jane.doe@client.example is held: the recipient's mailbox is protected by a challenge-response system.\nPlease confirm you are human by visiting the link below; the message will then be delivered.\n",
  },
  {
    name: 'SpamArrest notice, "blocked until you verify"',
    from: 'SpamArrest <postmaster@spamarrest.com>',
    subject: 'Message blocked: verification required',
    body: 'Your message to jane.doe@client.example was blocked until you verify that you are a real person.\n',
  },
  {
    name: 'Sender verification with an undeliverable subject',
    from: 'MAILER-DAEMON@filter.client.example',
    subject: 'Undeliverable: sender verification required',
    body: 'Message to jane.doe@client.example blocked pending sender verification.\nPlease verify that you are a real person: reply to this message and it will be delivered.\n',
  },
  {
    name: 'Boxbe guest list request',
    from: 'Jane Doe via Boxbe <notifications@boxbe.com>',
    subject: 'Request to join my Guest List',
    body: 'Hello,\n\nYour message to jane.doe@client.example is waiting for your verification.\nPlease add yourself to my Guest List so your messages will be delivered to my Inbox.\n',
  },
  {
    name: 'SpamArrest verification',
    from: 'Jane Doe <jane.doe@client.example>',
    subject: 'Re: Proposal [Verify]',
    body: 'I am protecting myself from receiving junk mail. Please click the link below to verify that you are a real person and your message to jane.doe@client.example will be delivered.\n\nPowered by SpamArrest\n',
  },
  {
    name: 'hosted filter "Mailbox verification" from a daemon address',
    from: 'Mail Delivery System <mailer-daemon@filter.client.example>',
    subject: 'Mailbox verification required',
    body: 'Please verify you are a human before your message to jane.doe@client.example can be delivered.\nThe message has not been delivered yet; it expires in 7 days.\n',
  },
  {
    name: 'please confirm you are human, from a notice-looking sender',
    from: 'postmaster@client.example',
    subject: 'Undelivered: please confirm',
    body: 'Please confirm you are human by replying to this message. Until then your message to jane.doe@client.example is held and not delivered.\n',
  },
  {
    name: 'Sender verification (French)',
    from: 'Jane Doe <jane.doe@client.example>',
    subject: "Vérification de l'expéditeur",
    body: 'Bonjour, confirmez que vous êtes humain en cliquant sur le lien ci-dessous. Votre message à jane.doe@client.example sera ensuite remis.\n',
  },
  {
    name: 'Sender verification (Italian)',
    from: 'Jane Doe <jane.doe@client.example>',
    subject: 'Verifica del mittente',
    body: 'Per favore conferma di essere umano: il tuo messaggio a jane.doe@client.example non è stato ancora recapitato.\n',
  },
  {
    name: 'auto-reply: left the company',
    from: 'Jane Doe <jane.doe@client.example>',
    subject: 'Automatic reply: Proposal',
    body: 'I have left the company; this mailbox is no longer monitored and mail to jane.doe@client.example is not delivered to anyone. Please write to john.roe@client.example.\n',
    headers: ['Auto-Submitted: auto-replied'],
  },
  {
    name: 'auto-reply: out of office (German)',
    from: 'Jane Doe <jane.doe@client.example>',
    subject: 'Abwesenheitsnotiz: Angebot',
    body: 'Ich bin bis 10.11. nicht im Büro. Ihre Nachricht an jane.doe@client.example wird nicht weitergeleitet.\n',
  },
]

const STILL_BOUNCES: TestNotice[] = [
  {
    // A prospecting email whose own subject says "waiting list" bounced: the notice is a bounce.
    name: 'a bounce of an email about a waiting list',
    from: 'Mail Delivery System <MAILER-DAEMON@mx.acme.example>',
    subject: 'Undelivered Mail Returned to Sender: Join our waiting list',
    body: 'The following address failed:\n\n<jane.doe@client.example>: 550 5.1.1 User unknown\n\n--- Original message ---\nSubject: Join our waiting list\n\nClick the link below to confirm your place.\n',
  },
]

describe('challenge-response and auto-replies are not bounces (issue 9, class 6)', () => {
  it.each(inAllEndings(NOT_BOUNCES))('%s', async (_label, raw) => {
    const r = await parseBounce(raw)
    if (r.kind === 'error') throw new Error(r.error)
    expect(r.kind).not.toBe('bounce')
    expect(r.recipients.filter((x) => x.action === 'failed')).toEqual([])
  })

  it.each(inAllEndings(STILL_BOUNCES))('%s stays a bounce', async (_label, raw) => {
    const r = await parseBounce(raw)
    if (r.kind === 'error') throw new Error(r.error)
    expect(r.kind).toBe('bounce')
    expect(r.recipients.map((x) => x.address)).toEqual(['jane.doe@client.example'])
  })
})
