// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { addressIn, findRecipients, removeControlOf } from './compose'

/**
 * A pill as the evidence shows it (compose.ts's header): roosterjs entity classes, contenteditable=false,
 * the address in aria-label, the display name in a textContainer span, a remove control inside.
 */
const pill = (label: string, name: string, remove = `<button type="button" aria-label="Remove ${name}"><i data-icon-name="Cancel" aria-hidden="true"></i></button>`) =>
  `\u200b<span class="_Entity _EType_RECIPIENT_ENTITY _EReadonly_1 Lbs4W" contenteditable="false" draggable="true" aria-label="${label}">` +
  `<span aria-hidden="true">presence</span><span class="textContainer-390 individualText-391">${name}</span>${remove}</span>\u200b`

/** One field: a role=group whose id ends in _TO/_CC/_BCC, holding the "To" button and the editor. */
const field = (draft: string, suffix: 'TO' | 'CC' | 'BCC', label: string, content: string) =>
  `<div role="group" id="MSG_${draft}_${suffix}"><button type="button">${label}</button>` +
  `<div contenteditable="true" aria-label="${label}" role="textbox" aria-controls="FloatingSuggestionsList">${content}</div></div>`

const compose = (draft: string, to: string, cc = '', bcc = '') => `<div class="compose" data-draft="${draft}">
  ${field(draft, 'TO', 'To', to)}${cc ? field(draft, 'CC', 'Cc', cc) : ''}${bcc ? field(draft, 'BCC', 'Bcc', bcc) : ''}
  <input aria-label="Subject" id="MSG_${draft}_SUBJECT">
  <div aria-label="Message body" contenteditable="true" role="textbox">Hello jane@acme.com</div></div>`

const read = () => findRecipients(document).map((r) => [r.field, r.address, r.chip.tagName, r.anchor.id])

describe('findRecipients (Outlook on the web)', () => {
  it('reads pills by aria-label, field by the group id suffix, anchor the compose\'s To group', () => {
    document.body.innerHTML = compose('a1', pill('jane@acme.com', 'Jane Roe') + pill('Bob Poe <BOB@beta.io>', 'Bob Poe'), pill('carol@gamma.org', 'Carol'), pill('dave@delta.net', 'dave@delta.net'))
    expect(read()).toEqual([
      ['to', 'jane@acme.com', 'SPAN', 'MSG_a1_TO'],
      ['to', 'bob@beta.io', 'SPAN', 'MSG_a1_TO'],
      ['cc', 'carol@gamma.org', 'SPAN', 'MSG_a1_TO'],
      ['bcc', 'dave@delta.net', 'SPAN', 'MSG_a1_TO'],
    ])
  })

  it('falls back to a title, then to the pill\'s own text, when aria-label has no address', () => {
    document.body.innerHTML = compose('a1',
      '<span class="_EType_RECIPIENT_ENTITY" contenteditable="false" aria-label="offlineJane Roe"><span title="jane@acme.com">Jane Roe</span></span>' +
      '<span class="_EType_RECIPIENT_ENTITY" contenteditable="false" aria-label="Bob"><span class="textContainer-1">bob@beta.io</span></span>' +
      '<span data-lpc-hover-target-id="x1" title="Carol <carol@gamma.org>">Carol</span>')
    expect(read().map((r) => r[1])).toEqual(['jane@acme.com', 'bob@beta.io', 'carol@gamma.org'])
  })

  it('reads text typed and not yet resolved, outside the pills; the field is its chip', () => {
    document.body.innerHTML = compose('a1', `${pill('jane@acme.com', 'Jane Roe')} bob@beta.io; Carol &lt;carol@gamma.org&gt;, half@typ`)
    expect(read()).toEqual([
      ['to', 'jane@acme.com', 'SPAN', 'MSG_a1_TO'],
      ['to', 'bob@beta.io', 'DIV', 'MSG_a1_TO'],
      ['to', 'carol@gamma.org', 'DIV', 'MSG_a1_TO'],
    ])
  })

  it('keeps two composes apart (inline reply beside a popped-in new message)', () => {
    document.body.innerHTML = compose('a1', pill('jane@acme.com', 'Jane')) + compose('b2', '', pill('bob@beta.io', 'Bob'))
    expect(read()).toEqual([
      ['to', 'jane@acme.com', 'SPAN', 'MSG_a1_TO'],
      ['cc', 'bob@beta.io', 'SPAN', 'MSG_b2_TO'],
    ])
  })

  it('without group ids, finds editors by their English label and pairs them by container', () => {
    document.body.innerHTML = `<div class="c1"><div class="row"><div contenteditable="true" aria-label="To">${pill('jane@acme.com', 'Jane')}</div></div>
      <div class="row"><div contenteditable="true" aria-label="Cc">${pill('bob@beta.io', 'Bob')}</div></div></div>`
    const found = findRecipients(document)
    expect(found.map((r) => [r.field, r.address])).toEqual([['to', 'jane@acme.com'], ['cc', 'bob@beta.io']])
    expect(new Set(found.map((r) => r.anchor)).size).toBe(1)
    expect(found[0].anchor.getAttribute('aria-label')).toBe('To')
  })

  it('ignores the reading pane\'s To line, the body, and markup it does not know', () => {
    document.body.innerHTML = `<div aria-label="To: Jane Roe" aria-readonly="true"><span class="lpc-hoverTarget" data-lpc-hover-target-id="r1" title="jane@acme.com">Jane Roe</span></div>
      <div aria-label="Message body" contenteditable="true">x@y.com</div><div class="rcpt-2030"><span data-who="a@b.com">a@b.com</span></div>
      <div role="group" id="MSG_z_TO"></div><div role="group" id="MSG_y_CC"><div contenteditable="true"><span class="_EType_RECIPIENT_ENTITY" aria-label="Nobody"></span></div></div>`
    expect(findRecipients(document)).toEqual([])
  })
})

describe('removeControlOf', () => {
  it('finds the pill\'s own labelled remove button, or a button with Fluent\'s Cancel icon', () => {
    document.body.innerHTML = compose('a1', pill('jane@acme.com', 'Jane') +
      pill('bob@beta.io', 'Bob', '<span role="button" tabindex="-1"><i data-icon-name="Cancel"></i></span>') +
      pill('carol@gamma.org', 'Carol', '<span aria-hidden="true">×</span>') + ' dave@delta.net')
    const chips = findRecipients(document)
    const said = (el: HTMLElement | null) => (el ? `${el.tagName} ${el.getAttribute('aria-label') ?? el.getAttribute('role')}` : null)
    expect(chips.map((c) => said(removeControlOf(c.chip)))).toEqual([
      'BUTTON Remove Jane',
      'SPAN button',
      null, // a glyph that is no button: Keep only
      null, // typed text: the field itself is never edited
    ])
  })
})

describe('addressIn', () => {
  it.each([
    ['jane@acme.com', 'jane@acme.com'],
    ['Jane Roe <Jane@Acme.com>', 'jane@acme.com'],
    ['\u200bjane@acme.com\u200b', 'jane@acme.com'],
    ['Jane Roe jane@acme.com', 'jane@acme.com'],
    ['jane@acme.com; bob@beta.io', ''],
    ['Jane Roe', ''],
    ['', ''],
  ])('%j → %j', (text, address) => {
    expect(addressIn(text)).toBe(address)
  })
})
