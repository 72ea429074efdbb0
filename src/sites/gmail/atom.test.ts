import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { hexToDecimal, parseFeed } from './atom'

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')

describe('parseFeed on a Gmail-shaped feed', () => {
  const result = parseFeed(fixture('feed-u0.xml'))
  if (!result.ok) throw new Error(result.error)
  const { feed } = result

  it('reads the mailbox and unread count', () => {
    expect(feed.mailbox).toBe('sales.rep@example.com')
    expect(feed.fullcount).toBe(23)
  })

  it.each([
    [0, '1480532333941906195', 'Delivery Status Notification (Failure)', 'Mail Delivery Subsystem', 'mailer-daemon@googlemail.com', '2026-11-05T23:07:41Z'],
    [1, '1480531923351633921', 'Re: Our call on Thursday & next steps', 'Jean Dupont', 'jean.dupont@client.example', '2026-11-05T22:50:00Z'],
    [2, '1480531923351633922', 'Non remis : Votre deuxième paire de chaussures', 'Microsoft Outlook', 'postmaster@contoso.example', '2026-11-05T22:40:00Z'],
  ])('entry %i', (i, id, subject, authorName, authorEmail, issued) => {
    expect(feed.entries[i]).toMatchObject({ id, subject, authorName, authorEmail, issued })
  })

  it('decodes entities in summaries', () => {
    expect(feed.entries[0].summary).toContain("wasn't delivered to jane@acme.example")
    expect(feed.entries[1].summary).toBe('Sounds good, see you then <3')
  })
})

describe('ids', () => {
  it('the link hex id is the tag decimal id (GMAIL-FORMATS.md)', () => {
    expect(hexToDecimal('148be85043165b13')).toBe('1480532333941906195')
  })
  it.each(['', 'xyz', '1'.repeat(17)])('rejects %j', (s) => expect(hexToDecimal(s)).toBe(''))

  it('falls back to the link when the id element is missing', () => {
    const xml = `<feed xmlns="http://purl.org/atom/ns#"><entry><title>x</title>
      <link href="https://mail.google.com/mail?account_id=a@b&amp;message_id=148be85043165b13&amp;view=conv"/></entry></feed>`
    const r = parseFeed(xml)
    expect(r.ok && r.feed.entries[0].id).toBe('1480532333941906195')
  })
})

describe('other namespaces and shapes', () => {
  it('reads a prefixed Atom 0.3 feed', () => {
    const xml = `<a:feed xmlns:a="http://purl.org/atom/ns#"><a:fullcount>1</a:fullcount><a:entry><a:title>failure notice</a:title>
      <a:id>tag:gmail.google.com,2004:42</a:id><a:author><a:name>MAILER-DAEMON</a:name><a:email>MAILER-DAEMON@yahoo.com</a:email></a:author></a:entry></a:feed>`
    const r = parseFeed(xml)
    expect(r.ok && r.feed.entries).toEqual([{ id: '42', subject: 'failure notice', summary: '', authorName: 'MAILER-DAEMON', authorEmail: 'MAILER-DAEMON@yahoo.com', issued: '' }])
  })

  it('ignores elements of other namespaces', () => {
    const xml = `<feed xmlns="http://purl.org/atom/ns#" xmlns:x="urn:x"><x:entry><title>no</title></x:entry><entry><title>yes</title><id>tag:gmail.google.com,2004:7</id></entry></feed>`
    const r = parseFeed(xml)
    expect(r.ok && r.feed.entries.map((e) => e.subject)).toEqual(['yes'])
  })

  it('reads an empty inbox', () => {
    const r = parseFeed('<?xml version="1.0" encoding="UTF-8"?><feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Gmail - Inbox for a@b.c</title><fullcount>0</fullcount></feed>')
    expect(r).toEqual({ ok: true, feed: { mailbox: 'a@b.c', fullcount: 0, entries: [] } })
  })
})

describe('what is not a feed', () => {
  it.each([
    ['a sign-in page', '<!DOCTYPE html><html><head><title>Gmail</title></head><body><form action="https://accounts.google.com/signin">Sign in</form></body></html>', /DOCTYPE/],
    ['XHTML without doctype', '<html xmlns="http://www.w3.org/1999/xhtml"><body>Sign in</body></html>', /not an Atom feed/],
    ['a feed in no namespace', '<feed><entry/></feed>', /not an Atom feed/],
    ['an empty body', '', /no root/],
    ['truncated XML', '<feed xmlns="http://purl.org/atom/ns#"><entry><title>Deliv', /unclosed|unterminated/],
    ['mismatched tags', '<feed xmlns="http://purl.org/atom/ns#"><entry></feed>', /mismatched/],
    ['an entity declaration', '<?xml version="1.0"?><!DOCTYPE feed [<!ENTITY x "xxxxxxxx">]><feed>&x;</feed>', /DOCTYPE/],
    ['binary garbage', '\u0000\u0001<\u0002>\u0003', /./],
  ])('%s', (_name, body, error) => {
    const r = parseFeed(body)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error).toMatch(error)
  })

  it('refuses deep nesting and huge documents quickly', () => {
    const deep = '<feed xmlns="http://purl.org/atom/ns#">' + '<a>'.repeat(10_000) + '</a>'.repeat(10_000) + '</feed>'
    const t0 = performance.now()
    expect(parseFeed(deep)).toMatchObject({ ok: false, error: expect.stringMatching(/deeper/) })
    expect(parseFeed('<feed>' + ' '.repeat(3_000_000) + '</feed>')).toMatchObject({ ok: false, error: expect.stringMatching(/larger/) })
    expect(performance.now() - t0).toBeLessThan(500)
  })

  it('caps the number of entries it returns', () => {
    const entry = '<entry><title>t</title><id>tag:gmail.google.com,2004:1</id></entry>'
    const r = parseFeed(`<feed xmlns="http://purl.org/atom/ns#">${entry.repeat(1000)}</feed>`)
    expect(r.ok && r.feed.entries.length).toBe(200)
  })

  it('keeps a stray ampersand and unknown entities as written', () => {
    const r = parseFeed('<feed xmlns="http://purl.org/atom/ns#"><entry><title>A & B &nbsp; &#x41;&#66;</title></entry></feed>')
    expect(r.ok && r.feed.entries[0].subject).toBe('A & B &nbsp; AB')
  })
})

describe('fixture consistency', () => {
  it("every entry's link hex id equals its tag decimal id, as in Gmail's real feed", () => {
    const xml = fixture('feed-u0.xml')
    const hexes = [...xml.matchAll(/message_id=([0-9a-f]+)/g)].map((m) => hexToDecimal(m[1]))
    const r = parseFeed(xml)
    expect(r.ok && r.feed.entries.map((e) => e.id)).toEqual(hexes)
  })
})
