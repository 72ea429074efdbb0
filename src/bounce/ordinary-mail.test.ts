/**
 * Issue 9, false-positive hunt: ordinary mail that talks about a notice, quotes one or looks like
 * one is never read as a bounce. The families come from running the engine on ~7,000 ordinary
 * messages of public test sets (SpamAssassin's public corpus, MimeKit, mailparser, postal-mime,
 * mail-parser, Roundcube, talon, mail-mime-parser, mime4j, rspamd: none misread) and on messages
 * written for it; each row here is written for this test after a family's public format (mail
 * clients' forward headers, Mailman's digests and RFC 2369 / 2919 list headers, helpdesks' tagged
 * subjects). Every row is read as LF, CRLF and CR; each asserts the kind and that no recipient
 * failed or was delayed.
 */
import { describe, expect, it } from 'vitest'
import type { ReportKind } from './index'
import { parseBounce } from './index'
import type { TestNotice } from './test-notice'
import { inAllEndings } from './test-notice'

interface Row extends TestNotice {
  kind: ReportKind
}

// A bounce as a person receives it and then pastes, forwards or quotes it.
const GMAIL_NOTICE = "Address not found\n\nYour message wasn't delivered to anna@partner.example because the address couldn't be found, or is unable to receive mail.\n\nThe response from the remote server was:\n550 5.1.1 The email account that you tried to reach does not exist.\n"
const EXIM_NOTICE = 'This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its recipients. This is a permanent error. The following address(es) failed:\n\n  tom@somewhere.example\n    SMTP error from remote mail server after RCPT TO:<tom@somewhere.example>:\n    550 5.1.1 User unknown\n'
const POSTFIX_NOTICE = "This is the mail system at host mx.client.example.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<jan@partner.example>: host mx.partner.example[192.0.2.7] said: 550 5.1.1\n    <jan@partner.example>: Recipient address rejected: User unknown\n"

// 1. List traffic (RFC 2919 List-Id, RFC 2369 List-Post / List-Unsubscribe; GNU Mailman's digest
// subject "<list> Digest, Vol <n>, Issue <m>"): a member's post or a digest quoting a notice the
// member got. Before the fix the Exim and Postfix dialects read the quoted notice.
const LISTS: Row[] = [
  { name: 'Mailman digest quoting an Exim notice', from: 'users-request@lists.example.org', subject: 'users Digest, Vol 12, Issue 3', headers: ['List-Id: <users.lists.example.org>', 'Precedence: list'], body: `Today's Topics:\n\n   1. Mail delivery failed (Tom)\n\n----------------------------------------------------------------------\n\nMessage: 1\nFrom: Tom <tom@member.example>\nSubject: Mail delivery failed: returning message to sender\n\nI keep getting this:\n\n${EXIM_NOTICE}`, kind: 'none' },
  { name: 'digest without list headers (subject only)', from: 'users-request@lists.example.org', subject: 'Re: users Digest, Vol 7, Issue 41', body: `Message: 2\nFrom: Ana <ana@member.example>\n\n${POSTFIX_NOTICE}`, kind: 'none' },
  { name: 'list post quoting a Postfix notice (en)', from: 'Tom <tom@member.example>', subject: 'Undelivered Mail Returned to Sender', headers: ['List-Id: Postfix users <postfix-users.postfix.example>', 'List-Post: <mailto:postfix-users@postfix.example>'], body: `Why does my server send this?\n\n${POSTFIX_NOTICE}`, kind: 'none' },
  { name: 'list post quoting a Postfix notice (de)', from: 'Jörg <joerg@member.example>', subject: 'Unzustellbar: Frage zu Postfix', headers: ['List-Id: <postfix-de.lists.example>'], body: `Hallo Liste,\nich bekomme folgende Meldung, woran liegt das?\n\n${POSTFIX_NOTICE}`, kind: 'none' },
  { name: 'Sympa list post (fr) about a failure', from: 'Jeanne <jeanne@member.example>', subject: 'Échec de la remise : que faire ?', headers: ['List-Id: <utilisateurs.listes.example>', 'List-Unsubscribe: <mailto:sympa@listes.example?subject=unsubscribe%20utilisateurs>'], body: "Bonjour à tous,\nmon message à paul@partenaire.example n'a pas pu être remis : 550 5.1.1 utilisateur inconnu.\nUne idée ?\n", kind: 'none' },
  { name: 'newsletter with a sample notice', from: 'ESP Blog <blog@esp.example>', subject: 'Delivery failed? Here is what it means', headers: ['List-Unsubscribe: <https://esp.example/u/123>', 'Precedence: bulk'], body: 'A typical message reads:\n\nYour message to john@example.com could not be delivered.\n550 5.1.1 User unknown\n\nRead more on our blog.\n', kind: 'none' },
]

