/**
 * Issue 9, the outside check on modern notices as a webmail page shows them (helper h-render5): real
 * notices with an HTML part read whole and as the page's text (Outlook on the web, Gmail).
 *
 * Family: Microsoft 365's NDR for a mail loop, "554 5.4.14 Hop count exceeded - possible mail loop",
 * under its recipient-not-found template. Evidence: a real Microsoft 365 NDR printed from Gmail (public
 * repository Kananga5/sciebonoguide-self-engin-tshi, README.md, 2024) and one quoted in another project's
 * tests: the headline "Your message to x couldn't be delivered." over "x wasn't found at y.", the banner's
 * "Unknown To address", "Status code 554 5.4.14", and Microsoft's own explanation under "More Info for
 * Email Admins": "Typically this error occurs because the recipient email address is incorrect or doesn't
 * exist at the destination domain … Mail loop detected - … creating a mail loop when a message is sent
 * to an address that isn't found in their directory. This usually won't disrupt mail flow for recipients
 * that actually exist". Exchange Online Protection routes an address its directory lacks to the
 * domain's other mail system (an "internal relay" domain), which hands it back: the loop is how that
 * domain says the address does not exist, and the NDR says so in the user's words. So that NDR is a
 * dead address (Remove), in the sender's mailbox language (Microsoft's localised NDR reference pages:
 * "x est introuvable sur y", "x wurde unter y nicht gefunden", "No se encontró a x en y",
 * "Impossibile trovare x in y").
 * The same 5.4.14 under any other explanation (the older NDR's "A problem occurred during the delivery of
 * this message. Please try to resend the message later.", a relayed loop between two servers) is a
 * routing fault of a domain, not of the address: never Remove (Microsoft's "554 5.4.14 Hop count
 * exceeded" article: an accepted-domain or connector setting).
 *
 * Each notice is read as the HTML-only whole message and as a multipart/report with its delivery-status
 * part, in LF and CRLF, and as the rendered text (cells on lines, "x<mailto:x>" links), with the
 * subject and sender the page shows; and once with the subject a Gmail print shows (the thread's).
 */
import { describe, expect, it } from 'vitest'
import { parseBounce, parseBounceText } from './index'
import { ENDINGS } from './test-notice'
import { asWebmailShowsIt, check, label, whole, type Modern } from './modern-notice-kit'

type Lang = 'en' | 'fr' | 'de' | 'es' | 'it'

const LOOP = '554 5.4.14 Hop count exceeded - possible mail loop ATTR34 [DU2PEPF00028D13.eurprd03.prod.outlook.com 2024-04-21T13:47:53.142Z 08DC618C59ADCC5C]'

