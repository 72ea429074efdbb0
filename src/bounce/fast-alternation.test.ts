import { describe, expect, it } from 'vitest'
import { alternationForTest, forTest } from './fast-alternation'
import { DELAY_BODY, DELAY_CUE, FAILURE_CUE, NOTICE_BODY } from './notice-words'

describe('fast-alternation', () => {
  it('groups alternatives by their first characters', () => {
    expect(alternationForTest(['user unknown', 'unknown user', 'no such user']).source).toBe('u(?:ser unknown|nknown user)|no such user')
    expect(forTest(/(?:abc|abd|(?:x|xy)z|[a-c]q|\bw)/i).source).toBe('a(?:bc|bd)|(?:x|xy)z|[a-c]q|\\bw')
  })

  it('keeps a quantified first character, an escape, a group and an anchor as written', () => {
    expect(alternationForTest(['a?b', 'ac', '\\.d', '^e', '(?:f)g']).source).toBe('a?b|ac|\\.d|^e|(?:f)g')
    expect(alternationForTest(['a', 'ab', 'ac', 'a+', '(?:a)|(?:b)']).source).toBe('a|a(?:b|c)|a+|(?:a)|(?:b)')
  })

  it('returns stateful patterns and those with backreferences or named groups unchanged', () => {
    for (const re of [/a|b/g, /a|b/y, /(a)\1|ab/, /(?<n>a)|ab/]) expect(forTest(re)).toBe(re)
  })

  it.each([
    ['DELAY_BODY', DELAY_BODY],
    ['NOTICE_BODY', NOTICE_BODY],
    ['FAILURE_CUE', FAILURE_CUE],
  ])('%s: the same test() and search() answers', (_, re) => {
    const texts = [
      'This is the mail system at host mx.example.\n\nI\'m sorry to have to inform you that your message could not\nbe delivered. This is a warning only; you do not need to resend.',
      'Delivery has failed to these recipients or groups:\n\njane@example.com\nThe email address you entered couldn\'t be found.',
      'Hello,\nno failure here, just a note about lunch.',
      'Die Nachricht wurde verzögert. Es wird weiterhin versucht.',
      'ZUSTELLUNG FEHLGESCHLAGEN: 550 5.1.1',
      '',
    ]
    const fast = forTest(re)
    for (const t of texts) {
      expect(fast.test(t)).toBe(re.test(t))
      expect(t.search(fast)).toBe(t.search(re))
    }
  })

  it('joins two word lists as their plain alternation does', () => {
    const plain = new RegExp(`${FAILURE_CUE.source}|${DELAY_CUE.source}`, 'i')
    const fast = alternationForTest([FAILURE_CUE.source, DELAY_CUE.source], 'i')
    for (const t of ['has been postponed', 'mailbox full', 'see you tomorrow', 'nog niet bezorgd']) expect(fast.test(t)).toBe(plain.test(t))
  })
})
