/**
 * The text of an HTML-only notice (new Gmail / Workspace notices, some Exchange NDRs), for the
 * decoders that read `text`. Linear: tags and blocks are found with indexOf, never a regex that
 * could backtrack over attacker HTML; input is cut to MAX_HTML first.
 */
const MAX_HTML = 512 * 1024
const BLOCK_END = /^\/?(?:p|div|br|tr|li|h[1-6]|table|blockquote|pre|hr)\b/i
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" }

function decodeEntities(text: string): string {
  return text.replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/gi, (whole, name: string) => {
    const known = ENTITIES[name.toLowerCase()]
    if (known) return known
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : name[0] === '#' ? Number(name.slice(1)) : NaN
    return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole
  })
}

export function htmlToText(html: string): string {
  const src = html.length > MAX_HTML ? html.slice(0, MAX_HTML) : html
  const lower = src.toLowerCase()
  const out: string[] = []
  let pos = 0
  let pre = 0
  while (pos < src.length) {
    const lt = src.indexOf('<', pos)
    if (lt < 0) {
      out.push(keep(src.slice(pos), pre))
      break
    }
    out.push(keep(src.slice(pos, lt), pre))
    const gt = src.indexOf('>', lt + 1)
    if (gt < 0) break
    const tag = src.slice(lt + 1, Math.min(gt, lt + 40))
    if (/^(?:script|style|head)\b/i.test(tag)) {
      // Skip the whole element: its content is not text.
      const name = /^\w+/.exec(tag)![0].toLowerCase()
      const close = lower.indexOf(`</${name}`, gt)
      pos = close < 0 ? src.length : (src.indexOf('>', close) + 1 || src.length)
      continue
    }
    if (/^pre\b/i.test(tag)) pre++
    else if (/^\/pre\b/i.test(tag)) pre = Math.max(0, pre - 1)
    if (BLOCK_END.test(tag)) out.push('\n')
    else out.push(' ')
    pos = gt + 1
  }
  return decodeEntities(out.join(''))
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .replace(/\u0001/g, ' ')
    .replace(/\u0002/g, '\t')
}

/**
 * Text inside <pre> keeps its white space (HTML: "the pre element represents a block of preformatted
 * text"): a plain-text notice a gateway or archive turned into HTML as <pre>…</pre> keeps its indents,
 * which the MTA readers go by (Exim's detail under its address; transport-gateways.test.ts). Its
 * spaces and tabs are held as U+0001/U+0002 through the collapse of the other white space.
 */
function keep(text: string, pre: number): string {
  return pre > 0 ? text.replace(/\u0001|\u0002/g, '').replace(/ /g, '\u0001').replace(/\t/g, '\u0002') : text
}