// 2. A person forwards a notice they got, under their own note, with the forward header their
// client writes (Gmail "---------- Forwarded message ---------" and its translations, Outlook
// "-----Original Message-----" / "-----Ursprüngliche Nachricht-----" / "-----Message d'origine-----"
// / "-----Mensaje original-----", Outlook's "____" rule, Apple Mail "Begin forwarded message:",
// Thunderbird "-------- Forwarded Message --------"). The notice is about the person's mail.
const forwarded = (header: string, notice: string) => `${header}\nFrom: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nDate: Mon, 3 Nov 2025 09:00:00 +0000\nSubject: Delivery Status Notification (Failure)\nTo: bob@client.example\n\n${notice}`
const FORWARDS: Row[] = [
  { name: 'Gmail forward, own subject (en)', from: 'Bob Client <bob@client.example>', subject: 'can you look at this?', body: `See below, what does it mean?\n\n${forwarded('---------- Forwarded message ---------', GMAIL_NOTICE)}`, kind: 'none' },
  { name: 'Gmail forward (es)', from: 'Beto <beto@cliente.example>', subject: 'mira esto', body: `¿Qué significa esto?\n\n${forwarded('---------- Mensaje reenviado ---------', GMAIL_NOTICE)}`, kind: 'none' },
  { name: 'Gmail forward (it)', from: 'Bruno <bruno@cliente.example>', subject: 'guarda qui', body: `Cosa vuol dire?\n\n${forwarded('---------- Messaggio inoltrato ---------', EXIM_NOTICE)}`, kind: 'none' },
  { name: 'Gmail forward (pt)', from: 'Bia <bia@cliente.example>', subject: 'veja isto', body: `O que significa?\n\n${forwarded('---------- Mensagem encaminhada ---------', POSTFIX_NOTICE)}`, kind: 'none' },
  { name: 'Outlook forward (de)', from: 'Bernd <bernd@kunde.example>', subject: 'bitte prüfen', body: `Bitte prüfen, danke.\n\n${forwarded('-----Ursprüngliche Nachricht-----', POSTFIX_NOTICE)}`, kind: 'none' },
  { name: 'Outlook forward (fr)', from: 'Benoît <benoit@client.example>', subject: 'à vérifier', body: `Pouvez-vous regarder ?\n\n${forwarded("-----Message d'origine-----", EXIM_NOTICE)}`, kind: 'none' },
  { name: 'Outlook forward (en), underscore rule', from: 'Bob Client <bob@client.example>', subject: 'FYI', body: `FYI - this came back.\n\n________________________________\n${forwarded('', GMAIL_NOTICE).trimStart()}`, kind: 'none' },
  { name: 'Outlook forward (nl)', from: 'Bram <bram@klant.example>', subject: 'zie onder', body: `Zie onder.\n\n${forwarded('-----Oorspronkelijk bericht-----', POSTFIX_NOTICE)}`, kind: 'none' },
  { name: 'Apple Mail forward', from: 'Bob Client <bob@client.example>', subject: 'this bounced', body: `Sent from my iPhone\n\nBegin forwarded message:\n\n> From: Mail Delivery System <MAILER-DAEMON@mx.client.example>\n> Subject: Undelivered Mail Returned to Sender\n>\n> ${POSTFIX_NOTICE.split('\n').join('\n> ')}`, kind: 'none' },
  { name: 'Thunderbird forward', from: 'Bob Client <bob@client.example>', subject: 'weird error', body: `Any idea?\n\n-------- Forwarded Message --------\nSubject: \tMail delivery failed: returning message to sender\nDate: \tMon, 3 Nov 2025 09:00:00 +0000\nFrom: \tMail Delivery System <Mailer-Daemon@mx.client.example>\nTo: \tbob@client.example\n\n${EXIM_NOTICE}`, kind: 'none' },
]

