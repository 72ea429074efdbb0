/**
 * Test-only: the same message in another transport form, as relays, archives and gateways store it
 * (transport-variants.test.ts). A message is handled as a byte string (one char per byte, latin1),
 * so re-encoding never changes its bytes; line endings are made LF for the work and restored after.
 *
 * Sources: RFC 2045 §6.7/§6.8 (quoted-printable, base64; 76-column lines, transport-added trailing
 * white space "MUST be deleted" by a decoder), RFC 2046 §5.1.1 (boundary delimiters, transport
 * padding), RFC 5322 §2.2/§3.2.2 (field names are case-insensitive; folding at any white space),
 * RFC 4155 (mbox "From " envelope line, ">From " quoting), RFC 3462/6522 (multipart/report),
 * RFC 3464 (message/delivery-status), RFC 2046 §5.2.1 (message/rfc822 encapsulation).
 */

export interface Header {
  name: string
  /** The value as written, folding line breaks included (LF). */
  value: string
}

export interface Entity {
  headers: Header[]
  /** Leaf body (LF), or the preamble of a multipart. */
  body: string
  boundary?: string
  parts?: Entity[]
  /** Lines after the closing delimiter (undefined: none, or no closing delimiter). */
  epilogue?: string
  closed?: boolean
  /** The header block ran into the body with no blank line. */
  noBlank?: boolean
  blankLast?: boolean
  /** The multipart has no line before its first boundary. */
  noPreamble?: boolean
}

export type Transform = (raw: string) => string | null

/** Bytes → byte string, and back. */
export const toBinary = (b: Uint8Array): string => Buffer.from(b).toString('latin1')
export const fromBinary = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'latin1'))

function eolOf(raw: string): string {
  const head = raw.slice(0, 65536)
  if (head.includes('\r\n')) return '\r\n'
  return !head.includes('\n') && head.includes('\r') ? '\r' : '\n'
}

function toLf(raw: string, eol: string): string {
  return eol === '\n' ? raw : raw.split(eol).join('\n')
}

function fromLf(s: string, eol: string): string {
  return eol === '\n' ? s : s.split('\n').join(eol)
}

function headerValue(e: Entity, name: string): string {
  return e.headers.find((h) => h.name.toLowerCase() === name)?.value.replace(/\n(?=[ \t])/g, '') ?? ''
}

function setHeader(e: Entity, name: string, value: string): void {
  const h = e.headers.find((x) => x.name.toLowerCase() === name.toLowerCase())
  if (h) h.value = ' ' + value
  else e.headers.push({ name, value: ' ' + value })
}

/** Lower-case media type ("text/plain" when there is none). */
export function typeOf(e: Entity): string {
  return (/^\s*([^;\s]+)/.exec(headerValue(e, 'content-type'))?.[1] ?? 'text/plain').toLowerCase()
}

function boundaryOf(e: Entity): string | undefined {
  const m = /;\s*boundary\s*=\s*(?:"([^"]+)"|([^;\s]+))/i.exec(headerValue(e, 'content-type'))
  return m ? (m[1] ?? m[2]) : undefined
}

/** An entity (LF text): header fields, then a leaf body or parts split on the boundary. */
export function parseEntity(text: string): Entity {
  const lines = text.split('\n')
  const headers: Header[] = []
  let i = 0
  let noBlank = true
  for (; i < lines.length; i++) {
    const line = lines[i]
    if (line === '') { i++; noBlank = false; break }
    if (/^[ \t]/.test(line) && headers.length) { headers[headers.length - 1].value += '\n' + line; continue }
    const colon = line.indexOf(':')
    if (colon <= 0 || /\s/.test(line.slice(0, colon).trimEnd())) {
      // Not a header field: the body starts here (no blank line).
      break
    }
    headers.push({ name: line.slice(0, colon), value: line.slice(colon + 1) })
  }
  const body = lines.slice(i).join('\n')
  // A blank line that ends the text: the entity has a header block and no body line at all.
  const e: Entity = { headers, body, ...(noBlank ? { noBlank } : i === lines.length ? { blankLast: true } : {}) }
  const boundary = typeOf(e).startsWith('multipart/') ? boundaryOf(e) : undefined
  if (!boundary) return e
  const bodyLines = lines.slice(i)
  const delim = '--' + boundary
  const isDelim = (l: string): boolean => l.startsWith(delim) && /^(--)?[ \t]*$/.test(l.slice(delim.length))
  const starts: number[] = []
  let close = -1
  for (let k = 0; k < bodyLines.length; k++) {
    if (!isDelim(bodyLines[k])) continue
    if (bodyLines[k].slice(delim.length).startsWith('--')) { close = k; break }
    starts.push(k)
  }
  if (!starts.length) return e
  const end = close < 0 ? bodyLines.length : close
  const parts: Entity[] = []
  for (let p = 0; p < starts.length; p++) {
    const from = starts[p] + 1
    const to = p + 1 < starts.length ? starts[p + 1] : end
    parts.push(parseEntity(bodyLines.slice(from, to).join('\n')))
  }
  return {
    ...e,
    body: bodyLines.slice(0, starts[0]).join('\n'),
    noPreamble: starts[0] === 0,
    boundary,
    parts,
    closed: close >= 0,
    epilogue: close < 0 || close + 1 === bodyLines.length ? undefined : bodyLines.slice(close + 1).join('\n'),
  }
}

