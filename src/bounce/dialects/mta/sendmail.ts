/**
 * Sendmail 8 notices (sendmail/savemail.c, errbody()). The report part names the recipients and
 * their status; the human part adds what it leaves out: the reply code quoted in the transcript,
 * the SMTP command and host, and whether the queue lifetime ran out. Also read when the MIME
 * structure is lost (forwarded inline with "> " quoting, or the multipart header gone).
 */
import type { Dialect, DecodedRecipient } from '../../dialect'
import { statusGroups, type StatusFields } from './lib/delivery-status'
import { originalFrom } from './lib/original'
import { addressIn, after, cutAt, leadingReplyCode, lines, noticeText, squeeze, statusIn } from './lib/text'
import { transcriptLastStep, transcriptRecipients, transcriptVerdict } from './lib/transcript'

const FATAL = /----- The following addresses had (?:permanent fatal errors|transient non-fatal errors) -----/
const TRANSCRIPT = '----- Transcript of session follows -----'
const SUCCESS = /----- The following addresses had successful delivery notifications -----/
const RECEIVED_AT = 'The original message was received at'
const PART_END = ['\n--', 'Content-Type: message/rfc822', 'Content-Type: text/rfc822-headers']

/** "<user@example.com>" then "    (reason: 550 5.1.1 ...)" in the permanent-errors section. */
function fatalList(section: string): DecodedRecipient[] {
  const out: DecodedRecipient[] = []
  const all = lines(section)
  for (let i = 0; i < all.length; i++) {
    let line = all[i]
    // A page that re-wraps long lines puts the reason's end on the next lines, at the margin
    // ("(reason: 554 … has been disabled or" / "discontinued)"): the reason runs to its ")".
    if (/^\s+\(reason: /.test(line) && !/\)\s*$/.test(line)) {
      for (let j = i + 1; j < all.length && j <= i + 4 && all[j].trim(); j++) {
        if (!/\)\s*$/.test(all[j])) continue
        line = all.slice(i, j + 1).join(' ')
        i = j
        break
      }
    }
    const reason = /^\s+\(reason: (.*)\)\s*$/.exec(line)
    if (reason && out.length) {
      const r = out[out.length - 1]
      r.diagnostic = squeeze(reason[1])
      // "(reason: 255)" is a local program's exit status, not a reply code.
      r.replyCode = /^[245]\d\d[\s-]/.test(reason[1]) ? leadingReplyCode([reason[1]]) : ''
      r.status = statusIn(reason[1])
      continue
    }
    // savemail.c errbody(): "    (expanded from: <alias>)" under an address an alias produced. The
    // alias is what the user wrote to, the contact; the listed one is the final recipient (RFC 3464 §2.3.1).
    const expanded = /^\s+\(expanded from: (.*)\)\s*$/.exec(line)
    if (expanded && out.length) {
      const r = out[out.length - 1]
      const alias = addressIn(expanded[1])
      if (alias && r.address && alias.toLowerCase() !== r.address.toLowerCase() && !r.finalRecipient) {
        r.finalRecipient = r.address
        r.address = alias
      }
      continue
    }
    // ActiveHunter writes ">>> user@example.org <user@example.org>" (lhost-activehunter-*).
    if (/^\S/.test(line)) out.push({ address: addressIn(line.replace(/^>>> /, '')) })
  }
  return out
}

/** A report status of the form X.0.0 says less than the transcript's own code of the same class. */
function bestStatus(reported: string, ...others: (string | undefined)[]): string {
  const specific = others.find((s) => s && (!reported || (s[0] === reported[0] && /\.0\.0$/.test(reported))))
  return specific || reported
}