// 3. A person's letter about a bounce under a notice-word subject: a greeting line opens it and a
// closing line ends it, which no daemon's notice does (a mail system's own letter is signed by it:
// Zammad's email_oversized templates, app-notices.test.ts, stay notices).
const LETTERS: Row[] = [
  { name: 'letter (en)', from: 'Bob Client <bob@client.example>', subject: 'Undeliverable emails since Monday', body: 'Hello support,\n\nSince Monday all mails I send to jim@partner.example are returned undeliverable. Delivery failed permanently.\n\nPlease advise.\nBob\n', kind: 'none' },
  { name: 'letter (de)', from: 'Bernd <bernd@kunde.example>', subject: 'Unzustellbar: E-Mails an Partner', body: 'Hallo Support,\n\nmeine E-Mails an jan@partner.example konnten nicht zugestellt werden (550 5.1.1 User unknown).\nKönnen Sie das prüfen?\n\nViele Grüße\nBernd\n', kind: 'none' },
  { name: 'letter (fr)', from: 'Benoît <benoit@client.example>', subject: 'Message non distribué', body: "Bonjour,\n\nmon message à paul@partenaire.example n'a pas pu être remis, adresse introuvable.\nPouvez-vous vérifier ?\n\nCordialement,\nBenoît\n", kind: 'none' },
  { name: 'letter (es)', from: 'Beto <beto@cliente.example>', subject: 'Error en la entrega', body: 'Hola,\n\nel correo a luis@socio.example no se pudo entregar: destinatario desconocido.\n\nSaludos,\nBeto\n', kind: 'none' },
  { name: 'letter (it)', from: 'Bruno <bruno@cliente.example>', subject: 'Messaggio non recapitato', body: 'Buongiorno,\n\nil messaggio a marco@partner.example non è stato recapitato: utente sconosciuto.\n\nCordiali saluti\nBruno\n', kind: 'none' },
  { name: 'letter (pt)', from: 'Bia <bia@cliente.example>', subject: 'Falha na entrega', body: 'Olá,\n\na mensagem para rui@parceiro.example não foi entregue: endereço não encontrado.\n\nObrigada\nBia\n', kind: 'none' },
  { name: 'letter (nl)', from: 'Bram <bram@klant.example>', subject: 'Onbestelbaar bericht', body: 'Hoi,\n\nmijn bericht aan piet@partner.example kon niet worden bezorgd, adres niet gevonden.\n\nGroeten,\nBram\n', kind: 'none' },
]

// 3b. A person's short question about a bounce, without greeting or closing: a line of their own
// text that ends with a question mark, which no daemon's notice writes above its report.
const QUESTIONS: Row[] = [
  { name: 'question (en)', from: 'Bob Client <bob@client.example>', subject: 'Undeliverable', body: 'Mail to jim@partner.example bounced again today, 550 user unknown. Any idea why?\n', kind: 'none' },
  { name: 'question (de)', from: 'Bernd <bernd@kunde.example>', subject: 'Nicht zustellbar', body: 'Die Mail an jan@partner.example kam zurück: Empfänger unbekannt.\nIst die Adresse noch richtig?\n', kind: 'none' },
  { name: 'question (fr)', from: 'Benoît <benoit@client.example>', subject: 'Message non remis', body: "Mon mail à paul@partenaire.example a été rejeté (utilisateur inconnu).\nTu as sa nouvelle adresse ?\n", kind: 'none' },
  { name: 'question (es)', from: 'Beto <beto@cliente.example>', subject: 'No entregado', body: '¿Sabes por qué el correo a luis@socio.example no se pudo entregar?\nDice destinatario desconocido.\n', kind: 'none' },
  { name: 'question (it)', from: 'Bruno <bruno@cliente.example>', subject: 'Mancato recapito', body: 'Il messaggio a marco@partner.example non è stato recapitato, utente sconosciuto. Hai un altro indirizzo?\n', kind: 'none' },
]

