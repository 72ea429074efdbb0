/**
 * A small, bounded XML reader for Gmail's Atom feed. Service workers have no DOM parser, and the feed
 * is simple (elements, attributes, text, entities), so this reads just that: no DTDs, no external
 * entities (never expanded: they are how XML parsers get attacked), no regular expressions.
 * Every scan moves forward with indexOf, so time is linear in the input; size and depth are capped.
 */

export interface XmlElement {
  /** Qualified name as written, e.g. "entry" or "atom:entry". */
  name: string
  /** Local part of the name ("entry"). */
  local: string
  /** Namespace URI resolved from xmlns declarations in scope ("" when none). */
  ns: string
  attrs: Record<string, string>
  children: XmlElement[]
  /** Concatenated character data directly inside this element (entities decoded). */
  text: string
}

export interface XmlLimits {
  maxBytes: number
  maxDepth: number
  maxElements: number
}

export const DEFAULT_XML_LIMITS: XmlLimits = { maxBytes: 2_000_000, maxDepth: 32, maxElements: 20_000 }

export class XmlError extends Error {}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

/** Decodes the five predefined entities and numeric references; unknown ones stay as written. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s
  let out = ''
  let i = 0
  while (i < s.length) {
    const amp = s.indexOf('&', i)
    if (amp < 0) break
    out += s.slice(i, amp)
    const semi = s.indexOf(';', amp)
    // Entity names are short: a far-away ';' means this '&' is just a stray ampersand.
    if (semi < 0 || semi - amp > 12) {
      out += '&'
      i = amp + 1
      continue
    }
    const body = s.slice(amp + 1, semi)
    let ch: string | undefined = NAMED[body]
    if (ch === undefined && body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10)
      if (Number.isInteger(code) && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)) ch = String.fromCodePoint(code)
    }
    if (ch === undefined) {
      out += s.slice(amp, semi + 1)
    } else {
      out += ch
    }
    i = semi + 1
  }
  return out + s.slice(i)
}

function isNameEnd(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '/' || c === '>' || c === '='
}

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r'
}

/** Reads attributes between `from` and the tag's end; returns them and where the tag closes. */
function readTag(xml: string, from: number): { name: string; attrs: Record<string, string>; end: number; selfClosing: boolean } {
  let i = from
  while (i < xml.length && !isNameEnd(xml[i])) i++
  const name = xml.slice(from, i)
  if (!name) throw new XmlError(`empty tag name at ${from}`)
  const attrs: Record<string, string> = {}
  for (;;) {
    while (i < xml.length && isSpace(xml[i])) i++
    if (i >= xml.length) throw new XmlError('unterminated tag')
    if (xml[i] === '>') return { name, attrs, end: i + 1, selfClosing: false }
    if (xml[i] === '/' && xml[i + 1] === '>') return { name, attrs, end: i + 2, selfClosing: true }
    const start = i
    while (i < xml.length && !isNameEnd(xml[i])) i++
    const attrName = xml.slice(start, i)
    if (!attrName) throw new XmlError(`bad attribute at ${i}`)
    while (i < xml.length && isSpace(xml[i])) i++
    if (xml[i] !== '=') {
      attrs[attrName] = ''
      continue
    }
    i++
    while (i < xml.length && isSpace(xml[i])) i++
    const quote = xml[i]
    if (quote !== '"' && quote !== "'") throw new XmlError(`unquoted attribute ${attrName}`)
    const close = xml.indexOf(quote, i + 1)
    if (close < 0) throw new XmlError('unterminated attribute value')
    attrs[attrName] = decodeEntities(xml.slice(i + 1, close))
    i = close + 1
  }
}

function resolveNs(name: string, attrs: Record<string, string>, parentScope: Map<string, string>): { local: string; ns: string; scope: Map<string, string> } {
  let scope = parentScope
  for (const key of Object.keys(attrs)) {
    if (key === 'xmlns' || key.startsWith('xmlns:')) {
      if (scope === parentScope) scope = new Map(parentScope)
      scope.set(key === 'xmlns' ? '' : key.slice(6), attrs[key])
    }
  }
  const colon = name.indexOf(':')
  const prefix = colon < 0 ? '' : name.slice(0, colon)
  return { local: colon < 0 ? name : name.slice(colon + 1), ns: scope.get(prefix) ?? '', scope }
}

/** Parses a document and returns its root element; throws XmlError on input it cannot read. */
export function parseXml(xml: string, limits: XmlLimits = DEFAULT_XML_LIMITS): XmlElement {
  if (xml.length > limits.maxBytes) throw new XmlError(`document larger than ${limits.maxBytes} characters`)
  const stack: { el: XmlElement; scope: Map<string, string> }[] = []
  let root: XmlElement | null = null
  let count = 0
  let i = 0
  while (i < xml.length) {
    const lt = xml.indexOf('<', i)
    const textEnd = lt < 0 ? xml.length : lt
    if (textEnd > i && stack.length) stack[stack.length - 1].el.text += decodeEntities(xml.slice(i, textEnd))
    if (lt < 0) break
    if (xml.startsWith('<?', lt)) {
      const end = xml.indexOf('?>', lt + 2)
      if (end < 0) throw new XmlError('unterminated processing instruction')
      i = end + 2
    } else if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4)
      if (end < 0) throw new XmlError('unterminated comment')
      i = end + 3
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9)
      if (end < 0) throw new XmlError('unterminated CDATA')
      if (stack.length) stack[stack.length - 1].el.text += xml.slice(lt + 9, end)
      i = end + 3
    } else if (xml.startsWith('<!', lt)) {
      // DOCTYPE: refused rather than skipped, so no entity declarations can ever apply.
      throw new XmlError('DOCTYPE not allowed')
    } else if (xml[lt + 1] === '/') {
      const end = xml.indexOf('>', lt + 2)
      if (end < 0) throw new XmlError('unterminated end tag')
      const name = xml.slice(lt + 2, end).trim()
      const top = stack.pop()
      if (!top || top.el.name !== name) throw new XmlError(`mismatched end tag </${name}>`)
      i = end + 1
    } else {
      const tag = readTag(xml, lt + 1)
      if (++count > limits.maxElements) throw new XmlError(`more than ${limits.maxElements} elements`)
      const parent = stack[stack.length - 1]
      const { local, ns, scope } = resolveNs(tag.name, tag.attrs, parent?.scope ?? new Map())
      const el: XmlElement = { name: tag.name, local, ns, attrs: tag.attrs, children: [], text: '' }
      if (parent) parent.el.children.push(el)
      else if (root) throw new XmlError('more than one root element')
      else root = el
      if (!tag.selfClosing) {
        if (stack.length >= limits.maxDepth) throw new XmlError(`nesting deeper than ${limits.maxDepth}`)
        stack.push({ el, scope })
      }
      i = tag.end
    }
  }
  if (stack.length) throw new XmlError(`unclosed element <${stack[stack.length - 1].el.name}>`)
  if (!root) throw new XmlError('no root element')
  return root
}

/** First child with this local name (and namespace, when given). */
export function child(el: XmlElement, local: string, ns?: string): XmlElement | undefined {
  return el.children.find((c) => c.local === local && (ns === undefined || c.ns === ns))
}

export function childText(el: XmlElement, local: string, ns?: string): string {
  return child(el, local, ns)?.text.trim() ?? ''
}
