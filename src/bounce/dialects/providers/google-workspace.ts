/**
 * Gmail / Google Workspace notices since 2016: a heading ("** Address not found **", "Message not
 * delivered", "Message blocked", "Delivery incomplete"), one sentence naming the recipient, then
 * "The response (from the remote server) was:" and the server's words. Older ones carry a
 * message/delivery-status part too (test/fixtures/sisimai/lhost-gsuite-*.eml); the current ones are
 * often HTML only (test/fixtures/bounce/providers/gmail-*.eml), which ParsedMessage.text renders as text.
 */
import type { DecodedRecipient, Dialect, DialectResult } from '../../dialect'
import type { Action, Reason } from '../../types'
import type { ParsedMessage } from '../../mime/parsed-message'
import { originalFromInReplyTo } from './original'
import { recipientsFromFields } from '../../rfc3464'
import { noticeSaysDelay } from '../../notice-says'
import { MAX_RECIPIENTS, bodyText, containsAny, cutAt, findAddress, findReplyCode, findStatus, lines, squeeze } from './text'
import { DNS_NO_MAIL_HOST } from '../../reasons/host-unknown'

const SENDERS = ['mailer-daemon@googlemail.com', 'mailer-daemon@google.com']
// Gmail localises the subject too ("Notifica dello stato di consegna (errore)": src/sites/notices/tables.ts).
const SUBJECTS = [
  'Delivery Status Notification', "Notification d'état de remise", 'Notification d’état de remise',
  'Notifica dello stato di consegna', 'Übermittlungsstatusbenachrichtigung', 'Notificación de estado de entrega',
  'Notificação de status de entrega',
  // Issue 9: the same subject in Gmail's pt-PT, nl, pl, sv, da, nb, fi, cs, ru, tr, ja, zh, ko interfaces.
  'Notificação do estado de entrega', 'Melding over bezorgingsstatus', 'Powiadomienie o stanie dostarczenia', 'Leveransstatusavisering',
  'Leveringsstatusmeddelelse', 'Varsel om leveringsstatus', 'Toimituksen tilailmoitus', 'Oznámení o stavu doručení',
  'Уведомление о статусе доставки', 'Teslim Durumu Bildirimi', '配信ステータス通知', '传送状态通知', '傳送狀態通知', '전송 상태 알림',
]
// Headings of the notices, as Gmail shows them (../shared/GMAIL-FORMATS.md; lhost-gsuite-01/06/07).
// Gmail writes them in the user's interface language: the French, Italian, German and Spanish
// headings and sentences follow Gmail's localised notices (issue 9: read as rendered text, without
// the delivery-status part, they were missed).
const INCOMPLETE = [
  'Delivery incomplete', 'Distribution incomplète', 'Recapito incompleto', 'Zustellung unvollständig', 'Entrega incompleta',
  // Issue 9: Gmail's "Delivery incomplete" in nl, pl, sv, da, nb, fi, cs, ru, tr, ja, zh, ko (pt is "Entrega incompleta").
  'Bezorging onvolledig', 'Dostarczanie nie zostało ukończone', 'Leveransen är ofullständig', 'Levering ikke fuldført',
  'Leveringen er ufullstendig', 'Toimitus keskeneräinen', 'Doručení nebylo dokončeno', 'Доставка не завершена', 'Teslimat tamamlanmadı',
  '配信が完了していません', '传送未完成', '傳送未完成', '전송 미완료',
]
const BLOCKED = [
  'Message blocked', 'Message bloqué', 'Messaggio bloccato', 'Nachricht blockiert', 'Mensaje bloqueado',
  // Issue 9: "Message blocked" in pt, nl, pl, sv, da, nb, fi, cs, ru, tr, ja, zh, ko.
  'Mensagem bloqueada', 'Bericht geblokkeerd', 'Wiadomość zablokowana', 'Meddelandet blockerades', 'Meddelelsen blev blokeret',
  'Meldingen ble blokkert', 'Viesti estettiin', 'Zpráva byla zablokována', 'Сообщение заблокировано', 'İleti engellendi',
  'メッセージがブロックされました', '邮件已被屏蔽', '郵件已遭封鎖', '메일이 차단됨',
]
const HEADINGS = [
  'Address not found', 'Message not delivered', 'Message rejected', 'Recipient inbox full', ...BLOCKED, ...INCOMPLETE,
  'Adresse introuvable', 'Message non distribué', 'Indirizzo non trovato', 'Messaggio non recapitato',
  'Adresse nicht gefunden', 'Nachricht nicht zugestellt', 'No se ha encontrado la dirección', 'Mensaje no entregado',
  // Issue 9: "Address not found" and "Message not delivered" in pt, nl, pl, sv, da, nb, fi, cs, ru, tr, ja, zh, ko.
  'Endereço não encontrado', 'Mensagem não entregue', 'Adres niet gevonden', 'Bericht niet bezorgd', 'Nie znaleziono adresu',
  'Wiadomość nie została dostarczona', 'Adressen hittades inte', 'Meddelandet levererades inte', 'Adressen blev ikke fundet',
  'Meddelelsen blev ikke leveret', 'Fant ikke adressen', 'Meldingen ble ikke levert', 'Osoitetta ei löytynyt', 'Viestiä ei toimitettu',
  'Adresa nebyla nalezena', 'Zpráva nebyla doručena', 'Адрес не найден', 'Сообщение не доставлено', 'Adres bulunamadı', 'İleti teslim edilmedi',
  'アドレスが見つかりません', 'メッセージが配信されませんでした', '找不到地址', '邮件未送达', '郵件未傳送', '주소를 찾을 수 없음', '메일이 전송되지 않음',
]
// Sentences that name the recipient right after these words (lhost-gsuite-01/06/07, Gmail's current wording).
const NAMED_AFTER = [
  "wasn't delivered to ", 'delivering your message to ', 'Your message to ', "couldn't be delivered to ",
  "n'a pas été distribué à ", "n'a pas pu être distribué à ", 'distribution de votre message à ', 'Votre message à ', // fr
  'non è stato recapitato a ', 'recapito del messaggio a ', 'recapitare il messaggio a ', 'Il tuo messaggio a ', // it
  'wurde nicht an ', 'konnte nicht an ', 'Zustellen Ihrer Nachricht an ', 'Ihre Nachricht an ', // de
  'no se ha entregado a ', 'entregar tu mensaje a ', 'tu mensaje a ', // es
]
const RESPONSE = [
  'The response from the remote server was:', 'The response was:',
  'La réponse du serveur distant était :', 'Réponse :', 'La risposta del server remoto è stata:', 'La risposta è stata:',
  'Antwort des Remoteservers:', 'Antwort:', 'La respuesta del servidor remoto fue:', 'La respuesta fue:',
  // Shorter forms of the same labels (test/fixtures/bounce/providers/gmail-fr-outlook-mailbox-unavailable.eml).
  'Réponse du serveur distant :', 'Risposta del server remoto:', 'Antwort des Remote-Servers:', 'Respuesta del servidor remoto:',
  // Issue 9: the labels in pt, nl, pl, sv, da, nb, fi, cs, ru, tr, ja, zh, ko.
  'A resposta do servidor remoto foi:', 'A resposta foi:', 'Het antwoord van de externe server was:', 'Het antwoord was:',
  'Odpowiedź otrzymana z serwera zdalnego:', // pl, as a real Gmail notice writes it (pastebin Q6WDw2pm; issue 9, pasted notices)
  'Odpowiedź serwera zdalnego:', 'Odpowiedź:', 'Svaret från fjärrservern var:', 'Svaret fra fjernserveren var:',
  'Svaret fra den eksterne tjeneren var:', 'Svaret var:', 'Etäpalvelimen vastaus:', 'Vastaus:', 'Odpověď vzdáleného serveru:', 'Odpověď:',
  'Ответ удаленного сервера:', 'Ответ:', 'Uzak sunucunun yanıtı:', 'Yanıt:', 'リモート サーバーからの応答:', '応答:',
  '远程服务器返回的响应：', '响应：', '遠端伺服器的回應：', '回應：', '원격 서버의 응답:', '응답:',
]
const ORIGINAL = ['----- Original message -----', 'Original message headers', '----- Message header follows -----']