export function serialize(e: Entity): string {
  const head = e.headers.map((h) => `${h.name}:${h.value}`).join('\n')
  if (e.blankLast && !e.parts) return `${head}\n`
  if (!e.parts || !e.boundary) return e.noBlank ? (e.body ? `${head}\n${e.body}` : head) : e.headers.length ? `${head}\n\n${e.body}` : `\n${e.body}`
  const out = e.noPreamble ? [head, ''] : [head, '', e.body]
  if (!e.headers.length) out.shift()
  for (const p of e.parts) out.push(`--${e.boundary}`, serialize(p))
  if (e.closed) out.push(`--${e.boundary}--`)
  if (e.epilogue !== undefined) out.push(e.epilogue)
  return out.join('\n')
}

/** Every entity outside message/rfc822 parts (the returned message is another sender's mail). */
function* entities(e: Entity): Generator<Entity> {
  yield e
  for (const p of e.parts ?? []) yield* entities(p)
}

/** Runs `change` on the message's tree; null when it changed nothing (the transform does not apply). */
function onTree(change: (root: Entity) => boolean): Transform {
  return (raw) => {
    const eol = eolOf(raw)
    const root = parseEntity(toLf(raw, eol))
    return change(root) ? fromLf(serialize(root), eol) : null
  }
}

// ---- Content-Transfer-Encoding ----