export const sendmail: Dialect = {
  name: 'sendmail',
  decode(message) {
    let text = noticeText(message)
    const fatalAt = FATAL.exec(text)
    if (!fatalAt && !(text.includes(TRANSCRIPT) && text.includes(RECEIVED_AT))) return null
    // A notice forwarded inline: drop the "> " quoting so the sections read as sendmail wrote them.
    if (/^>[ \t]*-{5} /m.test(text)) text = text.replace(/^> ?/gm, '')
    // The report part, or the one sitting in the body as text when the MIME header was lost.
    const attached = statusGroups(message.deliveryStatus)
    const reported = (attached.length ? attached : statusGroups(cutAt(after(text, ['Reporting-MTA:']), PART_END))).filter((g) => g.address)
    const groups: StatusFields[] = reported.filter((g) => g.action !== 'delivered' && g.action !== 'relayed' && g.action !== 'expanded')
    // A success report ("had successful delivery notifications", every Action delivered/relayed):
    // not a failure, whatever the transcript quotes.
    if ((reported.length && !groups.length) || (!fatalAt && SUCCESS.test(text))) return null
    const fatalSection = fatalAt ? text.slice(fatalAt.index + fatalAt[0].length).replace(/^\s*\n/, '') : ''
    const fatal = fatalList(cutAt(fatalSection, [TRANSCRIPT, '-----', '\n\n']))
    const section = cutAt(after(text, [TRANSCRIPT]), ['Reporting-MTA:', ...PART_END])
    const talk = transcriptRecipients(section)
    const verdict = transcriptVerdict(section)
    const step = transcriptLastStep(section)
    // sendmail's local delivery agent names the cause before sendmail's own "Service unavailable"
    // (mail.local/mail.local.c: "unknown user: %s"; rfc3464-06).
    const localUnknown = /^mail\.local: unknown user: /m.test(section)

    // "transient non-fatal errors" is the section title of sendmail's delay warning; its banner "THIS IS
    // A WARNING MESSAGE ONLY" (sendmail's savemail.c) says the same where only the transcript is shown
    // (a webmail's rendered text; flufl.bounce simplewarning.py, BounceParser's $Not_An_Error "warning").
    const transient = /transient non-fatal/.test(fatalAt?.[0] ?? '') ||
      (/THIS IS A WARNING MESSAGE ONLY/i.test(text) && !/permanent fatal errors/i.test(text))
    const base: DecodedRecipient[] = groups.length
      ? groups.map((g) => ({ address: g.address, action: g.action === 'delayed' ? 'delayed' : undefined }))
      : fatal.filter((r) => r.address).length ? fatal.filter((r) => r.address) : talk
    const single = base.length === 1
    const recipients = base.map((r, i): DecodedRecipient => {
      const same = (x: { address: string }) => [r.address, r.finalRecipient].some((a) => a && x.address.toLowerCase() === a.toLowerCase())
      const g = groups.find(same)
      const t = talk.find(same) ?? (single && talk.length === 1 ? talk[0] : undefined)
      const f = fatal.find(same) ?? (fatal.length === base.length ? fatal[i] : undefined)
      const v = single ? verdict : null
      const smtpDiagnostic = g && (g.diagnosticType === 'smtp' || !g.diagnosticType) ? g.diagnostic : ''
      const worded = f?.diagnostic && /[A-Za-z]/.test(f.diagnostic) ? f.diagnostic : ''
      const diagnostic = smtpDiagnostic || worded || t?.diagnostic || v?.text || f?.diagnostic || g?.diagnostic || ''
      return {
        address: r.address,
        ...(r.finalRecipient ? { finalRecipient: r.finalRecipient } : {}),
        ...(r.action ? { action: r.action } : transient ? { action: 'delayed' as const } : {}),
        status: bestStatus(g?.status ?? '', t?.status, f?.status, v?.status) || statusIn(diagnostic),
        replyCode: t?.replyCode || f?.replyCode || leadingReplyCode([smtpDiagnostic]) || v?.replyCode || '',
        diagnostic,
        remoteMta: g?.remoteMta || t?.remoteMta || (single ? step?.host : '') || '',
        command: t?.command || (single ? step?.command : '') || '',
        ...(localUnknown && single ? { reason: 'userunknown' as const } : {}),
      }
    })
    if (!recipients.length) return null
    const copy = after(text, ['Content-Type: message/rfc822\n', 'Content-Type: text/rfc822-headers\n', '----- Original message follows -----\n'])
    return { recipients, original: message.original ? undefined : originalFrom(copy) }
  },
}