/** Google's own explanations, which say more than the class digit of its 4.0.0 / 5.0.0 codes. */
function reasonOf(text: string, diagnostic: string, status: string): Reason | undefined {
  // RFC 7505 null MX: the domain publishes that it takes no mail (lhost-gsuite-03/10).
  if (containsAny(diagnostic, ["doesn't receive email according to the administrator", 'returned Null MX'])) return 'notaccept'
  // Google writes every DNS failure with its generic 4.0.0, in a final notice too: DNS's answer says
  // whether the domain is gone (NXDOMAIN, no mail host) or the lookup failed for now (SERVFAIL, a
  // timeout). Sisimai calls them all networkerror; the answer is the evidence (reasons/dns-answers.test.ts).
  if (diagnostic.startsWith('DNS Error:')) return DNS_NO_MAIL_HOST.test(diagnostic) ? 'hostunknown' : 'networkerror'
  if (containsAny(diagnostic, ['did not accept our requests to connect'])) return 'expired'
  if (containsAny(diagnostic, ['rejected due to spam classification'])) return 'spamdetected'
  // "Send mail as" alias refused by its own SMTP server (lhost-googlegroups-15, p=CustomFromDenied).
  if (containsAny(text, ["'Send mail as'", 'CustomFromDenied'])) return 'rejected'
  if (diagnostic) return undefined
  // No server text at all: only Google's sentence is left to go on (lhost-gsuite-02).
  // A rendered copy may wrap the sentence anywhere (github.com/samouraiworld/zenao/issues/646: "because
  // the domain" / "mail.x couldn't be found"): any run of spaces or a line break between its words.
  if (/because the address\s{1,8}couldn't\s{1,8}be\s{1,8}found/.test(text)) return 'userunknown'
  if (/because the domain\s{1,8}\S{1,255}\s{1,8}couldn't\s{1,8}be\s{1,8}found/.test(text)) return 'hostunknown'
  if (BLOCKED.some((h) => text.includes(h))) return 'blocked'
  return undefined
}

/**
 * The label over the server's words when none of RESPONSE names it: Gmail's layout is the same whatever its
 * wording ("La respuesta ha sido:", "La réponse était :", "Die Antwort lautete:"): a short line ending in a colon,
 * naming no address, within a few lines under the sentence that names the recipient (issue 9, modern notices).
 */
function unlistedLabel(all: string[]): number {
  let from = all.findIndex((l) => NAMED_AFTER.some((p) => l.includes(p)))
  if (from < 0) from = all.findIndex((l) => HEADINGS.some((h) => l.includes(h)))
  if (from < 0) return -1
  for (let i = from + 1; i < Math.min(all.length, from + 8); i++) {
    const l = all[i].trim()
    if (l && l.length <= 80 && /[:：]$/.test(l) && !findAddress(l)) return i
  }
  return -1
}

/** The server's words after "The response was:", up to the next blank line. */
function responseOf(text: string): string {
  const all = lines(text)
  const listed = all.findIndex((l) => RESPONSE.some((r) => l.trim().startsWith(r)))
  const at = listed >= 0 ? listed : unlistedLabel(all)
  if (at < 0) return ''
  const out: string[] = [listed >= 0 ? all[at].trim().slice(RESPONSE.find((r) => all[at].trim().startsWith(r))!.length) : '']
  for (const l of all.slice(at + 1, at + 40)) {
    if (!l.trim() && out.join('').trim()) break
    out.push(l)
  }
  return squeeze(out.join(' '))
}

/**
 * Gmail's notice pasted alone (a page's text with no sender and no subject, issue 9 modern notices): its first
 * line is one of its headings ("** Address not found **", "Mensaje no entregado") and a label stands over the
 * server's reply, as in the message Gmail sends.
 */
function pastedAlone(message: ParsedMessage): boolean {
  if (message.from || message.subject || message.deliveryStatus) return false
  const text = bodyText(message)
  const first = firstLine(text).replace(/^\*\*\s?|\s?\*\*$/g, '')
  if (HEADINGS.includes(first)) return responseOf(cutAt(text, ORIGINAL)) !== ''
  // A heading no list knows over one of Gmail's own labels ("La risposta è stata:") is the same layout.
  return opensWithHeading(text) && lines(text.slice(0, 3000)).some((l) => RESPONSE.some((r) => l.trim().startsWith(r)))
}

/** The text's first line with words in it (within its first 400 characters), trimmed; '' if none. */
function firstLine(text: string): string {
  return lines(text.slice(0, 400)).find((l) => l.trim())?.trim() ?? ''
}

/**
 * The current notice's first line is a short heading ("** Consegna incompleta **"): no address, no label's
 * colon; Gmail's older notice opens with a sentence over the address ("Delivery to the following recipient
 * failed permanently:"), read by its own words elsewhere.
 */
function opensWithHeading(text: string): boolean {
  const first = firstLine(text)
  return first.length > 0 && first.length <= 60 && !/[:：]$/.test(first) && !findAddress(first)
}

/** X-Failed-Recipients lists every failed address; otherwise the one Google's sentence names. */
function namedRecipients(text: string, headers: ParsedMessage): string[] {
  const failed = headers.header('x-failed-recipients').split(',', MAX_RECIPIENTS).map(findAddress).filter(Boolean)
  if (failed.length) return failed
  // A page or a reply may re-wrap the sentence anywhere ("… entregar tu mensaje a" / "x@y. Consulta …"):
  // its words are read with any run of white space as one space.
  const flat = text.replace(/\s+/g, ' ')
  for (const phrase of NAMED_AFTER) {
    const i = flat.indexOf(phrase)
    if (i >= 0) {
      const a = findAddress(flat.slice(i + phrase.length, i + phrase.length + 300))
      if (a) return [a]
    }
  }
  // Gmail's sentence in languages that name the address before or inside the words ("… ${r} にメールを
  // 配信できませんでした", "${r}(으)로 …", "… ${r} adresine teslim edilmedi"): the first line with words
  // under the heading names the recipient (issue 9).
  const a = findAddress(lineUnderHeading(text))
  return a ? [a] : []
}

/**
 * The first paragraph under Gmail's heading: its sentence about the recipient, joined again when a page or a
 * reply re-wrapped it over lines (the address on the second line).
 */
function lineUnderHeading(text: string): string {
  const all = lines(text)
  const at = all.findIndex((l) => HEADINGS.some((h) => l.includes(h)))
  if (at < 0) return ''
  const start = all.slice(at + 1, at + 6).findIndex((l) => l.trim())
  if (start < 0) return ''
  const para: string[] = []
  for (const l of all.slice(at + 1 + start, at + 1 + start + 6)) {
    if (!l.trim()) break
    para.push(l.trim())
  }
  return para.join(' ')
}

/** The line naming the recipient (one of NAMED_AFTER), squeezed. */
function sentenceOf(text: string): string {
  const line = lines(text).find((l) => NAMED_AFTER.some((p) => l.includes(p))) ?? lineUnderHeading(text)
  return line ? squeeze(line).slice(0, 1000) : ''
}

/**
 * Gmail's notice in an interface language none of the lists above knows (issue 9, "in any language"),
 * without its delivery-status part: its layout is the same in every language. A heading, then the
 * sentence naming the recipient (one of the first three lines with words), then a label ending in a
 * colon ("The response was:") over the server's own words, which stay as the server wrote them.
 */
function anyLanguage(message: ParsedMessage): DialectResult | null {
  const all = lines(cutAt(bodyText(message), ORIGINAL)).slice(0, 60).map((l) => l.trim())
  const worded = all.map((l, i) => [l, i] as const).filter(([l]) => l)
  const named = worded.slice(0, 3).find(([l]) => findAddress(l))
  if (!named) return null
  const label = worded.find(([l, i]) => i > named[1] && l.length <= 80 && /[:：]$/.test(l) && !findAddress(l))
  if (!label) return null
  const said: string[] = []
  for (const l of all.slice(label[1] + 1)) {
    if (!l && said.length) break
    if (l) said.push(l)
  }
  const response = squeeze(said.join(' '))
  if (!response) return null
  const delayed = noticeSaysDelay(message)
  const status = findStatus(response) || (delayed ? '4.0.0' : '5.0.0')
  const reason = reasonOf(all.join('\n'), response, status)
  const recipient: DecodedRecipient = {
    address: findAddress(named[0]), action: delayed ? 'delayed' : 'failed', status, replyCode: findReplyCode(response), diagnostic: response,
    ...(reason ? { reason } : {}),
  }
  return { recipients: [recipient], original: message.original ? undefined : originalFromInReplyTo(message) }
}

export const googleWorkspace: Dialect = {
  name: 'google-workspace',
  decode(message: ParsedMessage): DialectResult | null {
    const pasted = pastedAlone(message)
    if (!SENDERS.includes(message.from) && !pasted) return null
    if (!pasted && !SUBJECTS.some((x) => message.subject.includes(x))) return message.deliveryStatus ? null : anyLanguage(message)
    const text = cutAt(bodyText(message), ORIGINAL)
    // Gmail writes the notice in the sender's language; with a delivery-status part the English
    // headings are not needed to know it is one of these notices.
    // A heading none of the lists knows (a wording or a language of Gmail's they lack, "Consegna incompleta"):
    // the notice is still Gmail's by its sender and subject, and read by its layout (issue 9, modern notices).
    if (!message.deliveryStatus && !HEADINGS.some((h) => text.includes(h))) return opensWithHeading(text) ? anyLanguage(message) : null

    const response = responseOf(text)
    const delayed = INCOMPLETE.some((h) => text.includes(h)) || /\(Delay\)/.test(message.subject)
    // With a delivery-status part, its fields name the recipients; Google's text adds the reason.
    const fromFields = recipientsFromFields(message.deliveryStatus)
    const recipients: DecodedRecipient[] = fromFields.length
      ? fromFields
      : namedRecipients(text, message).map((address) => ({
          address,
          action: (delayed ? 'delayed' : 'failed') as Action,
          status: findStatus(response) || (delayed ? '4.0.0' : '5.0.0'),
          replyCode: findReplyCode(response),
          diagnostic: response,
        }))
    // Without the server's words, Google's own sentence is what the notice says ("… because the
    // address couldn't be found", "… car l'adresse est introuvable …"): the words rules read it.
    const sentence = response ? '' : sentenceOf(text)
    for (const r of recipients) {
      if (!r.diagnostic) r.diagnostic = response
      if (!r.status) r.status = delayed ? '4.0.0' : '5.0.0'
      const reason = reasonOf(text, r.diagnostic, r.status)
      if (reason) r.reason = reason
      if (!r.diagnostic && sentence) r.diagnostic = sentence
    }
    return recipients.length ? { recipients, original: message.original ? undefined : originalFromInReplyTo(message) } : null
  },
}