function decodeQp(s: string): string {
  return s.replace(/[ \t]+$/gm, '').replace(/=\n/g, '').replace(/=([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
}

/** The body's bytes, its transfer encoding undone. */
function decodedBody(e: Entity): string {
  const cte = headerValue(e, 'content-transfer-encoding').trim().toLowerCase()
  if (cte === 'base64') return Buffer.from(e.body.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64').toString('latin1').replace(/\r\n/g, '\n')
  if (cte === 'quoted-printable') return decodeQp(e.body)
  return e.body
}

export function base64Body(bytes: string): string {
  const b = Buffer.from(bytes.replace(/\n/g, '\r\n'), 'latin1').toString('base64')
  return (b.match(/.{1,76}/g) ?? []).join('\n')
}

/** RFC 2045 §6.7 quoted-printable of LF text: "=" and 8-bit bytes as =XX, white space before a line end encoded, soft breaks at 76. */
export function qpBody(bytes: string): string {
  return bytes.split('\n').map((line) => {
    let enc = ''
    for (let k = 0; k < line.length; k++) {
      const c = line.charCodeAt(k)
      const last = k === line.length - 1
      const literal = (c >= 33 && c <= 126 && c !== 61) || ((c === 32 || c === 9) && !last)
      enc += literal ? line[k] : '=' + c.toString(16).toUpperCase().padStart(2, '0')
    }
    const out: string[] = []
    while (enc.length > 76) {
      let cut = 75
      // Never split an "=XX" escape.
      if (enc[cut - 1] === '=') cut -= 1
      else if (enc[cut - 2] === '=') cut -= 2
      out.push(enc.slice(0, cut) + '=')
      enc = enc.slice(cut)
    }
    out.push(enc)
    return out.join('\n')
  }).join('\n')
}

const RE_ENCODED = (t: string): boolean => t.startsWith('text/') || t === 'message/delivery-status' || t === 'message/global-delivery-status'

function reencode(encoding: 'base64' | 'quoted-printable', encode: (bytes: string) => string): Transform {
  return onTree((root) => {
    let changed = false
    for (const e of entities(root)) {
      if (e.parts || !RE_ENCODED(typeOf(e))) continue
      const bytes = decodedBody(e)
      e.body = encode(bytes) + (bytes.endsWith('\n') ? '\n' : '')
      setHeader(e, 'Content-Transfer-Encoding', encoding)
      changed = true
    }
    return changed
  })
}

/** 1. Every text and delivery-status body as base64 (Exchange, relays that make 7-bit transport). */
export const asBase64 = reencode('base64', base64Body)
/** 2. The same as quoted-printable. */
export const asQuotedPrintable = reencode('quoted-printable', qpBody)

// ---- Header fields ----

function allHeaders(root: Entity, change: (h: Header) => void): boolean {
  let changed = false
  for (const e of entities(root)) for (const h of e.headers) { change(h); changed = true }
  return changed
}

/** 3a/3b. Header field names in lower or upper case (RFC 5322 §1.2.2: case-insensitive). */
export const namesLower = onTree((root) => allHeaders(root, (h) => { h.name = h.name.toLowerCase() }))
export const namesUpper = onTree((root) => allHeaders(root, (h) => { h.name = h.name.toUpperCase() }))

/** 3c. Every folded field unfolded onto one line (RFC 5322 §2.2.3: the CRLF goes, the white space stays). */
export const unfolded = onTree((root) => allHeaders(root, (h) => { h.value = h.value.replace(/\n(?=[ \t])/g, '') }))

/** 3d. Every field longer than 40 columns re-folded at white space outside quotes, at the first chance past column 40. */
export const refolded = onTree((root) => allHeaders(root, (h) => {
  const flat = h.value.replace(/\n(?=[ \t])/g, '')
  let out = ''
  let col = h.name.length + 1
  let quoted = false
  for (let k = 0; k < flat.length; k++) {
    const c = flat[k]
    if (c === '"' && flat[k - 1] !== '\\') quoted = !quoted
    if ((c === ' ' || c === '\t') && !quoted && col > 40 && k > 0 && /\S/.test(flat.slice(k))) { out += '\n'; col = 0 }
    out += c
    col++
  }
  h.value = out
}))

// ---- Archives ----

/** 4. An mbox envelope line in front and mboxrd ">From " quoting of the body (RFC 4155). */
export const inMbox: Transform = (raw) => {
  const eol = eolOf(raw)
  const lf = toLf(raw, eol)
  const split = lf.indexOf('\n\n')
  const quoted = split < 0 ? lf : lf.slice(0, split) + lf.slice(split).replace(/^(>*From )/gm, '>$1')
  return fromLf(`From MAILER-DAEMON Mon Nov  3 10:00:00 2025\n${quoted}`, eol)
}

// ---- Relabelled parts ----

function relabel(from: RegExp, to: string): Transform {
  return onTree((root) => {
    let changed = false
    for (const e of entities(root)) {
      const h = e.headers.find((x) => x.name.toLowerCase() === 'content-type')
      if (!h || !from.test(h.value)) continue
      h.value = h.value.replace(from, to)
      changed = true
    }
    return changed
  })
}

/** 5. multipart/report relabelled multipart/mixed by a gateway or list server (report-type kept as a stray parameter). */
export const reportAsMixed = relabel(/^(\s*)multipart\/report/i, '$1multipart/mixed')

/**
 * 6. message/delivery-status labelled text/plain (RFC 1894-era gateways, old Exchange), in a
 * multipart/report only: there the report type still says a part holds the delivery status; in a
 * multipart/mixed nothing would (the transform does not apply).
 */
const relabelStatus = relabel(/^(\s*)message\/delivery-status/i, '$1text/plain')
export const statusAsText: Transform = (raw) => (/^content-type:\s*multipart\/report/im.test(raw.slice(0, Math.max(0, raw.search(/\r?\n\r?\n|\r\r/)))) ? relabelStatus(raw) : null)

/**
 * 9. US-ASCII text/plain (labelled so, or unlabelled: RFC 2046 §4.1.2's default) relabelled
 * charset=iso-8859-1, a relay's default charset; ASCII reads the same in it. Other 7-bit charsets
 * (ISO-2022-JP's escapes) are no ASCII and keep their label.
 */
export const asLatin1 = onTree((root) => {
  let changed = false
  for (const e of entities(root)) {
    if (e.parts || typeOf(e) !== 'text/plain' || /[^\x00-\x7f]/.test(decodedBody(e))) continue
    const h = e.headers.find((x) => x.name.toLowerCase() === 'content-type')
    const cs = /charset\s*=\s*"?[^";\s]*"?/i
    const label = h ? /charset\s*=\s*"?([^";\s]*)/i.exec(h.value)?.[1].toLowerCase() : undefined
    if (label !== undefined && label !== 'us-ascii') continue
    if (!h) e.headers.push({ name: 'Content-Type', value: ' text/plain; charset=iso-8859-1' })
    else if (cs.test(h.value)) h.value = h.value.replace(cs, 'charset=iso-8859-1')
    else h.value = h.value.replace(/\s*$/, '; charset=iso-8859-1')
    changed = true
  }
  return changed
})

// ---- Gateways ----

/**
 * 7. The whole notice as the message/rfc822 attachment of a gateway's own notice (RFC 2046 §5.2.1),
 * sent by the gateway's MAILER-DAEMON under the notice's subject.
 */
export const wrappedByGateway: Transform = (raw) => wrapped(raw, 'The message attached below was returned to the gateway and is passed on to you.')

/** 7b. The same, the gateway's note in a notice's words (it names no one: the wrapped notice does). */
export const wrappedWithWords: Transform = (raw) => wrapped(raw, 'Your message could not be delivered.\nThe delivery report of the remote mail system is attached below.')

/** The gateway's message to the wrapped notice's addressee, its note, and the notice as message/rfc822. */
function wrapped(raw: string, note: string): string {
  const eol = eolOf(raw)
  const lf = toLf(raw, eol)
  const head = lf.slice(0, Math.max(0, lf.indexOf('\n\n')))
  const field = (name: string): string | undefined => new RegExp(`^${name}:([^\\n]*(?:\\n[ \\t][^\\n]*)*)`, 'im').exec(head)?.[1].replace(/\n[ \t]+/g, ' ').trim()
  const wrapper = [
    'From: Mail Gateway <MAILER-DAEMON@gw.sender.example>',
    `To: ${field('to') || 'sales@sender.example'}`,
    `Subject: ${field('subject') ?? 'Returned mail'}`,
    'Date: Mon, 3 Nov 2025 10:05:00 +0000',
    'Message-ID: <gw-1@gw.sender.example>',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="=_gw_wrap"',
    '',
    '--=_gw_wrap',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    note,
    '',
    '--=_gw_wrap',
    'Content-Type: message/rfc822',
    'Content-Disposition: inline',
    '',
    lf.replace(/\n+$/, ''),
    '--=_gw_wrap--',
    '',
  ].join('\n')
  return fromLf(wrapper, eol)
}

// ---- White space ----

/**
 * 8. Trailing spaces on every non-empty body line (RFC 2045 §6.7 (3): transports add them), and tabs
 * for the leading spaces of indented ones, each two spaces one tab so the relative indentation the
 * readers go by (Exim's detail under its address) stays.
 */
export const paddedBody: Transform = (raw) => {
  const eol = eolOf(raw)
  const lf = toLf(raw, eol)
  const split = lf.indexOf('\n\n')
  if (split < 0) return null
  const body = lf.slice(split + 2).split('\n').map((l) => (l === '' ? l : l.replace(/^ {2,}/, (sp) => '\t'.repeat(sp.length >> 1) + ' '.repeat(sp.length & 1)) + '  ')).join('\n')
  return fromLf(lf.slice(0, split + 2) + body, eol)
}

// ---- HTML ----

const escapeHtml = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const htmlOf = (body: string): string => `<html><body><pre>${escapeHtml(body)}</pre></body></html>`

/** A text/plain leaf in a clean label and a transfer encoding that leaves it readable as it is. */
function plainLeaf(e: Entity): boolean {
  const cte = headerValue(e, 'content-transfer-encoding').trim().toLowerCase()
  const ct = headerValue(e, 'content-type')
  return !e.parts && (ct === '' || /^\s*text\/plain\s*(?:;|$)/i.test(ct)) && ['', '7bit', '8bit'].includes(cte)
}

/**
 * 10. Every plain text part as HTML, its text in <pre> (a gateway's or archive's HTML-only copy, as
 * webmail stores and shows it); not in a message that has HTML already.
 */
export const htmlOnly = onTree((root) => {
  const all = [...entities(root)]
  if (all.some((e) => typeOf(e) === 'text/html')) return false
  let changed = false
  for (const e of all) {
    if (!plainLeaf(e)) continue
    const h = e.headers.find((x) => x.name.toLowerCase() === 'content-type')
    if (h) h.value = h.value.replace(/text\/plain/i, 'text/html')
    else e.headers.push({ name: 'Content-Type', value: ' text/html' })
    e.body = htmlOf(e.body)
    changed = true
  }
  return changed
})

/**
 * 11. Every plain text part of a multipart made multipart/alternative with an HTML twin (Exchange and
 * webmail relays add one; RFC 2046 §5.1.4).
 */
export const withHtmlTwin = onTree((root) => {
  let changed = false
  for (const e of [...entities(root)]) {
    if (!e.parts) continue
    e.parts = e.parts.map((p) => {
      if (!plainLeaf(p)) return p
      changed = true
      const own = (h: Header): boolean => /^content-(?:type|transfer-encoding)$/i.test(h.name)
      const plain: Entity = { headers: p.headers.filter(own), body: p.body }
      if (!plain.headers.some((h) => h.name.toLowerCase() === 'content-type')) plain.headers.push({ name: 'Content-Type', value: ' text/plain' })
      const html: Entity = { headers: [{ name: 'Content-Type', value: ' text/html; charset=utf-8' }], body: htmlOf(p.body) }
      return {
        headers: [...p.headers.filter((h) => !own(h)), { name: 'Content-Type', value: ' multipart/alternative; boundary="=_alt_twin"' }],
        body: '',
        noPreamble: true,
        boundary: '=_alt_twin',
        parts: [plain, html],
        closed: true,
      }
    })
  }
  return changed
})

/** 12. Two relays in turn: re-encoded as base64, then handed on by a gateway (7). */
export const base64ThenWrapped: Transform = (raw) => {
  const encoded = asBase64(raw)
  return encoded === null ? null : wrappedByGateway(encoded)
}

// ---- Stored files ----

/** 13. A blank line before the header (a message kept in a test suite's string: '''\nReturn-Path: …'''). */
export const leadingBlankLine: Transform = (raw) => `${eolOf(raw)}${raw}`

/** 14. A UTF-8 byte-order mark before the header (a message saved by a Windows editor). */
export const byteOrderMark: Transform = (raw) => `\xef\xbb\xbf${raw}`

/** 15. Header lines with CRLF, the body with LF (a file half converted between systems). */
export const mixedEndings: Transform = (raw) => {
  const lf = toLf(raw, eolOf(raw))
  const split = lf.indexOf('\n\n')
  return split < 0 ? null : `${lf.slice(0, split).replace(/\n/g, '\r\n')}\r\n\r\n${lf.slice(split + 2)}`
}

/** 16. No MIME-Version field (some gateways drop it; postal-mime and RFC 2045 readers go by Content-Type). */
export const noMimeVersion = onTree((root) => {
  const n = root.headers.length
  root.headers = root.headers.filter((h) => h.name.toLowerCase() !== 'mime-version')
  return root.headers.length !== n
})

// ---- Encoded words, returned headers ----

/** A top-level field's value changed by `change` (unfolded first); null when it is absent or unchanged. */
function topField(name: string, change: (value: string) => string | null): Transform {
  return onTree((root) => {
    const h = root.headers.find((x) => x.name.toLowerCase() === name)
    const value = h?.value.replace(/\n(?=[ \t])/g, '').trim()
    if (!h || !value || /=\?/.test(value)) return false
    const next = change(value)
    if (next === null) return false
    h.value = ' ' + next
    return true
  })
}

const wordB = (bytes: string): string => `=?UTF-8?B?${Buffer.from(bytes, 'latin1').toString('base64')}?=`
const wordQ = (bytes: string): string =>
  `=?utf-8?Q?${[...Buffer.from(bytes, 'latin1')].map((b) => (b === 32 ? '_' : b > 32 && b < 127 && b !== 61 && b !== 63 && b !== 95 ? String.fromCharCode(b) : '=' + b.toString(16).toUpperCase().padStart(2, '0'))).join('')}?=`

/** 17/18. The Subject as one RFC 2047 encoded word, B and Q (a gateway that encodes every subject it relays). */
export const subjectAsB = topField('subject', wordB)
export const subjectAsQ = topField('subject', wordQ)

/** 19. The sender's display name as an RFC 2047 encoded word ("=?UTF-8?B?…?= <mailer-daemon@…>"). */
export const senderNameAsB = topField('from', (v) => {
  const m = /^"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(v)
  return m && m[1].trim() ? `${wordB(m[1].trim())} <${m[2]}>` : null
})

/**
 * 20. The returned message cut to its header block as text/rfc822-headers (RFC 3461 §4.3 RET=HDRS,
 * RFC 3462); not a wrapped notice (a daemon's or null-path message, or a report), which is no returned copy.
 */
export const returnedHeadersOnly = onTree((root) => {
  let changed = false
  for (const e of entities(root)) {
    if (e.parts || typeOf(e) !== 'message/rfc822') continue
    const end = e.body.indexOf('\n\n')
    const head = end < 0 ? e.body : e.body.slice(0, end + 1)
    if (/^return-path:\s*<\s*>|^from:[^\n]*(?:mailer-daemon|postmaster)|^content-type:\s*multipart\/report/im.test(head)) continue
    const h = e.headers.find((x) => x.name.toLowerCase() === 'content-type')!
    h.value = ' text/rfc822-headers'
    e.body = head
    changed = true
  }
  return changed
})

// ---- A gateway's additions ----

/** A plain text leaf's body changed by `change`: the first one (the notice's own text); null when there is none. */
function firstPlainText(change: (body: string) => string): Transform {
  return onTree((root) => {
    const e = [...entities(root)].find(plainLeaf)
    if (!e) return false
    e.body = change(e.body)
    return true
  })
}

/** 21. An external-sender warning over the text (Microsoft 365 mail flow rules, Proofpoint, Mimecast). */
export const externalBanner = firstPlainText(
  (body) => `CAUTION: This email originated from outside of the organization. Do not click links or open attachments unless you recognize the sender and know the content is safe.\n\n${body}`,
)

/** 22. A disclaimer under Outlook's rule of underscores at the text's end (Exchange transport rules, Exclaimer, CodeTwo). */
export const disclaimerFooter = firstPlainText(
  (body) => `${body.replace(/\n*$/, '')}\n\n________________________________\nThis e-mail and any attachments are confidential and intended solely for the addressee. If you are not the intended recipient, please notify the sender immediately and delete this e-mail.\n`,
)

/** 23. "[EXTERNAL] " before the subject (a gateway's external-sender tag). */
export const subjectTagged = topField('subject', (v) => `[EXTERNAL] ${v}`)

export const TRANSFORMS: ReadonlyArray<readonly [string, Transform]> = [
  ['base64', asBase64],
  ['quoted-printable', asQuotedPrintable],
  ['names lower-case', namesLower],
  ['names upper-case', namesUpper],
  ['unfolded', unfolded],
  ['re-folded at 40', refolded],
  ['mbox', inMbox],
  ['report as mixed', reportAsMixed],
  ['status as text/plain', statusAsText],
  ['wrapped by gateway', wrappedByGateway],
  ['wrapped, with failure words', wrappedWithWords],
  ['padded body', paddedBody],
  ['iso-8859-1 label', asLatin1],
  ['HTML only', htmlOnly],
  ['HTML twin', withHtmlTwin],
  ['base64, then wrapped', base64ThenWrapped],
  ['leading blank line', leadingBlankLine],
  ['byte-order mark', byteOrderMark],
  ['CRLF header, LF body', mixedEndings],
  ['no MIME-Version', noMimeVersion],
  ['subject encoded (B)', subjectAsB],
  ['subject encoded (Q)', subjectAsQ],
  ['sender name encoded', senderNameAsB],
  ['returned headers only', returnedHeadersOnly],
  ['external banner', externalBanner],
  ['disclaimer footer', disclaimerFooter],
  ['subject tagged', subjectTagged],
]
