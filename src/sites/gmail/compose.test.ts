// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { chipIsFormData, cleanAddress, findRecipients, removeButtonOf } from './compose'

/** Current markup (InboxSDK page-parser.ts: .GS .anm[name] [role=listbox] [role=option][data-name]). */
const current = (field: string, chips: [string, string][], inline = false) => `
  <div class="anm" name="${field}">${inline ? '<div class="aUy">' : ''}<div><div><div><div role="listbox">
    ${chips.map(([name, addr]) => `<div><div><div role="option" class="afV" data-name="${name}" data-hovercard-id="${addr}"><span>${name}</span><div class="afX" role="button" aria-label="Remove ${name}"></div></div></div></div>`).join('')}
  </div><input role="combobox" aria-autocomplete="list" peoplekit-id="x"></div></div></div>${inline ? '</div>' : ''}</div>`

/** Older markup (InboxSDK: .GS tr textarea.vO[name], .vR > input[type=hidden]). */
const older = (field: string, chips: [string, string][]) => `
  <tr><td class="eV"><div><div>
    ${chips.map(([name, addr]) => `<div class="vR"><span class="vN" email="${addr}">${name}</span><div class="vM"></div><input type="hidden" name="${field}" value="${name} &lt;${addr}&gt;"></div>`).join('')}
    <textarea class="vO" name="${field}"></textarea></div></div></td></tr>`

const compose = (rows: string, wrapper = 'div role="dialog" class="M9"') => `<${wrapper}><form><table class="GS"><tbody><tr class="bzf"><td class="eV"><div><div>${rows}</div></div></td></tr></tbody></table><div contenteditable="true">body</div></form></div>`

describe('findRecipients', () => {
  it('reads the current markup by data-hovercard-id, field by name', () => {
    document.body.innerHTML = compose(current('to', [['Jane', 'Jane@Acme.com'], ['Bob', 'bob@beta.io']]) + current('cc', [['Cy', 'cy@gamma.org']]) + current('bcc', []))
    const found = findRecipients(document)
    expect(found.map((r) => [r.field, r.address])).toEqual([['to', 'jane@acme.com'], ['to', 'bob@beta.io'], ['cc', 'cy@gamma.org']])
    expect(found.every((r) => r.anchor === document.querySelector('table.GS'))).toBe(true)
    expect(removeButtonOf(found[0].chip)?.getAttribute('aria-label')).toBe('Remove Jane')
    expect(chipIsFormData(found[0].chip)).toBe(false)
  })

  it('reads an inline reply (the field wrapped in div.aUy)', () => {
    document.body.innerHTML = compose(current('to', [['Jane', 'jane@acme.com']], true), 'div class="AO"><div class="M9"')
    expect(findRecipients(document).map((r) => [r.field, r.address])).toEqual([['to', 'jane@acme.com']])
  })

  it('reads the older markup: span[email], else the hidden input "Name <address>"', () => {
    document.body.innerHTML = `<table class="GS"><tbody>${older('to', [['Jane', 'jane@acme.com']])}${older('cc', [['Bob', 'bob@beta.io']])}</tbody></table>`
    document.querySelector('.vR span[email]')!.removeAttribute('email')
    const found = findRecipients(document)
    expect(found.map((r) => [r.field, r.address])).toEqual([['to', 'jane@acme.com'], ['cc', 'bob@beta.io']])
    expect(removeButtonOf(found[0].chip)?.className).toBe('vM')
    expect(chipIsFormData(found[0].chip)).toBe(true)
  })

  it('finds two composes apart (their own recipients table each)', () => {
    document.body.innerHTML = compose(current('to', [['A', 'a@x.com']])) + compose(current('to', [['B', 'b@y.com']]))
    const [a, b] = findRecipients(document)
    expect(a.anchor).not.toBe(b.anchor)
  })

  it.each([
    ['no compose at all', '<div class="adn ads"><span class="gD" email="x@y.com" data-hovercard-id="x@y.com">X</span></div>'],
    ['a chip outside any To/Cc/Bcc field', '<div role="listbox"><div role="option" data-name="A" data-hovercard-id="a@x.com"></div></div>'],
    ['a field named otherwise', '<div class="anm" name="from"><div role="option" data-hovercard-id="a@x.com"></div></div>'],
    ['a chip without an address', compose(current('to', [['Jane', 'Jane Doe']]))],
    ['markup Rebound does not know', '<div role="dialog"><div class="newchip" data-address="a@x.com"></div></div>'],
  ])('finds nothing in %s', (_name, html) => {
    document.body.innerHTML = html
    expect(findRecipients(document)).toEqual([])
  })
})

describe('cleanAddress', () => {
  it.each([
    ['jane@acme.com', 'jane@acme.com'],
    [' Jane@ACME.com ', 'jane@acme.com'],
    ['Jane Doe <jane@acme.com>', 'jane@acme.com'],
    ['"Doe, Jane" <jane.doe+x@mail.acme.co.uk>', 'jane.doe+x@mail.acme.co.uk'],
    ['Jane Doe', ''],
    ['jane@', ''],
    ['@acme.com', ''],
    ['jane@localhost', ''],
    ['a b@acme.com', ''],
    ['<script>@x.com', ''],
    [`${'a'.repeat(65)}@acme.com`, ''],
    [null, ''],
  ])('%j → %j', (raw, expected) => expect(cleanAddress(raw)).toBe(expected))
})
