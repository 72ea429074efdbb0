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
  ])('%s → %s', (_name, sender, subject, body, expected) => {
    const m = readOpenMessage(view('data-legacy-message-id="1"', sender, subject, body), document)!
    expect(isNotice(m)).toBe(expected)
  })

  it('no id, no message', () => {
    expect(readOpenMessage(view('', '', 'x', 'y'), document)).toBeNull()
  })
})
