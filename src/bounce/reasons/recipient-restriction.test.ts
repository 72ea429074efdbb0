/**
 * One family, one verdict: the recipient (a mailbox or a group) takes mail only from its own
 * organisation, its members or a list of allowed senders. Microsoft's NDR reference says of each code
 * below that only the recipient's owner or admin can change it: the address is live and the user's
 * setup is fine, so the verdict is Retry (reason `filtered`, "Refused by the recipient's filter"),
 * escalated by retry-policy.ts if it keeps failing; never Sending issues (nothing on the sending side
 * fixes it) and never Remove (no evidence the address is gone). Until now the family was split:
 * 5.7.133/5.7.134/5.7.124 retried, 5.7.129's other wording and Microsoft 365 groups' 5.7.193 in
 * Sending issues, Exchange 2007's RESOLVER.RST.AuthRequired ("delivery to this address is
 * restricted") in Sending issues, "not accepting messages from external senders" in Remove.
 * Evidence: Microsoft Learn, "Email non-delivery reports and SMTP errors in Exchange Online" and its
 * pages for 5.7.1 (RESOLVER.RST.AuthRequired / NotAuthorized: "delivery to this address is restricted"),
 * 5.7.124, 5.7.129, 5.7.133, 5.7.134 and 5.7.193 (UnifiedGroupAgent: "the sender isn't a group member
 * or external senders aren't permitted to send to this group"); Google's SMTP error reference 5.7.1
 * "The recipient is only accepting mail from specific email addresses"; Google Groups' posting
 * permission ("only members can post"). Notices written here; LF, CRLF and CR.
 */
import { describe, expect, it } from 'vitest'
import { ENDINGS, outlookNdrText, postfixDsnLines, readNotice, type ReadableNotice } from '../test-notice'

const RCPT = 'sales@prospect.example'

type Notice = ReadableNotice

const dsn = (status: string, diagnostic: string): Notice => ({ kind: 'whole', raw: postfixDsnLines(RCPT, status, diagnostic).join('\n') })
const outlook = (reply: string, heading?: [string, string]): Notice => {
  let text = outlookNdrText(RCPT, reply)
  if (heading) text = text.replace('Delivery has failed to these recipients or groups:', heading[0]).replace("Your message couldn't be delivered. The recipient's email server returned the error below.", heading[1])
  return { kind: 'text', text, subject: 'Undeliverable: Proposal', from: 'postmaster@sender.onmicrosoft.com' }
}

/** Microsoft 365's own NDR for a restricted group, as Outlook renders it, in the user's language. */
const M365_GROUP: Record<string, [string, string]> = {
  en: ['Delivery has failed to these recipients or groups:', 'Your message couldn’t be delivered because the group only accepts messages from people in its organization or on its allowed senders list.'],
  fr: ['La remise a échoué pour ces destinataires ou groupes :', "Votre message n’a pas pu être remis, car le groupe n’accepte que les messages provenant de personnes de son organisation ou de sa liste d’expéditeurs autorisés."],
  de: ['Fehler bei der Zustellung an folgende Empfänger oder Gruppen:', 'Ihre Nachricht konnte nicht zugestellt werden, da die Gruppe nur Nachrichten von Personen in ihrer Organisation oder in ihrer Liste zulässiger Absender akzeptiert.'],
  es: ['Error en la entrega a estos destinatarios o grupos:', 'No se pudo entregar el mensaje porque el grupo solo acepta mensajes de personas de su organización o de su lista de remitentes permitidos.'],
  it: ['Recapito non riuscito per questi destinatari o gruppi:', 'Impossibile recapitare il messaggio perché il gruppo accetta solo messaggi da persone della sua organizzazione o del suo elenco di mittenti consentiti.'],
}

const CODES: [string, string][] = [
  ['5.7.133', '550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed as sender not authenticated for group'],
  ['5.7.134', '550 5.7.134 RESOLVER.RST.SenderNotAuthenticatedForMailbox; authentication required; Delivery restriction check failed as sender not authenticated for mailbox'],
  ['5.7.124', '550 5.7.124 RESOLVER.RST.SenderNotAllowed; Sender not in allowed senders list'],
  ['5.7.129', '550 5.7.129 RESOLVER.RST.RestrictedToRecipientsPermission; not authorized to send to this recipient'],
  ['5.7.1', '550 5.7.1 RESOLVER.RST.AuthRequired; authentication required'],
  ['5.7.1', '550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized'],
  ['5.7.193', "550 5.7.193 UnifiedGroupAgent; Delivery failed because the sender isn't a group member or external senders aren't permitted to send to this group."],
]

const rows: [string, Notice][] = [
  ...CODES.flatMap(([status, reply]): [string, Notice][] => [
    [`${reply.slice(4, 40)}: whole DSN`, dsn(status, reply)],
    [`${reply.slice(4, 40)}: as Outlook shows it`, outlook(reply)],
  ]),
  ...Object.entries(M365_GROUP).map(([lang, h]): [string, Notice] => [`Microsoft 365 group NDR, ${lang} page`, outlook(CODES[0][1], h)]),
  ['Exchange 2007 "delivery to this address is restricted"', outlook('#550 5.7.1 RESOLVER.RST.AuthRequired; authentication required ##', ['Delivery has failed to these recipients or groups:', "Your message can't be delivered because delivery to this address is restricted."])],
  ['not accepting messages from external senders', dsn('5.7.1', '554 5.7.1 Recipient address rejected: This mailbox is not accepting messages from external senders')],
  ['only accepts mail from members of the organisation', dsn('5.7.1', '550 5.7.1 <sales@prospect.example>: this group only accepts mail from members of its organization')],
  ['Google: only accepting mail from specific email addresses', dsn('5.7.1', "550-5.7.1 The user you've tried to contact is only accepting mail from specific email addresses. 550 5.7.1 Please contact the recipient")],
]

async function read(n: Notice, to: (s: string) => string) {
  const report = await readNotice(n, to)
  return 'recipients' in report ? report.recipients.map((r) => [r.address, r.reason, r.hard, r.verdict]) : report
}

describe("a recipient that takes mail only from its organisation or allowed senders: Retry, the recipient's side", () => {
  it.each(rows.flatMap(([name, n]) => ENDINGS.map(([ending, to]) => [`${name} (${ending})`, n, to] as const)))('%s', async (_name, n, to) => {
    expect(await read(n, to)).toEqual([[RCPT, 'filtered', false, 'retry']])
  })
})