// 4. A helpdesk's or a list's tag before a reply or forward prefix ("[Ticket#123] Re:", OTRS /
// Zammad / osTicket subjects; "[users] Fwd:", Mailman's subject_prefix): still a person's reply.
const TAGGED: Row[] = [
  { name: 'helpdesk reply "[Ticket#123] Re:"', from: 'Help Desk <support@vendor.example>', subject: '[Ticket#123] Re: Message not delivered', body: 'Dear customer,\n\nwe checked: the message to anna@partner.example was rejected by the recipient server with "550 mailbox unavailable". Please verify the address.\n\nSupport\n', kind: 'none' },
  { name: 'helpdesk reply "[#4521] AW:" (de)', from: 'Kundendienst <service@anbieter.example>', subject: '[#4521] AW: Unzustellbar: Rechnung', body: 'Guten Tag,\ndie Nachricht an jan@partner.example wurde nicht zugestellt, Empfänger unbekannt. Bitte Adresse prüfen.\n', kind: 'none' },
  { name: 'list prefix "[users] Fwd:"', from: 'Tom <tom@member.example>', subject: '[users] Fwd: Undelivered Mail Returned to Sender', body: `Anyone seen this?\n\n${POSTFIX_NOTICE}`, kind: 'none' },
]

// 5. A helpdesk's alert to its agent whose text is the customer's message, here a notice the
// customer got (OTRS / Znuny and Zammad "[Ticket#…]" subjects, Freshdesk / Zendesk "[#…]", osTicket
// "New Ticket Alert"), and a quote header "… wrote:" over a pasted notice in the clients' languages.
const HELPDESKS: Row[] = [
  { name: 'new-ticket alert quoting a Postfix notice (en)', from: 'Helpdesk <noreply@helpdesk.example>', subject: 'New Ticket [#8841]: Undelivered Mail Returned to Sender', body: `A new ticket was created by bob@client.example.\n\n${POSTFIX_NOTICE}\nView ticket: https://helpdesk.example/t/8841\n`, kind: 'none' },
  { name: 'Znuny ticket tag over a pasted notice', from: 'Znuny <otrs@helpdesk.example>', subject: '[Ticket#2025110310000011] Undelivered Mail Returned to Sender', body: `Customer wrote:\n\n${POSTFIX_NOTICE}`, kind: 'none' },
  { name: 'osTicket alert (de)', from: 'Support <support@anbieter.example>', subject: 'New Ticket Alert: Unzustellbar', body: `Neues Ticket von bernd@kunde.example:\n\n${EXIM_NOTICE}`, kind: 'none' },
  { name: 'Freshdesk tag (fr)', from: 'Support <support@fournisseur.example>', subject: '[#5521] Échec de la remise', body: "Le client a écrit :\n\nVotre message n'a pas pu être remis à paul@partenaire.example : utilisateur inconnu (550 5.1.1).\n", kind: 'none' },
  { name: 'quote header "schrieb:" over a pasted notice', from: 'Bernd <bernd@kunde.example>', subject: 'Unzustellbar', body: `Woran liegt das?\n\nAm 03.11.2025 um 09:00 schrieb Mail Delivery System:\n${POSTFIX_NOTICE}`, kind: 'none' },
  { name: 'quote header "a écrit :" over a pasted notice', from: 'Benoît <benoit@client.example>', subject: 'Échec de la remise', body: `Une idée ?\n\nLe 3 nov. 2025 à 09:00, Mail Delivery System a écrit :\n${EXIM_NOTICE}`, kind: 'none' },
  { name: 'quote header "escribió:" over a pasted notice', from: 'Beto <beto@cliente.example>', subject: 'Error en la entrega', body: `¿Qué pasa?\n\nEl lun, 3 nov 2025 a las 09:00, Mail Delivery System escribió:\n${POSTFIX_NOTICE}`, kind: 'none' },
]

// 6. Families that already read right, kept as guards: receipts and calendar replies in other
// languages, challenge-response requests, out-of-office replies without RFC 3834 headers.
const GUARDS: Row[] = [
  { name: 'not read (pl)', from: 'Anna <anna@client.example>', subject: 'Nie przeczytano: Oferta', body: 'Twoja wiadomość\n\n  Do: anna@client.example\n  Temat: Oferta\n\nzostała usunięta bez przeczytania.\n', kind: 'none' },
  { name: 'not read (es)', from: 'Ana <ana@cliente.example>', subject: 'No leído: Propuesta', body: 'Su mensaje\n\n  Para: ana@cliente.example\n  Asunto: Propuesta\n\nse eliminó sin leerse.\n', kind: 'none' },
  { name: 'calendar declined (de)', from: 'Anna <anna@client.example>', subject: 'Abgelehnt: Termin Angebot', body: 'Anna hat diese Besprechung abgelehnt.\n', kind: 'none' },
  { name: 'challenge (de)', from: 'anna@client.example', subject: 'Bitte bestätigen Sie Ihre Nachricht', body: 'Ihre Nachricht an anna@client.example wurde zurückgehalten und wird erst zugestellt, wenn Sie bestätigen, dass Sie kein Roboter sind:\nhttps://verify.example/abc\n', kind: 'autoreply' },
  { name: 'out of office (fr) without headers', from: 'Jeanne <jeanne@client.example>', subject: 'Absence du bureau', body: 'Je suis absente. Votre message à jeanne@client.example ne sera pas transmis.\n', kind: 'autoreply' },
]