/** Microsoft 365's newer NDR, recipient-not-found template, per language (the labels of its localised pages). */
const TEMPLATE: Record<Lang, (r: string, local: string, domain: string, error: string) => string> = {
  en: (r, local, domain, error) => `Your message to ${r} couldn't be delivered.
${local} wasn't found at ${domain}.
sales\tOffice 365\t${local}
Action Required\t\tRecipient
Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
Contact the recipient (by phone, for example) to check that the address is correct.

More Info for Email Admins
Status code 554 5.4.14

Typically this error occurs because the recipient email address is incorrect or doesn't exist at the destination domain.
Mail loop detected - This error also indicates that the receiving organization's email settings are misconfigured, creating a mail loop when a message is sent to an address that isn't found in their directory. This usually won't disrupt mail flow for recipients that actually exist.

Original Message Details
Created Date:\t4/21/2024 1:47:16 PM
Sender Address:\tsales@acme.example
Recipient Address:\t${r}
Subject:\tQuarterly review

Error Details
Error:\t${error}
Message rejected by:\tDU2PEPF00028D13.mail.protection.outlook.com`,
  fr: (r, local, domain, error) => `Votre message à ${r} n’a pas pu être remis.
${local} est introuvable sur ${domain}.
sales\tOffice 365\t${local}
Action requise\t\tDestinataire
Adresse À inconnue

Comment résoudre le problème
L’adresse est peut-être mal orthographiée ou n’existe pas.

Plus d’informations pour les administrateurs de messagerie
Code d’état : 554 5.4.14

Détails du message d’origine
Date de création :\t21/04/2024 13:47:16
Adresse de l’expéditeur :\tsales@acme.example
Adresse du destinataire :\t${r}
Objet :\tRevue trimestrielle

Détails de l’erreur
Erreur :\t${error}
Message rejeté par :\tDU2PEPF00028D13.mail.protection.outlook.com`,
  de: (r, local, domain, error) => `Ihre Nachricht an ${r} konnte nicht zugestellt werden.
${local} wurde unter ${domain} nicht gefunden.
sales\tOffice 365\t${local}
Aktion erforderlich\t\tEmpfänger
Unbekannte An-Adresse

So beheben Sie das Problem
Die Adresse ist möglicherweise falsch geschrieben oder nicht vorhanden.

Weitere Informationen für E-Mail-Administratoren
Statuscode: 554 5.4.14

Ursprüngliche Nachrichtendetails
Erstellungsdatum:\t21.04.2024 13:47:16
Absenderadresse:\tsales@acme.example
Empfängeradresse:\t${r}
Betreff:\tQuartalsbericht

Fehlerdetails
Fehler:\t${error}
Nachricht abgelehnt von:\tDU2PEPF00028D13.mail.protection.outlook.com`,
  es: (r, local, domain, error) => `No se pudo entregar el mensaje a ${r}.
No se encontró a ${local} en ${domain}.
sales\tOffice 365\t${local}
Acción requerida\t\tDestinatario
Dirección Para desconocida

Cómo solucionarlo
Es posible que la dirección esté mal escrita o que no exista.

Más información para administradores de correo electrónico
Código de estado: 554 5.4.14

Detalles del mensaje original
Fecha de creación:\t21/04/2024 13:47:16
Dirección del remitente:\tsales@acme.example
Dirección del destinatario:\t${r}
Asunto:\tRevisión trimestral

Detalles del error
Error:\t${error}
Mensaje rechazado por:\tDU2PEPF00028D13.mail.protection.outlook.com`,
  it: (r, local, domain, error) => `Impossibile recapitare il messaggio a ${r}.
Impossibile trovare ${local} in ${domain}.
sales\tOffice 365\t${local}
Azione necessaria\t\tDestinatario
Indirizzo A sconosciuto

Come risolvere il problema
L'indirizzo potrebbe contenere errori di ortografia o non esistere.

Altre informazioni per gli amministratori della posta elettronica
Codice di stato: 554 5.4.14

Dettagli messaggio originale
Data di creazione:\t21/04/2024 13:47:16
Indirizzo mittente:\tsales@acme.example
Indirizzo destinatario:\t${r}
Oggetto:\tRevisione trimestrale

Dettagli errore
Errore:\t${error}
Messaggio rifiutato da:\tDU2PEPF00028D13.mail.protection.outlook.com`,
}

const SUBJECT: Record<Lang, string> = {
  en: 'Undeliverable: Quarterly review',
  fr: 'Non remis : Revue trimestrielle',
  de: 'Unzustellbar: Quartalsbericht',
  es: 'No se puede entregar: Revisión trimestral',
  it: 'Non recapitabile: Revisione trimestrale',
}

const LANGS: Lang[] = ['en', 'fr', 'de', 'es', 'it']

function loopNotice(lang: Lang, layout: 'html' | 'report'): Modern<Lang> {
  const r = `margeaux.${lang}@sci-bono-${lang}.example`
  return {
    provider: 'Microsoft 365', lang, what: 'mail loop for an address its directory lacks', layout,
    from: `postmaster@sci-bono-${lang}.example`, subject: SUBJECT[lang],
    text: TEMPLATE[lang](r, `margeaux.${lang}`, `sci-bono-${lang}.example`, LOOP),
    rcpts: [r], want: 'remove',
    dsn: { status: '5.4.14', diagnostic: LOOP },
  }
}

