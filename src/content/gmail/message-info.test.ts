// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { isNotice, messageIdOf, readOpenMessage } from './message-info'

function view(attrs: string, sender: string, subject: string, body: string): Element {
  document.body.innerHTML = `<h2 class="hP" data-legacy-thread-id="148be85043165b13">${subject}</h2>
    <div class="adn ads" ${attrs}><div class="gs"><span class="gD" ${sender}>x</span><div class="ii gt"><div class="a3s aiL">${body}</div></div></div></div>`
  return document.querySelector('.adn')!
}

describe('messageIdOf', () => {
  it.each([
    ['data-message-id="#msg-f:1480532333941906195" data-legacy-message-id="148be85043165b13"', '1480532333941906195'],
    ['data-legacy-message-id="148be85043165b13"', '1480532333941906195'],
    ['data-message-id="#msg-a:r-123" data-legacy-message-id="148be85043165b13"', '1480532333941906195'],
    ['data-message-id="#msg-f:12ab"', ''],
    ['data-legacy-message-id="nothex"', ''],
    ['', ''],
  ])('%s → %j', (attrs, id) => expect(messageIdOf(view(attrs, '', '', ''))).toBe(id))
})

describe('readOpenMessage and isNotice', () => {
  it('reads Gmail own notice markup', () => {
    const el = view('data-legacy-message-id="148be85043165b13"', 'email="mailer-daemon@googlemail.com" name="Mail Delivery Subsystem"', 'Delivery Status Notification (Failure)', 'Address not found')
    const m = readOpenMessage(el, document)!
    expect(m).toEqual({ id: '1480532333941906195', fromEmail: 'mailer-daemon@googlemail.com', fromName: 'Mail Delivery Subsystem', subject: 'Delivery Status Notification (Failure)', bodyText: 'Address not found' })
    expect(isNotice(m)).toBe(true)
  })

  it.each([
    ['a person replying', 'email="bob@client.example" name="Bob"', 'Re: proposal', 'Thanks!', false],
    ['an out-of-office reply', 'email="bob@client.example" name="Bob"', 'Automatic reply: proposal', 'I am out of the office', false],
    ['a notice known only by its body', 'email="it-robot@corp.example" name="IT"', 'Your message', "Message not delivered\nYour message couldn't be delivered", true],
    ['an Exchange NDR by subject', 'email="it@corp.example" name="IT"', 'Unzustellbar: Angebot', '', true],
    // issue 9: a person quoting or forwarding a notice, an auto-reply, a receipt: the body's markers do not count
    ['a person forwarding a notice', 'email="bob@client.example" name="Bob"', 'Fwd: Delivery Status Notification (Failure)', 'FYI\nAddress not found\nYour message wasn\'t delivered', false],
    ['a person asking about a bounce', 'email="bob@client.example" name="Bob"', 'Re: Proposal', 'I got this: Delivery has failed to these recipients or groups', false],
    ['an auto-reply about notices', 'email="bob@client.example" name="Bob"', 'Automatic reply: Undelivered parcels', 'Message not delivered? I am out of the office', false],
    ['a relay receipt from postmaster', 'email="postmaster@client.example" name="Microsoft Outlook"', 'Relayed: Proposal', 'Delivery to these recipients or groups is complete', false],
  ])('%s → %s', (_name, sender, subject, body, expected) => {
    const m = readOpenMessage(view('data-legacy-message-id="1"', sender, subject, body), document)!
    expect(isNotice(m)).toBe(expected)
  })

  it('no id, no message', () => {
    expect(readOpenMessage(view('', '', 'x', 'y'), document)).toBeNull()
  })
})