const ROWS = [...LISTS, ...FORWARDS, ...LETTERS, ...QUESTIONS, ...TAGGED, ...HELPDESKS, ...GUARDS]

describe('ordinary mail about a notice is no notice (issue 9)', () => {
  it.each(inAllEndings(ROWS))('%s', async (_label, raw, row) => {
    const r = await parseBounce(raw)
    if (r.kind === 'error') throw new Error(r.error)
    expect(r.kind).toBe(row.kind)
    expect(r.recipients.filter((x) => x.action === 'failed' || x.action === 'delayed' || x.verdict !== 'none')).toEqual([])
  })
})

// A forward to one's own other mailbox hands on the reader's own notice (corpus lhost-sendmail-14).
describe('a forward to oneself is still read', () => {
  const self: TestNotice = { name: 'self-forward', from: 'Bob Client <bob@client.example>', subject: 'notice from my work account', body: forwarded('---------- Forwarded message ---------', POSTFIX_NOTICE), headers: [] }
  it.each(inAllEndings([self]).map(([l, raw]) => [l, raw.replace('To: sales@acme.example', 'To: Bob <bob@home.example>')]))('%s', async (_label, raw) => {
    const r = await parseBounce(raw)
    if (r.kind === 'error') throw new Error(r.error)
    expect(r.recipients.map((x) => [x.address, x.action])).toEqual([['jan@partner.example', 'failed']])
  })
})

// A mail system's notice sent from an ordinary-looking address ("support@", "noreply@") may open with
// a greeting, close with regards or ask a question: it marks itself as machine-made with RFC 3834's
// Auto-Submitted (DSNs "auto-replied", other notices "auto-generated") or Exim's X-Failed-Recipients,
// which a person's letter does not carry. Those notices are still read.
describe("a daemon's notice from an ordinary-looking address is still read", () => {
  const NOTICES: (TestNotice & { failed: string })[] = [
    { name: 'hosting letter, Auto-Submitted (en)', from: 'Hosting Support <support@hosting.example>', subject: 'Undeliverable: Proposal', headers: ['Auto-Submitted: auto-generated'], body: 'Dear customer,\n\nYour message to tom@gone.example could not be delivered.\n550 5.1.1 <tom@gone.example>: Recipient address rejected: User unknown\n\nKind regards\n', failed: 'tom@gone.example' },
    { name: 'hosting letter, Auto-Submitted (de)', from: 'Kundenservice <noreply@provider.example>', subject: 'Unzustellbar: Angebot', headers: ['Auto-Submitted: auto-replied'], body: 'Hallo,\n\nIhre Nachricht an jan@weg.example konnte nicht zugestellt werden.\n550 5.1.1 Empfänger unbekannt\n\nMit freundlichen Grüßen\n', failed: 'jan@weg.example' },
    { name: 'question in a notice, X-Failed-Recipients', from: 'Mail Service <noreply@webmail.example>', subject: 'Delivery failed', headers: ['X-Failed-Recipients: ana@gone.example'], body: 'Why am I getting this message?\nYour message to ana@gone.example could not be delivered: 550 5.1.1 no such user.\n', failed: 'ana@gone.example' },
  ]
  it.each(inAllEndings(NOTICES))('%s', async (_label, raw, n) => {
    const r = await parseBounce(raw)
    if (r.kind === 'error') throw new Error(r.error)
    expect(r.recipients.filter((x) => x.action === 'failed').map((x) => [x.address, x.verdict])).toEqual([[n.failed, 'remove']])
  })
})