/** The older NDR: the same code under "try to resend later" (pastebin 0aCSGeph, 2017): a routing fault, kept. */
function olderLoop(layout: 'html' | 'report'): Modern<Lang> {
  const r = 'thomas.g@logistikk-huset.example'
  return {
    provider: 'Microsoft 365', lang: 'en', what: 'mail loop, older layout (no not-found headline)', layout,
    from: 'MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@acme.example', subject: 'Undeliverable: Freight quote',
    text: `Delivery has failed to these recipients or groups:

${r}
A problem occurred during the delivery of this message. Please try to resend the message later.

The following organization rejected your message: HE1EUR01FT063.mail.protection.outlook.com.

Diagnostic information for administrators:

Generating server: AM4P190MB0209.EURP190.PROD.OUTLOOK.COM

${r}
HE1EUR01FT063.mail.protection.outlook.com
Remote Server returned '<HE1EUR01FT063.mail.protection.outlook.com #5.4.14 smtp;554 5.4.14 Hop count exceeded - possible mail loop ATTR34 [HE1EUR01FT063.eop-EUR01.prod.protection.outlook.com]>'`,
    rcpts: [r], want: 'keep',
    dsn: { status: '5.4.14', diagnostic: '554 5.4.14 Hop count exceeded - possible mail loop ATTR34 [HE1EUR01FT063.eop-EUR01.prod.protection.outlook.com]' },
  }
}

/** The newer layout whose line under the headline names a routing fault, not the address. */
function routedLoop(layout: 'html' | 'report'): Modern<Lang> {
  const r = 'orders@app.contoso-parts.example'
  return {
    provider: 'Microsoft 365', lang: 'en', what: 'mail loop, headline names the domain\'s routing', layout,
    from: 'postmaster@contoso-parts.example', subject: 'Undeliverable: Order 4471',
    text: `Your message to ${r} couldn't be delivered.
There's a problem with the recipient's mailbox. Please try resending the message later.

More Info for Email Admins
Status code 554 5.4.14

Original Message Details
Recipient Address:\t${r}

Error Details
Error:\t${LOOP}`,
    rcpts: [r], want: 'keep',
    dsn: { status: '5.4.14', diagnostic: LOOP },
  }
}

const NOTICES: Modern<Lang>[] = [
  ...LANGS.flatMap((l) => [loopNotice(l, 'html'), loopNotice(l, 'report')]),
  olderLoop('html'), olderLoop('report'), routedLoop('html'), routedLoop('report'),
]

const TWO_ENDINGS = ENDINGS.filter(([e]) => e !== 'CR')

describe('Microsoft 365 mail loop under its not-found headline, whole message', () => {
  it.each(NOTICES.flatMap((n) => TWO_ENDINGS.map(([ending, to]) => [`${label(n)} ${ending}`, to(whole(n)), n] as const)))('%s', async (_l, raw, n) => {
    const report = await parseBounce(raw)
    if (report.kind === 'error') throw new Error(report.error)
    expect(report.kind).toBe('bounce')
    check(report.recipients, n)
  })
})

describe('Microsoft 365 mail loop under its not-found headline, as the page shows it', () => {
  it.each(NOTICES.filter((n) => n.layout === 'html').map((n) => [label(n), n] as const))('%s', (_l, n) => {
    const report = parseBounceText(asWebmailShowsIt(n.text), { subject: n.subject, from: n.from })
    expect(report.kind).toBe('bounce')
    check(report.recipients, n)
  })

  // A Gmail print of the NDR shows the thread's subject, without Microsoft's prefix.
  it.each(NOTICES.filter((n) => n.layout === 'html').map((n) => [label(n), n] as const))('%s, under the thread subject', (_l, n) => {
    const report = parseBounceText(n.text, { subject: n.subject.slice(n.subject.indexOf(':') + 1).trim(), from: n.from })
    expect(report.kind).toBe('bounce')
    check(report.recipients, n)
  })
})
