/** parseBounceText: what a webmail page shows when the raw source is not at hand. */
import { describe, expect, it } from 'vitest'
import { parseBounceText } from './index'

describe('parseBounceText', () => {
  it('reads a rendered Postfix-style notice', () => {
    const text = [
      'This is the mail system at host mail.example.com.',
      "I'm sorry to have to inform you that your message could not be delivered to one or more recipients.",
      '',
      '<ghost@prospect.example>: host mx.prospect.example[192.0.2.10] said: 550 5.1.1',
      '    <ghost@prospect.example>: Recipient address rejected: User unknown in virtual mailbox',
      '    table (in reply to RCPT TO command)',
    ].join('\n')
    const r = parseBounceText(text, { from: 'MAILER-DAEMON@mail.example.com', subject: 'Undelivered Mail Returned to Sender' })
    expect(r.kind).toBe('bounce')
    expect(r.recipients.map((x) => [x.address, x.reason, x.hard, x.verdict])).toEqual([['ghost@prospect.example', 'userunknown', true, 'remove']])
  })

  it('reads a French notice with no codes at all', () => {
    const text = "Votre message n'a pas pu être remis.\n\nmarie@client.example.fr\nDestinataire inconnu\n"
    const r = parseBounceText(text, { from: 'postmaster@client.example.fr', subject: 'Non remis : Proposition' })
    expect(r.recipients.map((x) => [x.address, x.reason])).toEqual([['marie@client.example.fr', 'userunknown']])
  })

  it.each([
    ['Mancato recapito', 'luca@cliente.example.it\nCasella di posta piena', 'mailboxfull'],
    ['Unzustellbar: Angebot', 'jan@kunde.example.de\nEmpfänger unbekannt', 'userunknown'],
    ['Não entregue', 'ana@cliente.example.br\nUsuário desconhecido', 'userunknown'],
    ['Onbestelbaar: Offerte', 'piet@klant.example.nl\nPostvak vol', 'mailboxfull'],
  ])('reads a %s notice in its language', (subject, text, reason) => {
    const r = parseBounceText(text, { from: 'postmaster@mx.example', subject })
    expect(r.recipients.map((x) => x.reason)).toEqual([reason])
  })

  it('finds nothing in an ordinary message, even one that talks about failures', () => {
    const text = 'Hi, my colleague bob@prospect.example said your email failed to arrive: user unknown?'
    expect(parseBounceText(text, { from: 'priya@prospect.example', subject: 'Re: hello' })).toMatchObject({ kind: 'none', recipients: [] })
  })

  it('treats an out-of-office reply as an auto-reply', () => {
    const r = parseBounceText('I am out of the office until Monday.', { from: 'lee@client.example', subject: 'Out of Office: pricing' })
    expect(r).toMatchObject({ kind: 'autoreply', recipients: [] })
  })

  it('reads a notice\'s text with no sender or subject when the text introduces itself', () => {
    const text = 'Delivery has failed to these recipients or groups:\n\nkim@gone.example\nThe email address you entered couldn\'t be found. 550 5.1.1 RESOLVER.ADR.RecipNotFound; not found\n'
    expect(parseBounceText(text, {}).recipients.map((x) => [x.address, x.reason])).toEqual([['kim@gone.example', 'userunknown']])
    expect(parseBounceText('Lunch on Friday? kim@friend.example said it failed last time.', {}).recipients).toEqual([])
  })

  it('never throws on empty text', () => {
    expect(parseBounceText('', {})).toMatchObject({ kind: 'none', recipients: [] })
  })
})
