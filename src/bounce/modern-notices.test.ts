/**
 * Issue 9: realistic modern notices, each read two ways: as the whole message (an HTML-only notice
 * has only a text/html part; Gmail's and Microsoft 365's carry a delivery-status part too) and as
 * the rendered text a webmail page shows (parseBounceText with the page's subject and sender).
 *
 * Every notice was written for this test from public descriptions of the layouts:
 * - Microsoft 365 / Exchange Online: Microsoft's NDR reference ("Email non-delivery reports and SMTP
 *   errors in Exchange Online", and the per-code pages for 5.1.1, 5.1.10, 5.2.2, 5.4.1, 5.4.310,
 *   5.7.1, 5.7.708, 4.4.7), their French/Italian/German/Spanish editions, and "What's included in
 *   an NDR" (headline, "Action Required", "More Info for Email Admins", "Error Details"); the older
 *   Exchange layout ("Delivery has failed to these recipients or groups", "Diagnostic information
 *   for administrators", "Remote Server returned") and its localised labels.
 * - Gmail (mailer-daemon@googlemail.com): "Address not found", "Message not delivered", "Message
 *   blocked", "Delivery incomplete" and their translations in the Gmail interface languages;
 *   Google's SMTP error reference (5.1.1, 5.2.2, 5.7.1, 4.2.1).
 * - Yahoo / AOL: Yahoo's "Sorry, we were unable to deliver your message" notice and its SMTP error
 *   codes page ("This user doesn't have a yahoo.com account", "[TSS04]", 554.30 disabled).
 * - Postfix ("This is the mail system at host", bounce(5) templates, localisable with
 *   bounce_template_file) as run by iCloud, Fastmail, Proton Mail, Orange; Exim ("The following
 *   address(es) failed", customisable text) as run by GMX/web.de (1&1), Libero, hosting providers;
 *   Zoho Mail's "Delivery to the following recipients failed permanently" help page.
 *
 * want: `remove` for a dead address or domain; `retry` / `pending` / `fix-sending` where the cause
 * is temporary or on the sender's side; `keep` where any verdict but `remove` (and `none`) is right.
 */
import { describe, expect, it } from 'vitest'
import { parseBounce, parseBounceText } from './index'
import { asWebmailShowsIt, check, domain, label, local, SENDER, whole, type Layout, type Modern as AnyModern, type Want } from './modern-notice-kit'

type Modern = AnyModern<Lang>

type Lang = 'en' | 'fr' | 'it' | 'de' | 'es'


// ---------------------------------------------------------------------------------------------
// Microsoft 365 / Exchange Online, current layout (Outlook on the web shows the HTML part).
// ---------------------------------------------------------------------------------------------

interface MsWords {
  subject: string
  headline: (r: string) => string
  notFound: (r: string) => string
  domainNotFound: (d: string) => string
  full: (r: string) => string
  expired: string
  restricted: (r: string) => string
  blockedIp: string
  spf: string
  spam: string
  actionRequired: string
  recipient: string
  sender: string
  unknownTo: string
  fix: string
  admins: string
  statusCode: string
  details: string
  created: string
  senderAddress: string
  recipientAddress: string
  subjectLabel: string
  errorDetails: string
  error: string
  /** The 2017–2022 layout's labels (test/fixtures/sisimai/lhost-office365-13.eml in English). */
  reportedError: string
  dsnBy: string
  rejectedBy: string
  sentBy: string
}

const MS: Record<Lang, MsWords> = {
  en: {
    subject: 'Undeliverable: Proposal',
    headline: (r) => `Your message to ${r} couldn't be delivered.`,
    notFound: (r) => `${local(r)} wasn't found at ${domain(r)}.`,
    domainNotFound: (d) => `The domain ${d} couldn't be found.`,
    full: (r) => `${local(r)}'s mailbox is full.`,
    expired: "The recipient's email server didn't accept the message for too long, so delivery stopped.",
    restricted: (r) => `${local(r)} only accepts messages from people in their organization or on their allowed senders list, and your email address isn't on the list.`,
    blockedIp: "Your email server's IP address isn't accepted by Office 365.",
    spf: "The recipient's email system rejected your message because your domain's SPF record doesn't authorize the sending server.",
    spam: "Your message was identified as spam by the recipient's email system.",
    actionRequired: 'Action Required',
    recipient: 'Recipient',
    sender: 'Sender',
    unknownTo: 'Unknown To address',
    fix: 'How to Fix It\nThe address may be misspelled or may not exist. Try one or more of the following:\nRetype the address and resend the message. If you use autocomplete, delete the entry first.',
    admins: 'More Info for Email Admins',
    statusCode: 'Status code',
    details: "This error occurs when the recipient's email address can't be found in the recipient's email system.",
    created: 'Created Date',
    senderAddress: 'Sender Address',
    recipientAddress: 'Recipient Address',
    subjectLabel: 'Subject',
    errorDetails: 'Error Details',
    error: 'Error',
    reportedError: 'Reported error',
    dsnBy: 'DSN generated by',
    rejectedBy: 'Message rejected by',
    sentBy: 'Notification Details\nSent by',
  },
  fr: {
    subject: 'Non remis : Proposition',
    headline: (r) => `Votre message à ${r} n’a pas pu être remis.`,
    notFound: (r) => `${local(r)} est introuvable sur ${domain(r)}.`,
    domainNotFound: (d) => `Le domaine ${d} est introuvable.`,
    full: (r) => `La boîte aux lettres de ${local(r)} est pleine.`,
    expired: 'Le serveur de messagerie du destinataire n’a pas accepté le message pendant trop longtemps ; la remise a été arrêtée.',
    restricted: (r) => `${local(r)} accepte uniquement les messages des membres de son organisation ou de sa liste d’expéditeurs autorisés, et votre adresse n’y figure pas.`,
    blockedIp: 'L’adresse IP de votre serveur de messagerie n’est pas acceptée par Office 365.',
    spf: 'Le système de messagerie du destinataire a rejeté votre message, car l’enregistrement SPF de votre domaine n’autorise pas le serveur d’envoi.',
    spam: 'Votre message a été identifié comme courrier indésirable par le système de messagerie du destinataire.',
    actionRequired: 'Action requise',
    recipient: 'Destinataire',
    sender: 'Expéditeur',
    unknownTo: 'Adresse À inconnue',
    fix: 'Comment résoudre ce problème\nL’adresse est peut-être mal orthographiée ou n’existe pas. Essayez une ou plusieurs des solutions suivantes :\nRetapez l’adresse, puis renvoyez le message.',
    admins: 'Plus d’informations pour les administrateurs de messagerie',
    statusCode: 'Code d’état',
    details: 'Cette erreur se produit lorsque l’adresse de messagerie du destinataire est introuvable dans son système de messagerie.',
    created: 'Date de création',
    senderAddress: 'Adresse de l’expéditeur',
    recipientAddress: 'Adresse du destinataire',
    subjectLabel: 'Objet',
    errorDetails: 'Détails de l’erreur',
    error: 'Erreur',
    reportedError: 'Erreur signalée',
    dsnBy: 'DSN généré par',
    rejectedBy: 'Message rejeté par',
    sentBy: 'Détails de la notification\nEnvoyé par',
  },
  it: {
    subject: 'Non recapitabile: Proposta',
    headline: (r) => `Impossibile recapitare il messaggio a ${r}.`,
    notFound: (r) => `${local(r)} non è stato trovato in ${domain(r)}.`,
    domainNotFound: (d) => `Impossibile trovare il dominio ${d}.`,
    full: (r) => `La cassetta postale di ${local(r)} è piena.`,
    expired: 'Il server di posta del destinatario non ha accettato il messaggio per troppo tempo, quindi il recapito è stato interrotto.',
    restricted: (r) => `${local(r)} accetta solo messaggi dagli utenti della propria organizzazione o dall'elenco dei mittenti consentiti e il tuo indirizzo non è presente nell'elenco.`,
    blockedIp: "L'indirizzo IP del server di posta elettronica non è accettato da Office 365.",
    spf: 'Il sistema di posta del destinatario ha rifiutato il messaggio perché il record SPF del tuo dominio non autorizza il server di invio.',
    spam: 'Il messaggio è stato identificato come posta indesiderata dal sistema di posta del destinatario.',
    actionRequired: 'Azione richiesta',
    recipient: 'Destinatario',
    sender: 'Mittente',
    unknownTo: 'Indirizzo A sconosciuto',
    fix: "Come risolvere il problema\nL'indirizzo potrebbe essere stato digitato in modo errato o non esistere. Provare una o più delle soluzioni seguenti:\nDigitare di nuovo l'indirizzo e inviare di nuovo il messaggio.",
    admins: 'Altre informazioni per gli amministratori di posta elettronica',
    statusCode: 'Codice di stato',
    details: "Questo errore si verifica quando l'indirizzo di posta elettronica del destinatario non viene trovato nel sistema di posta del destinatario.",
    created: 'Data di creazione',
    senderAddress: 'Indirizzo mittente',
    recipientAddress: 'Indirizzo destinatario',
    subjectLabel: 'Oggetto',
    errorDetails: "Dettagli sull'errore",
    error: 'Errore',
    reportedError: 'Errore segnalato',
    dsnBy: 'DSN generato da',
    rejectedBy: 'Messaggio rifiutato da',
    sentBy: 'Dettagli notifica\nInviata da',
  },
  de: {
    subject: 'Unzustellbar: Angebot',
    headline: (r) => `Ihre Nachricht an ${r} konnte nicht zugestellt werden.`,
    notFound: (r) => `${local(r)} wurde bei ${domain(r)} nicht gefunden.`,
    domainNotFound: (d) => `Die Domäne ${d} wurde nicht gefunden.`,
    full: (r) => `Das Postfach von ${local(r)} ist voll.`,
    expired: 'Der E-Mail-Server des Empfängers hat die Nachricht zu lange nicht angenommen, daher wurde die Zustellung beendet.',
    restricted: (r) => `${local(r)} akzeptiert nur Nachrichten von Personen in der eigenen Organisation oder auf der Liste zulässiger Absender, und Ihre E-Mail-Adresse ist nicht in der Liste enthalten.`,
    blockedIp: 'Die IP-Adresse Ihres E-Mail-Servers wird von Office 365 nicht akzeptiert.',
    spf: 'Das E-Mail-System des Empfängers hat Ihre Nachricht abgelehnt, weil der SPF-Eintrag Ihrer Domäne den sendenden Server nicht autorisiert.',
    spam: 'Ihre Nachricht wurde vom E-Mail-System des Empfängers als Spam eingestuft.',
    actionRequired: 'Aktion erforderlich',
    recipient: 'Empfänger',
    sender: 'Absender',
    unknownTo: 'Unbekannte An-Adresse',
    fix: 'So beheben Sie das Problem\nDie Adresse ist möglicherweise falsch geschrieben oder existiert nicht. Versuchen Sie Folgendes:\nGeben Sie die Adresse erneut ein, und senden Sie die Nachricht erneut.',
    admins: 'Weitere Informationen für E-Mail-Administratoren',
    statusCode: 'Statuscode',
    details: 'Dieser Fehler tritt auf, wenn die E-Mail-Adresse des Empfängers im E-Mail-System des Empfängers nicht gefunden wird.',
    created: 'Erstellungsdatum',
    senderAddress: 'Absenderadresse',
    recipientAddress: 'Empfängeradresse',
    subjectLabel: 'Betreff',
    errorDetails: 'Fehlerdetails',
    error: 'Fehler',
    reportedError: 'Gemeldeter Fehler',
    dsnBy: 'DSN generiert von',
    rejectedBy: 'Nachricht abgelehnt von',
    sentBy: 'Benachrichtigungsdetails\nGesendet von',
  },
  es: {
    subject: 'No se puede entregar: Propuesta',
    headline: (r) => `No se pudo entregar el mensaje a ${r}.`,
    notFound: (r) => `No se encontró a ${local(r)} en ${domain(r)}.`,
    domainNotFound: (d) => `No se encontró el dominio ${d}.`,
    full: (r) => `El buzón de ${local(r)} está lleno.`,
    expired: 'El servidor de correo del destinatario no aceptó el mensaje durante demasiado tiempo, por lo que se detuvo la entrega.',
    restricted: (r) => `${local(r)} solo acepta mensajes de personas de su organización o de su lista de remitentes permitidos, y su dirección de correo no está en la lista.`,
    blockedIp: 'Office 365 no acepta la dirección IP de su servidor de correo.',
    spf: 'El sistema de correo del destinatario rechazó su mensaje porque el registro SPF de su dominio no autoriza al servidor de envío.',
    spam: 'El sistema de correo del destinatario identificó su mensaje como correo no deseado.',
    actionRequired: 'Acción necesaria',
    recipient: 'Destinatario',
    sender: 'Remitente',
    unknownTo: 'Dirección Para desconocida',
    fix: 'Cómo solucionarlo\nEs posible que la dirección esté mal escrita o que no exista. Pruebe una o varias de las siguientes acciones:\nVuelva a escribir la dirección y envíe de nuevo el mensaje.',
    admins: 'Más información para administradores de correo',
    statusCode: 'Código de estado',
    details: 'Este error se produce cuando no se encuentra la dirección de correo del destinatario en su sistema de correo.',
    created: 'Fecha de creación',
    senderAddress: 'Dirección del remitente',
    recipientAddress: 'Dirección del destinatario',
    subjectLabel: 'Asunto',
    errorDetails: 'Detalles del error',
    error: 'Error',
    reportedError: 'Error notificado',
    dsnBy: 'DSN generado por',
    rejectedBy: 'Mensaje rechazado por',
    sentBy: 'Detalles de la notificación\nEnviado por',
  },
}

type MsCase = 'dead' | 'dead-5.1.1' | 'dbeb' | 'domain' | 'full' | 'expired' | 'restricted' | 'blocked-ip' | 'spf' | 'spam'

const MS_CASES: Record<MsCase, { line: (w: MsWords, r: string) => string; action: (w: MsWords) => string; code: string; error: (r: string) => string; want: Want }> = {
  dead: {
    line: (w, r) => w.notFound(r), action: (w) => `${w.actionRequired}\t${w.recipient}\n${w.unknownTo}`, code: '550 5.1.10',
    error: (r) => `550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient ${r} not found by SMTP address lookup`, want: 'remove',
  },
  'dead-5.1.1': {
    line: (w, r) => w.notFound(r), action: (w) => `${w.actionRequired}\t${w.recipient}\n${w.unknownTo}`, code: '550 5.1.1',
    error: () => '550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found', want: 'remove',
  },
  dbeb: {
    // Directory-Based Edge Blocking: Microsoft's 5.4.1 page, "Recipient address rejected: Access denied".
    line: (w, r) => w.notFound(r), action: (w) => `${w.actionRequired}\t${w.recipient}\n${w.unknownTo}`, code: '550 5.4.1',
    error: () => '550 5.4.1 Recipient address rejected: Access denied. For more information see https://aka.ms/EXOSmtpErrors [AM4PEPF00027A5F.eurprd04.prod.outlook.com 2025-11-03T10:00:01.123Z 08DDF1A2B3C4D5E6]', want: 'remove',
  },
  domain: {
    line: (w, r) => w.domainNotFound(domain(r)), action: (w) => `${w.actionRequired}\t${w.recipient}`, code: '550 5.4.310',
    error: (r) => `550 5.4.310 DNS domain ${domain(r)} does not exist [Message=InfoDomainNonexistent] [LastAttemptedServerName=${domain(r)}] [DB8PR01MB5678.eurprd01.prod.exchangelabs.com]`, want: 'remove',
  },
  full: {
    line: (w, r) => w.full(r), action: (w) => `${w.actionRequired}\t${w.recipient}`, code: '554 5.2.2',
    error: () => '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot open mailbox.[EndDiagnosticData]', want: 'retry',
  },
  expired: {
    line: (w) => w.expired, action: (w) => `${w.actionRequired}\t${w.recipient}`, code: '550 4.4.7',
    error: () => '550 4.4.7 Message expired: unable to deliver in 1440 minutes.<421 4.4.0 Unable to connect to the remote server>', want: 'retry',
  },
  restricted: {
    line: (w, r) => w.restricted(r), action: (w) => `${w.actionRequired}\t${w.recipient}`, code: '550 5.7.1',
    error: () => '550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized', want: 'keep',
  },
  spf: {
    // Exchange Online 5.7.23: the receiving organisation's SPF check failed for the sender's domain.
    line: (w) => w.spf, action: (w) => `${w.actionRequired}\t${w.sender}`, code: '550 5.7.23',
    error: () => '550 5.7.23 The message was rejected because of Sender Policy Framework violation', want: 'fix-sending',
  },
  spam: {
    line: (w) => w.spam, action: (w) => `${w.actionRequired}\t${w.sender}`, code: '550 5.7.1',
    error: () => '550 5.7.1 Message rejected as spam by Content Filtering.', want: 'fix-sending',
  },
  'blocked-ip': {
    line: (w) => w.blockedIp, action: (w) => `${w.actionRequired}\t${w.sender}`, code: '550 5.7.708',
    error: () => '550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653 AS(7230)', want: 'fix-sending',
  },
}

/** Cases written with the earlier "Reported error" / "DSN generated by" labels. */
const OLDER_LABELS: MsCase[] = ['dead-5.1.1', 'domain', 'spf', 'expired']

function ms365(lang: Lang, c: MsCase, r: string, layout: Layout = 'html'): Modern {
  const w = MS[lang]
  const k = MS_CASES[c]
  const text = [
    w.headline(r),
    k.line(w, r),
    '',
    `sales\tOffice 365\t${local(r)}`,
    k.action(w),
    '',
    w.fix,
    '',
    w.admins,
    `${w.statusCode}: ${k.code}`,
    '',
    w.details,
    '',
    `${w.created}:\t11/3/2025 10:00:00 AM`,
    `${w.senderAddress}:\t${SENDER}`,
    `${w.recipientAddress}:\t${r}`,
    `${w.subjectLabel}:\t${lang === 'de' ? 'Angebot' : 'Proposal'}`,
    '',
    w.errorDetails,
    ...(OLDER_LABELS.includes(c)
      ? [`${w.reportedError}:\t${k.error(r)}`, `${w.dsnBy}:\tAM9PR01MB1234.eurprd01.prod.exchangelabs.com`]
      : [`${w.error}:\t${k.error(r)}`, `${w.rejectedBy}:\tAM9PR01MB1234.eurprd01.prod.exchangelabs.com`]),
    '',
    `${w.sentBy}:\tDB8PR01MB5678.eurprd01.prod.exchangelabs.com`,
    '',
  ].join('\n')
  const status = /\d\.\d{1,3}\.\d{1,3}/.exec(k.code)![0]
  return {
    provider: 'Microsoft 365', lang, what: c, layout, text, rcpts: [r], want: k.want,
    from: 'Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@acme.example>',
    subject: w.subject,
    dsn: { status, diagnostic: k.error(r) },
  }
}

/** The delay notice (Exchange Online "Delivery delayed", 4.4.7 on its way, action delayed). */
const MS_DELAY: Record<Lang, { subject: string; body: (r: string) => string }> = {
  en: { subject: 'Delivery delayed:Proposal', body: (r) => `Delivery is delayed to these recipients or groups:\n\n${r}\n\nSubject: Proposal\n\nThis message hasn't been delivered yet. Delivery will continue to be attempted.\n\nThe server will keep trying to deliver this message for the next 1 days, 19 hours and 54 minutes. You'll be notified if the message can't be delivered by that time.\n\nDiagnostic information for administrators:\n\nGenerating server: AM9PR01MB1234.eurprd01.prod.exchangelabs.com\nReceiving server: mx.${domain(r)}\n\n${r}\n11/3/2025 10:05:00 AM - Server at mx.${domain(r)} returned '451 4.4.0 Primary target IP address responded with: "421 4.4.2 Connection dropped." Attempted failover to alternate host, but that did not succeed.'\n` },
  fr: { subject: 'Remise différée : Proposition', body: (r) => `La remise à ces destinataires ou groupes est différée :\n\n${r}\n\nObjet : Proposition\n\nCe message n’a pas encore été remis. Nous continuerons d’essayer de le remettre.\n\nLe serveur va continuer d’essayer de remettre ce message pendant 1 jours, 19 heures et 54 minutes. Vous serez averti si le message ne peut pas être remis d’ici là.\n\nInformations de diagnostic pour les administrateurs :\n\nServeur de génération : AM9PR01MB1234.eurprd01.prod.exchangelabs.com\nServeur de réception : mx.${domain(r)}\n\n${r}\n03/11/2025 10:05:00 - Le serveur mx.${domain(r)} a retourné '451 4.4.0 Primary target IP address responded with: "421 4.4.2 Connection dropped."'\n` },
  it: { subject: 'Recapito ritardato:Proposta', body: (r) => `Il recapito ai seguenti destinatari o gruppi è stato ritardato:\n\n${r}\n\nOggetto: Proposta\n\nIl messaggio non è stato ancora recapitato. Verranno effettuati altri tentativi di recapito.\n\nIl server continuerà a provare a recapitare il messaggio per 1 giorni, 19 ore e 54 minuti. Se non sarà possibile recapitarlo entro tale periodo, riceverai una notifica.\n\nInformazioni di diagnostica per gli amministratori:\n\nServer di generazione: AM9PR01MB1234.eurprd01.prod.exchangelabs.com\n\n${r}\n03/11/2025 10:05:00 - Il server mx.${domain(r)} ha restituito '451 4.4.0 Primary target IP address responded with: "421 4.4.2 Connection dropped."'\n` },
  de: { subject: 'Übermittlung verzögert:Angebot', body: (r) => `Die Zustellung an diese Empfänger oder Gruppen wurde verzögert:\n\n${r}\n\nBetreff: Angebot\n\nDiese Nachricht wurde noch nicht zugestellt. Es wird weiterhin versucht, die Nachricht zuzustellen.\n\nDer Server versucht noch 1 Tage, 19 Stunden und 54 Minuten lang, diese Nachricht zuzustellen. Sie werden benachrichtigt, wenn die Nachricht bis dahin nicht zugestellt werden kann.\n\nDiagnoseinformationen für Administratoren:\n\nGenerierender Server: AM9PR01MB1234.eurprd01.prod.exchangelabs.com\n\n${r}\n03.11.2025 10:05:00 - Der Server mx.${domain(r)} hat '451 4.4.0 Primary target IP address responded with: "421 4.4.2 Connection dropped."' zurückgegeben\n` },
  es: { subject: 'Entrega retrasada:Propuesta', body: (r) => `La entrega a estos destinatarios o grupos se ha retrasado:\n\n${r}\n\nAsunto: Propuesta\n\nEste mensaje todavía no se ha entregado. Se seguirá intentando la entrega.\n\nEl servidor seguirá intentando entregar este mensaje durante 1 días, 19 horas y 54 minutos. Recibirá una notificación si no se puede entregar en ese tiempo.\n\nInformación de diagnóstico para administradores:\n\nServidor de generación: AM9PR01MB1234.eurprd01.prod.exchangelabs.com\n\n${r}\n03/11/2025 10:05:00 - El servidor mx.${domain(r)} devolvió '451 4.4.0 Primary target IP address responded with: "421 4.4.2 Connection dropped."'\n` },
}

function msDelay(lang: Lang, r: string): Modern {
  const d = MS_DELAY[lang]
  return {
    provider: 'Microsoft 365', lang, what: 'delay', layout: 'report', text: d.body(r), rcpts: [r], want: 'pending',
    from: 'Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@acme.example>', subject: d.subject,
    dsn: { status: '4.4.0', action: 'delayed', diagnostic: '451 4.4.0 Primary target IP address responded with: "421 4.4.2 Connection dropped."' },
  }
}

/** Exchange's older layout (still sent by Exchange Server and hybrid setups), with localised labels. */
const EXCHANGE_OLD: Record<Lang, { subject: string; head: string; notFound: string; full: string; admins: string; generating: string; returned: (reply: string) => string }> = {
  en: { subject: 'Undeliverable: Proposal', head: 'Delivery has failed to these recipients or groups:', notFound: "The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.", full: "The recipient's mailbox is full and can't accept messages now. Please try resending your message later, or contact the recipient directly.", admins: 'Diagnostic information for administrators:', generating: 'Generating server', returned: (x) => `Remote Server returned '${x}'` },
  fr: { subject: 'Non remis : Proposition', head: 'Échec de la remise pour ces destinataires ou groupes :', notFound: "L’adresse de messagerie que vous avez entrée est introuvable. Vérifiez l’adresse de messagerie du destinataire et renvoyez le message. Si le problème persiste, contactez votre support technique.", full: 'La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour l’instant. Essayez de renvoyer votre message plus tard ou contactez directement le destinataire.', admins: 'Informations de diagnostic pour les administrateurs :', generating: 'Serveur de génération', returned: (x) => `Le serveur distant a retourné '${x}'` },
  it: { subject: 'Non recapitabile: Proposta', head: 'Il recapito non è riuscito per i seguenti destinatari o gruppi:', notFound: "Impossibile trovare l'indirizzo di posta elettronica immesso. Controlla l'indirizzo di posta elettronica del destinatario e prova a inviare di nuovo il messaggio.", full: 'La cassetta postale del destinatario è piena e non può accettare messaggi al momento. Prova a inviare di nuovo il messaggio più tardi o contatta direttamente il destinatario.', admins: 'Informazioni di diagnostica per gli amministratori:', generating: 'Server di generazione', returned: (x) => `Il server remoto ha restituito '${x}'` },
  de: { subject: 'Unzustellbar: Angebot', head: 'Fehler bei der Zustellung an folgende Empfänger oder Gruppen:', notFound: 'Die eingegebene E-Mail-Adresse wurde nicht gefunden. Überprüfen Sie die E-Mail-Adresse des Empfängers, und senden Sie die Nachricht erneut.', full: 'Das Postfach des Empfängers ist voll und kann zurzeit keine Nachrichten annehmen. Versuchen Sie später, die Nachricht erneut zu senden, oder wenden Sie sich direkt an den Empfänger.', admins: 'Diagnoseinformationen für Administratoren:', generating: 'Generierender Server', returned: (x) => `Remoteserver hat '${x}' zurückgegeben` },
  es: { subject: 'No se puede entregar: Propuesta', head: 'Error en la entrega a estos destinatarios o grupos:', notFound: 'No se encontró la dirección de correo electrónico especificada. Compruebe la dirección de correo del destinatario e intente volver a enviar el mensaje.', full: 'El buzón del destinatario está lleno y no puede aceptar mensajes en este momento. Intente reenviar el mensaje más tarde o póngase en contacto con el destinatario directamente.', admins: 'Información de diagnóstico para administradores:', generating: 'Servidor de generación', returned: (x) => `El servidor remoto devolvió '${x}'` },
}

function exchangeOld(lang: Lang, c: 'dead' | 'full', r: string, layout: Layout = 'html'): Modern {
  const w = EXCHANGE_OLD[lang]
  const reply = c === 'dead'
    ? `550 5.1.1 RESOLVER.ADR.RecipNotFound; not found`
    : '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception'
  const text = [
    w.head, '', `${local(r)} (${r})`, c === 'dead' ? w.notFound : w.full, '', '', w.admins, '',
    `${w.generating}: EXCH01.acme.local`, '', r, `${c === 'dead' ? 'EXCH02.client.local' : 'MBX01.client.local'}`, w.returned(reply), '',
    'Original message headers:', '', 'Received: from EXCH01.acme.local (10.0.0.1) by EXCH02.client.local', '',
  ].join('\n')
  return {
    provider: 'Exchange', lang, what: `old layout ${c}`, layout, text, rcpts: [r], want: c === 'dead' ? 'remove' : 'retry',
    from: `postmaster@${domain(r)}`, subject: w.subject, dsn: { status: c === 'dead' ? '5.1.1' : '5.2.2', diagnostic: reply },
  }
}

// ---------------------------------------------------------------------------------------------
// Gmail (mailer-daemon@googlemail.com), in the user's interface language.
// ---------------------------------------------------------------------------------------------

interface GmailWords {
  notFoundHead: string
  notFound: (r: string) => string
  domainNotFound: (r: string) => string
  notDeliveredHead: string
  notDelivered: (r: string) => string
  blockedHead: string
  blocked: (r: string) => string
  incompleteHead: string
  incomplete: (r: string) => string
  remote: string
  response: string
}

const GMAIL: Record<Lang, GmailWords> = {
  en: {
    notFoundHead: 'Address not found',
    notFound: (r) => `Your message wasn't delivered to ${r} because the address couldn't be found, or is unable to receive mail.`,
    domainNotFound: (r) => `Your message wasn't delivered to ${r} because the domain ${domain(r)} couldn't be found. Check for typos or unnecessary spaces and try again.`,
    notDeliveredHead: 'Message not delivered',
    notDelivered: (r) => `There was a problem delivering your message to ${r}. See the technical details below.`,
    blockedHead: 'Message blocked',
    blocked: (r) => `Your message to ${r} has been blocked. See technical details below for more information.`,
    incompleteHead: 'Delivery incomplete',
    incomplete: (r) => `There was a temporary problem delivering your message to ${r}. Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.`,
    remote: 'The response from the remote server was:',
    response: 'The response was:',
  },
  fr: {
    notFoundHead: 'Adresse introuvable',
    notFound: (r) => `Votre message n'a pas été distribué à ${r}, car l'adresse est introuvable ou ne peut pas recevoir d'e-mails.`,
    domainNotFound: (r) => `Votre message n'a pas été distribué à ${r}, car le domaine ${domain(r)} est introuvable. Vérifiez qu'il ne comporte pas de faute de frappe ni d'espace inutile, puis réessayez.`,
    notDeliveredHead: 'Message non distribué',
    notDelivered: (r) => `Un problème est survenu lors de la distribution de votre message à ${r}. Consultez les détails techniques ci-dessous.`,
    blockedHead: 'Message bloqué',
    blocked: (r) => `Votre message à ${r} a été bloqué. Pour en savoir plus, consultez les détails techniques ci-dessous.`,
    incompleteHead: 'Distribution incomplète',
    incomplete: (r) => `Un problème temporaire est survenu lors de la distribution de votre message à ${r}. Gmail réessaiera pendant encore 46 heures. Vous serez averti si la distribution échoue définitivement.`,
    remote: 'La réponse du serveur distant était :',
    response: 'Réponse :',
  },
  it: {
    notFoundHead: 'Indirizzo non trovato',
    notFound: (r) => `Il tuo messaggio non è stato recapitato a ${r} perché l'indirizzo non è stato trovato o non è in grado di ricevere email.`,
    domainNotFound: (r) => `Il tuo messaggio non è stato recapitato a ${r} perché non è stato possibile trovare il dominio ${domain(r)}. Verifica che non ci siano errori di battitura o spazi non necessari e riprova.`,
    notDeliveredHead: 'Messaggio non recapitato',
    notDelivered: (r) => `Si è verificato un problema durante il recapito del messaggio a ${r}. Visualizza i dettagli tecnici riportati di seguito.`,
    blockedHead: 'Messaggio bloccato',
    blocked: (r) => `Il tuo messaggio a ${r} è stato bloccato. Per ulteriori informazioni, visualizza i dettagli tecnici riportati di seguito.`,
    incompleteHead: 'Recapito incompleto',
    incomplete: (r) => `Si è verificato un problema temporaneo durante il recapito del messaggio a ${r}. Gmail riproverà per altre 46 ore. Riceverai una notifica se il recapito non andrà a buon fine in modo permanente.`,
    remote: 'La risposta del server remoto è stata:',
    response: 'La risposta è stata:',
  },
  de: {
    notFoundHead: 'Adresse nicht gefunden',
    notFound: (r) => `Ihre Nachricht wurde nicht an ${r} zugestellt, weil die Adresse nicht gefunden wurde oder keine E-Mails empfangen kann.`,
    domainNotFound: (r) => `Ihre Nachricht wurde nicht an ${r} zugestellt, weil die Domain ${domain(r)} nicht gefunden wurde. Überprüfen Sie die Adresse auf Tippfehler oder unnötige Leerzeichen und versuchen Sie es noch einmal.`,
    notDeliveredHead: 'Nachricht nicht zugestellt',
    notDelivered: (r) => `Beim Zustellen Ihrer Nachricht an ${r} ist ein Problem aufgetreten. Weitere Informationen finden Sie in den technischen Details unten.`,
    blockedHead: 'Nachricht blockiert',
    blocked: (r) => `Ihre Nachricht an ${r} wurde blockiert. Weitere Informationen finden Sie in den technischen Details unten.`,
    incompleteHead: 'Zustellung unvollständig',
    incomplete: (r) => `Beim Zustellen Ihrer Nachricht an ${r} ist ein vorübergehendes Problem aufgetreten. Gmail versucht es noch 46 Stunden lang. Sie werden benachrichtigt, falls die Zustellung endgültig fehlschlägt.`,
    remote: 'Antwort des Remoteservers:',
    response: 'Antwort:',
  },
  es: {
    notFoundHead: 'No se ha encontrado la dirección',
    notFound: (r) => `Tu mensaje no se ha entregado a ${r} porque no se ha encontrado la dirección o no puede recibir correo.`,
    domainNotFound: (r) => `Tu mensaje no se ha entregado a ${r} porque no se ha encontrado el dominio ${domain(r)}. Comprueba si hay errores tipográficos o espacios innecesarios y vuelve a intentarlo.`,
    notDeliveredHead: 'Mensaje no entregado',
    notDelivered: (r) => `Se ha producido un problema al entregar tu mensaje a ${r}. Consulta los detalles técnicos que aparecen más abajo.`,
    blockedHead: 'Mensaje bloqueado',
    blocked: (r) => `Se ha bloqueado tu mensaje a ${r}. Consulta los detalles técnicos que aparecen más abajo para obtener más información.`,
    incompleteHead: 'Entrega incompleta',
    incomplete: (r) => `Se ha producido un problema temporal al entregar tu mensaje a ${r}. Gmail volverá a intentarlo durante 46 horas más. Recibirás una notificación si la entrega falla de forma permanente.`,
    remote: 'La respuesta del servidor remoto fue:',
    response: 'La respuesta fue:',
  },
}

/** Gmail's DSN subject in the user's language: failure, then delay. */
const GMAIL_SUBJECT: Record<Lang, [string, string]> = {
  en: ['Delivery Status Notification (Failure)', 'Delivery Status Notification (Delay)'],
  fr: ["Notification d'état de remise (échec)", "Notification d'état de remise (retard)"],
  it: ['Notifica dello stato di consegna (errore)', 'Notifica dello stato di consegna (ritardo)'],
  de: ['Übermittlungsstatusbenachrichtigung (Fehler)', 'Übermittlungsstatusbenachrichtigung (Verzögerung)'],
  es: ['Notificación de estado de entrega (error)', 'Notificación de estado de entrega (retraso)'],
}

type GmailCase = 'dead-remote' | 'dead-gmail' | 'domain' | 'full' | 'spam' | 'delay' | 'policy'

function gmail(lang: Lang, c: GmailCase, r: string, serverSaid?: [reply: string, status: string]): Modern {
  const w = GMAIL[lang]
  let head: string, sentence: string, label: string, reply: string, status: string, want: Want, action = 'failed'
  let subject = GMAIL_SUBJECT[lang][0]
  switch (c) {
    case 'dead-remote':
      ;[head, sentence, label, reply, status, want] = [w.notFoundHead, w.notFound(r), w.remote, `550 5.1.1 <${r}>: Recipient address rejected: User unknown in virtual mailbox table`, '5.1.1', 'remove']
      break
    case 'dead-gmail':
      ;[head, sentence, label, reply, status, want] = [w.notFoundHead, w.notFound(r), w.response, "The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser", '5.1.1', 'remove']
      break
    case 'domain':
      ;[head, sentence, label, reply, status, want] = [w.notFoundHead, w.domainNotFound(r), w.response, `DNS Error: DNS type 'mx' lookup of ${domain(r)} responded with code NXDOMAIN Domain name not found: ${domain(r)} For more information, go to https://support.google.com/mail/?p=BadRcptDomain`, '5.1.2', 'remove']
      break
    case 'full':
      ;[head, sentence, label, reply, status, want] = [w.notDeliveredHead, w.notDelivered(r), w.remote, `552 5.2.2 <${r}>: user is over quota`, '5.2.2', 'retry']
      break
    case 'spam':
      ;[head, sentence, label, reply, status, want] = [w.blockedHead, w.blocked(r), w.remote, '550 5.7.1 Message rejected as spam by Content Filtering.', '5.7.1', 'fix-sending']
      break
    case 'policy':
      ;[head, sentence, label, reply, status, want] = [w.notDeliveredHead, w.notDelivered(r), w.remote, `550 5.7.1 <${r}>: Sender address rejected: SPF check failed, see https://www.open-spf.org/Why`, '5.7.1', 'fix-sending']
      break
    case 'delay':
      ;[head, sentence, label, reply, status, want] = [w.incompleteHead, w.incomplete(r), w.response, 'The recipient server did not accept our requests to connect. For more information, go to https://support.google.com/mail/answer/7720 [mx.' + domain(r) + '. 192.0.2.10: timed out]', '4.4.1', 'pending']
      action = 'delayed'
      subject = GMAIL_SUBJECT[lang][1]
      break
  }
  if (serverSaid) [reply, status] = serverSaid
  const text = `** ${head} **\n\n${sentence}\n\n${label}\n${reply}\n\n\n----- Original message -----\n\nDKIM-Signature: v=1; a=rsa-sha256; d=acme.example\nFrom: Sales <${SENDER}>\nTo: ${r}\nSubject: Proposal\n`
  return {
    provider: 'Gmail', lang, what: c, layout: 'report', text, rcpts: [r], want, subject,
    from: 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>', dsn: { status, action, diagnostic: reply },
  }
}

/**
 * Gmail's "Address not found" as other translations word it (the sentence and the response label of
 * test/fixtures/bounce/providers/gmail-fr-outlook-mailbox-unavailable.eml), answered by Outlook.com's
 * "mailbox unavailable" for an address it does not have.
 */
const GMAIL_ALT: Record<Exclude<Lang, 'en'>, [sentence: (r: string) => string, label: string]> = {
  fr: [(r) => `Votre message n'a pas pu être distribué à ${r} : l'adresse est introuvable ou ne peut pas recevoir de messages.`, 'Réponse du serveur distant :'],
  it: [(r) => `Impossibile recapitare il messaggio a ${r}: l'indirizzo non è stato trovato o non può ricevere messaggi.`, 'Risposta del server remoto:'],
  de: [(r) => `Ihre Nachricht konnte nicht an ${r} zugestellt werden: Die Adresse wurde nicht gefunden oder kann keine E-Mails empfangen.`, 'Antwort des Remote-Servers:'],
  es: [(r) => `No se ha podido entregar tu mensaje a ${r}: no se ha encontrado la dirección o no puede recibir correo.`, 'Respuesta del servidor remoto:'],
}

function gmailAlt(lang: Exclude<Lang, 'en'>, r: string): Modern {
  const [sentence, label] = GMAIL_ALT[lang]
  const reply = '550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). [DM6NAM12FT041.eop-nam12.prod.protection.outlook.com 2025-11-03T10:00:01.123Z 08DCFE1A2B3C4D5E]'
  const text = `** ${GMAIL[lang].notFoundHead} **\n\n${sentence(r)}\n\n${label}\n${reply}\n`
  return { provider: 'Gmail', lang, what: 'other wording, Outlook.com mailbox unavailable', layout: 'report', text, rcpts: [r], want: 'remove', subject: GMAIL_SUBJECT[lang][0], from: 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>', dsn: { status: '5.5.0', diagnostic: reply } }
}

// ---------------------------------------------------------------------------------------------
// Yahoo / AOL ("Sorry, we were unable to deliver your message to the following address.").
// ---------------------------------------------------------------------------------------------

// Yahoo writes this notice in English whatever the user's language (Yahoo's SMTP error codes page
// quotes only the English text), so the rows in other languages differ by recipient and server text.
const YAHOO_HEAD = 'Sorry, we were unable to deliver your message to the following address.'
const YAHOO_COPY = '--- Below this line is a copy of the message.'

function yahoo(lang: Lang, what: string, r: string, reply: string, want: Want, from = 'MAILER-DAEMON@yahoo.com'): Modern {
  const text = `${YAHOO_HEAD}\n\n<${r}>:\n${reply}\n\n${YAHOO_COPY}\n\nReceived: from 10.197.33.10 by atlas-production.v2-mail-prod1-gq1.omega.yahoo.com\nFrom: Sales <${SENDER}>\nTo: ${r}\nSubject: Proposal\n`
  return { provider: from.includes('aol') ? 'AOL' : 'Yahoo', lang, what, layout: 'plain', text, rcpts: [r], want, from, subject: 'Failure Notice' }
}

// ---------------------------------------------------------------------------------------------
// Postfix (iCloud, Fastmail, Proton Mail, Orange, hosting), with localised bounce templates.
// ---------------------------------------------------------------------------------------------

const POSTFIX: Record<Lang, { subject: string; failed: (host: string) => string; delayedSubject: string; delayed: (host: string) => string }> = {
  en: {
    subject: 'Undelivered Mail Returned to Sender',
    failed: (h) => `This is the mail system at host ${h}.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n                   The mail system`,
    delayedSubject: 'Delayed Mail (still being retried)',
    delayed: (h) => `This is the mail system at host ${h}.\n\n####################################################################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################################################################\n\nYour message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\n                   The mail system`,
  },
  fr: {
    subject: 'Courriel non distribué retourné à l’expéditeur',
    failed: (h) => `Ceci est le système de messagerie de l'hôte ${h}.\n\nJe suis désolé de vous informer que votre message n'a pas pu\nêtre distribué à un ou plusieurs destinataires. Il est joint ci-dessous.\n\nPour obtenir de l'aide, écrivez au postmaster.\n\n                   Le système de messagerie`,
    delayedSubject: 'Courriel retardé (nouvelles tentatives en cours)',
    delayed: (h) => `Ceci est le système de messagerie de l'hôte ${h}.\n\n# CECI EST UN SIMPLE AVERTISSEMENT. VOUS N'AVEZ PAS BESOIN DE RENVOYER VOTRE MESSAGE. #\n\nVotre message n'a pas pu être distribué depuis plus de 4 heure(s).\nDe nouvelles tentatives auront lieu pendant 5 jour(s).\n\n                   Le système de messagerie`,
  },
  it: {
    subject: 'Messaggio non recapitato restituito al mittente',
    failed: (h) => `Questo è il sistema di posta dell'host ${h}.\n\nSiamo spiacenti di informarti che il tuo messaggio non è stato\nrecapitato a uno o più destinatari. È allegato qui sotto.\n\nPer ulteriore assistenza scrivi al postmaster.\n\n                   Il sistema di posta`,
    delayedSubject: 'Messaggio in ritardo (nuovi tentativi in corso)',
    delayed: (h) => `Questo è il sistema di posta dell'host ${h}.\n\n# QUESTO È SOLO UN AVVISO. NON È NECESSARIO INVIARE DI NUOVO IL MESSAGGIO. #\n\nIl tuo messaggio non è stato recapitato da più di 4 ora/e.\nVerranno effettuati altri tentativi fino a 5 giorni.\n\n                   Il sistema di posta`,
  },
  de: {
    subject: 'Unzustellbare Nachricht an den Absender zurückgesendet',
    failed: (h) => `Dies ist das Mailsystem auf dem Rechner ${h}.\n\nLeider muss ich Ihnen mitteilen, dass Ihre Nachricht nicht an einen\noder mehrere Empfänger zugestellt werden konnte. Sie ist unten angehängt.\n\nFür weitere Hilfe schreiben Sie bitte an postmaster.\n\n                   Das Mailsystem`,
    delayedSubject: 'Verzögerte Nachricht (wird weiter versucht)',
    delayed: (h) => `Dies ist das Mailsystem auf dem Rechner ${h}.\n\n# DIES IST NUR EINE WARNUNG. SIE MÜSSEN IHRE NACHRICHT NICHT ERNEUT SENDEN. #\n\nIhre Nachricht konnte seit mehr als 4 Stunde(n) nicht zugestellt werden.\nEs wird weiter versucht, bis sie 5 Tag(e) alt ist.\n\n                   Das Mailsystem`,
  },
  es: {
    subject: 'Correo no entregado devuelto al remitente',
    failed: (h) => `Este es el sistema de correo del servidor ${h}.\n\nLamento informarle de que su mensaje no pudo ser entregado\na uno o más destinatarios. Se adjunta a continuación.\n\nPara más ayuda, escriba a postmaster.\n\n                   El sistema de correo`,
    delayedSubject: 'Correo retrasado (se sigue reintentando)',
    delayed: (h) => `Este es el sistema de correo del servidor ${h}.\n\n# ESTO ES SOLO UN AVISO. NO NECESITA REENVIAR SU MENSAJE. #\n\nSu mensaje no ha podido ser entregado durante más de 4 hora(s).\nSe seguirá intentando hasta que tenga 5 día(s).\n\n                   El sistema de correo`,
  },
}

/** A Postfix notice; `report` adds the delivery-status part, `plain` is the text alone (a forwarded or flattened copy). */
function postfix(provider: string, lang: Lang, what: string, host: string, r: string, said: string, want: Want, o: { layout?: Layout; status?: string; delayed?: boolean } = {}): Modern {
  const p = POSTFIX[lang]
  const text = `${o.delayed ? p.delayed(host) : p.failed(host)}\n\n<${r}>: ${said}\n`
  return {
    provider, lang, what, layout: o.layout ?? 'report', text, rcpts: [r], want,
    from: `MAILER-DAEMON@${host} (Mail Delivery System)`,
    subject: o.delayed ? p.delayedSubject : p.subject,
    dsn: { status: o.status ?? '5.0.0', action: o.delayed ? 'delayed' : 'failed', diagnostic: said.replace(/ \(in reply to .*\)$/, '') },
  }
}

// ---------------------------------------------------------------------------------------------
// Exim (GMX / web.de via 1&1, Libero, hosting providers), with localised templates.
// ---------------------------------------------------------------------------------------------

const EXIM: Record<Lang, { subject: string; head: string }> = {
  en: { subject: 'Mail delivery failed: returning message to sender', head: 'This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:' },
  fr: { subject: 'Échec de la remise du courrier : retour du message à l’expéditeur', head: "Ce message a été créé automatiquement par le logiciel de distribution du courrier.\n\nUn message que vous avez envoyé n'a pas pu être remis à un ou plusieurs\nde ses destinataires. Il s'agit d'une erreur permanente. La ou les adresses suivantes ont échoué :" },
  it: { subject: 'Recapito della posta non riuscito: messaggio restituito al mittente', head: 'Questo messaggio è stato creato automaticamente dal software di recapito della posta.\n\nUn messaggio che hai inviato non è stato recapitato a uno o più\ndestinatari. Si tratta di un errore permanente. I seguenti indirizzi non sono riusciti:' },
  de: { subject: 'Zustellung fehlgeschlagen: Nachricht an den Absender zurückgesendet', head: 'Diese Nachricht wurde automatisch von der Mail-Zustellsoftware erstellt.\n\nEine Nachricht, die Sie gesendet haben, konnte nicht an einen oder mehrere\nEmpfänger zugestellt werden. Dies ist ein dauerhafter Fehler. Folgende Adresse(n) schlugen fehl:' },
  es: { subject: 'Fallo en la entrega del correo: devolviendo el mensaje al remitente', head: 'Este mensaje ha sido creado automáticamente por el software de entrega de correo.\n\nUn mensaje que usted envió no pudo ser entregado a uno o más de sus\ndestinatarios. Este es un error permanente. La(s) siguiente(s) dirección(es) fallaron:' },
}

function exim(provider: string, lang: Lang, what: string, daemon: string, r: string, detail: string, want: Want): Modern {
  const e = EXIM[lang]
  const text = `${e.head}\n\n  ${r}\n    ${detail}\n\n------ This is a copy of the message, including all the headers. ------\n\nReturn-path: <${SENDER}>\nFrom: Sales <${SENDER}>\nTo: ${r}\nSubject: Proposal\n`
  return { provider, lang, what, layout: 'plain', text, rcpts: [r], want, from: `Mail Delivery System <${daemon}>`, subject: e.subject }
}

/** A localised server answer and the verdict it must get. */
const SERVER_WORDS: ReadonlyArray<[Lang, string, Want]> = [
  ['it', '550 Utente non trovato', 'remove'], ['it', '550 Casella di posta inesistente', 'remove'], ['it', '550 Questo account non esiste', 'remove'],
  ['it', '550 Destinatario non valido', 'remove'], ['it', '550 5.1.1 Utente inesistente / User unknown', 'remove'],
  ['de', '550 Benutzer nicht bekannt', 'remove'], ['de', '550 Mailbox nicht vorhanden', 'remove'], ['de', '550 Postfach nicht gefunden', 'remove'],
  ['de', '550 Ungültiger Empfänger', 'remove'], ['de', '550 Diese E-Mail-Adresse existiert nicht', 'remove'],
  ['es', '550 La dirección de correo no existe', 'remove'], ['es', '550 Cuenta de correo inexistente', 'remove'], ['es', '550 No existe la cuenta', 'remove'],
  ['es', '550 Destinatario no válido', 'remove'], ['es', '550 La cuenta de correo no existe', 'remove'],
  ['fr', '550 Compte inexistant', 'remove'], ['fr', '550 Boîte aux lettres inconnue', 'remove'], ['fr', "550 Le compte n'existe pas", 'remove'],
  ['fr', '550 Destinataire invalide', 'remove'], ['fr', '550 Adresse e-mail inconnue', 'remove'],
  // The same words about the sender, or said to be temporary, are not a dead recipient.
  ['fr', '550 Expéditeur inconnu', 'keep'], ['it', '550 Mittente sconosciuto', 'keep'], ['de', '550 Absender unbekannt', 'keep'], ['es', '550 Remitente desconocido', 'keep'],
  ['fr', '550 Boîte aux lettres inconnue, réessayez plus tard', 'keep'], ['it', '550 Utente non trovato, riprova più tardi', 'keep'],
  ['de', '550 Postfach nicht gefunden, bitte versuchen Sie es später erneut', 'keep'], ['es', '550 Buzón inexistente, vuelva a intentarlo más tarde', 'keep'],
  ['de', '452 4.2.2 Postfach voll', 'keep'], ['es', '550 Buzón no disponible temporalmente', 'keep'],
]

/** Exchange Online codes that are the sender's or temporary (Microsoft's NDR reference, per-code pages). */
const MS_OTHER_CODES: ReadonlyArray<[string, string]> = [
  ['550 5.1.8', '550 5.1.8 Access denied, bad outbound sender. AS(42003)'],
  ['550 5.7.520', '550 5.7.520 Access denied, Your organization does not allow external forwarding. AS(7555)'],
  ['550 5.7.124', '550 5.7.124 RESOLVER.RST.SenderNotAllowed; Sender not in allowed senders list'],
  ['554 5.4.14', '554 5.4.14 Hop count exceeded - possible mail loop ATTR34'],
  ['550 5.2.121', "550 5.2.121 Recipient's hourly message receive limit from specific sender exceeded"],
  ['550 5.1.90', "550 5.1.90 Your message can't be sent because you've reached your daily limit for message recipients"],
  ['550 5.7.509', '550 5.7.509 Access denied, sending domain sender.example does not pass DMARC verification and has a DMARC policy of reject'],
  ['550 5.7.606', '550 5.7.606 Access denied, banned sending IP [198.51.100.7]'],
  ['550 5.4.300', '550 5.4.300 Message expired'],
  ['550 5.7.1', "550 5.7.1 Unfortunately, messages from [198.51.100.7] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150)."],
]

const LANGS: Lang[] = ['en', 'fr', 'it', 'de', 'es']
const RCPT: Record<Lang, string> = {
  en: 'kim.lee@prospect.example',
  fr: 'marie.dupont@client.example.fr',
  it: 'luca.rossi@cliente.example.it',
  de: 'jan.mueller@kunde.example.de',
  es: 'ana.garcia@cliente.example.es',
}

const NOTICES: Modern[] = [
  // Microsoft 365, every case in every language, as the HTML part alone and as Microsoft sends it.
  ...LANGS.flatMap((lang) => (Object.keys(MS_CASES) as MsCase[]).map((c) => ms365(lang, c, RCPT[lang], c === 'dead' || c === 'full' ? 'report' : 'html'))),
  ...LANGS.map((lang) => ms365(lang, 'dead', RCPT[lang], 'html')),
  ...LANGS.map((lang) => msDelay(lang, RCPT[lang])),
  // Exchange Online's sender-side and temporary codes (Microsoft's NDR reference table): never remove.
  ...MS_OTHER_CODES.map(([code, error]): Modern => ({
    provider: 'Microsoft 365', lang: 'en', what: code, layout: 'html', rcpts: [RCPT.en], want: 'keep',
    from: 'Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@acme.example>', subject: MS.en.subject,
    text: `${MS.en.headline(RCPT.en)}\nThere's a problem delivering to this recipient.\n\n${MS.en.admins}\n${MS.en.statusCode}: ${code}\n\n${MS.en.errorDetails}\n${MS.en.error}:\t${error}\n${MS.en.rejectedBy}:\tAM9PR01MB1234.eurprd01.prod.exchangelabs.com\n`,
  })),

  ...LANGS.flatMap((lang) => [exchangeOld(lang, 'dead', RCPT[lang]), exchangeOld(lang, 'full', RCPT[lang])]),

  // Gmail, every case in every language.
  ...LANGS.flatMap((lang) => (['dead-remote', 'dead-gmail', 'domain', 'full', 'spam', 'policy', 'delay'] as GmailCase[]).map((c) => gmail(lang, c, c === 'dead-gmail' ? `x.${RCPT[lang].replace(/@.*/, '')}@gmail.com` : RCPT[lang]))),

  ...(['fr', 'it', 'de', 'es'] as const).map((lang) => gmailAlt(lang, `${local(RCPT[lang])}@outlook.com`)),

  // Yahoo / AOL.
  ...LANGS.map((lang) => yahoo(lang, 'dead, remote Postfix', RCPT[lang], `550: 5.1.1 <${RCPT[lang]}>: Recipient address rejected: User unknown in virtual alias table`, 'remove')),
  yahoo('en', 'dead yahoo.com', 'kim.lee@yahoo.com', "554: delivery error: dd This user doesn't have a yahoo.com account (kim.lee@yahoo.com) [0] - mta1321.mail.ne1.yahoo.com", 'remove'),
  yahoo('fr', 'dead yahoo.fr', 'marie.dupont@yahoo.fr', "554: delivery error: dd This user doesn't have a yahoo.fr account (marie.dupont@yahoo.fr) [0] - mta1023.mail.ir2.yahoo.com", 'remove'),
  yahoo('en', 'dead aol.com', 'kimlee@aol.com', "554: delivery error: dd This user doesn't have a aol.com account (kimlee@aol.com) [0] - mta4021.aol.mail.gq1.yahoo.com", 'remove', 'MAILER-DAEMON@aol.com'),
  yahoo('it', 'domain not found', 'luca@cliente-sparito.example.it', '550: 5.1.2 Host or domain name not found. Name service error for name=cliente-sparito.example.it type=MX: Host not found', 'remove'),
  yahoo('de', 'mailbox full', RCPT.de, `552: 5.2.2 <${RCPT.de}>: Mailbox voll / mailbox full`, 'retry'),
  yahoo('es', 'deferred, greylisted', RCPT.es, '451: 4.7.1 <' + RCPT.es + '>: Recipient address rejected: Greylisted, please try again later', 'keep'),
  yahoo('en', 'blocked as spam', RCPT.en, '554: 5.7.1 Message rejected because it was identified as spam', 'fix-sending'),
  yahoo('fr', 'disabled mailbox', 'marie.dupont@yahoo.fr', '554: 30 Sorry, your message to marie.dupont@yahoo.fr cannot be delivered. This mailbox is disabled (554.30).', 'remove'),

  // Outlook.com / Hotmail refuses an address it does not have with "550 5.5.0 Requested action not
  // taken: mailbox unavailable" at RCPT (Microsoft's Outlook.com postmaster pages).
  postfix('Postfix to Outlook.com', 'en', 'dead hotmail.com', 'mail.sender-side.example', 'kim.lee@hotmail.com', 'host hotmail-com.olc.protection.outlook.com[52.101.42.1] said: 550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302) [BN1PEPF0000468E.namprd05.prod.outlook.com 2025-11-03T10:00:01.000Z 08DDF1A2B3C4D5E6] (in reply to RCPT TO command)', 'remove', { status: '5.5.0' }),
  ...LANGS.map((lang): Modern => ({ ...gmail(lang, 'dead-remote', `${local(RCPT[lang])}@outlook.com`, ['550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302) [AM2PEPF0001C70D.eurprd05.prod.outlook.com 2025-11-03T10:00:01.000Z 08DDF1A2B3C4D5E6]', '5.5.0']), what: 'dead at Outlook.com (5.5.0)' })),
  yahoo('en', 'Spamhaus listing [BL21]', RCPT.en, '553: 5.7.1 [BL21] Connections will not be accepted from 198.51.100.7, because the ip is in Spamhaus\'s list; see https://postmaster.yahooinc.com/error-codes', 'fix-sending'),
  postfix('iCloud', 'en', 'local policy [CS01]', 'p00-icloudmta-asmtp-us-west-2a-100.icloud.com', 'kim.lee@icloud.com', 'host mx01.mail.icloud.com[17.57.155.23] said: 554 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137 (in reply to end of DATA command)', 'keep', { status: '5.7.1' }),

  // Several recipients in one notice (Postfix, Exim and Exchange list every failed address; Gmail
  // writes one notice per recipient).
  ...LANGS.map((lang): Modern => {
    const rs = [RCPT[lang], `contact@${domain(RCPT[lang])}`]
    const p = POSTFIX[lang]
    const text = `${p.failed('mail.sender-side.example')}\n\n${rs.map((r) => `<${r}>: host mx.${domain(r)}[192.0.2.10] said: 550 5.1.1 <${r}>:\n    Recipient address rejected: User unknown in virtual mailbox table (in reply to\n    RCPT TO command)`).join('\n\n')}\n`
    return { provider: 'Postfix, localised', lang, what: 'two dead, wrapped lines', layout: 'report', text, rcpts: rs, want: 'remove', from: 'MAILER-DAEMON@mail.sender-side.example (Mail Delivery System)', subject: p.subject, dsn: { status: '5.1.1', diagnostic: '550 5.1.1 Recipient address rejected: User unknown in virtual mailbox table' } }
  }),
  ...LANGS.map((lang): Modern => {
    const rs = [RCPT[lang], `contact@${domain(RCPT[lang])}`]
    const e = EXIM[lang]
    const text = `${e.head}\n\n${rs.map((r) => `  ${r}\n    host mx.${domain(r)} [192.0.2.10]\n    SMTP error from remote mail server after RCPT TO:<${r}>:\n    550 5.1.1 <${r}>: Recipient address rejected: User unknown`).join('\n')}\n\n------ This is a copy of the message, including all the headers. ------\n`
    return { provider: 'Exim, localised', lang, what: 'two dead', layout: 'plain', text, rcpts: rs, want: 'remove', from: 'Mail Delivery System <Mailer-Daemon@server.hosting.example>', subject: e.subject }
  }),
  ...LANGS.map((lang): Modern => {
    const rs = [RCPT[lang], `contact@${domain(RCPT[lang])}`]
    const w = EXCHANGE_OLD[lang]
    const reply = '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'
    const text = [w.head, '', ...rs.flatMap((r) => [`${local(r)} (${r})`, w.notFound, '']), '', w.admins, '', `${w.generating}: EXCH01.acme.local`, '', ...rs.flatMap((r) => [r, 'EXCH02.client.local', w.returned(reply), '']), 'Original message headers:', ''].join('\n')
    return { provider: 'Exchange', lang, what: 'old layout, two dead', layout: 'html', text, rcpts: rs, want: 'remove', from: `postmaster@${domain(RCPT[lang])}`, subject: w.subject }
  }),
  {
    provider: 'Yahoo', lang: 'en', what: 'two recipients, both dead', layout: 'plain', rcpts: ['kim.lee@yahoo.com', 'lee.kim@yahoo.com'], want: 'remove',
    from: 'MAILER-DAEMON@yahoo.com', subject: 'Failure Notice',
    text: `${YAHOO_HEAD}\n\n<kim.lee@yahoo.com>:\n554: delivery error: dd This user doesn't have a yahoo.com account (kim.lee@yahoo.com) [0] - mta1321.mail.ne1.yahoo.com\n\n<lee.kim@yahoo.com>:\n554: delivery error: dd This user doesn't have a yahoo.com account (lee.kim@yahoo.com) [0] - mta1321.mail.ne1.yahoo.com\n\n${YAHOO_COPY}\n`,
  },

  // Servers that answer in the recipient's language (Libero "utente inesistente", web.de "Benutzer nicht
  // bekannt", Spanish and French ISPs), relayed by Postfix with no enhanced status: the words decide.
  ...SERVER_WORDS.map(([lang, said, want], i) => postfix('Postfix, server words', lang, `"${said}"`, 'mail.sender-side.example', RCPT[lang], `host mx.${domain(RCPT[lang])}[192.0.2.10] said: ${said} (in reply to ${i % 2 ? 'RCPT TO' : 'end of DATA'} command)`, want, { layout: i % 3 ? 'plain' : 'report' })),

  // iCloud, Fastmail, Proton Mail, Orange, Zoho, hosting: Postfix, with and without the DSN part.
  postfix('iCloud', 'en', 'dead', 'p00-icloudmta-asmtp-us-west-2a-100.icloud.com', 'kim.lee@icloud.com', 'host mx01.mail.icloud.com[17.57.155.23] said: 550 5.1.1 <kim.lee@icloud.com>: user does not exist (in reply to RCPT TO command)', 'remove', { status: '5.1.1' }),
  postfix('iCloud', 'en', 'mailbox full', 'p00-icloudmta-asmtp-us-west-2a-100.icloud.com', 'kim.lee@icloud.com', 'host mx01.mail.icloud.com[17.57.155.23] said: 552 5.2.2 <kim.lee@icloud.com>: user is over quota (in reply to RCPT TO command)', 'retry', { status: '5.2.2' }),
  postfix('iCloud', 'en', 'spam', 'p00-icloudmta-asmtp-us-west-2a-100.icloud.com', RCPT.en, 'host mx.prospect.example[192.0.2.10] said: 554 5.7.1 Message rejected due to local policy: spam (in reply to end of DATA command)', 'fix-sending', { status: '5.7.1' }),
  postfix('Fastmail', 'en', 'dead, flattened', 'mx3.messagingengine.com', RCPT.en, 'host mx.prospect.example[192.0.2.10] said: 550 5.1.1 <kim.lee@prospect.example>: Recipient address rejected: User unknown in local recipient table (in reply to RCPT TO command)', 'remove', { layout: 'plain', status: '5.1.1' }),
  postfix('Fastmail', 'en', 'domain', 'mx3.messagingengine.com', 'kim@gone-away.example', 'Host or domain name not found. Name service error for name=gone-away.example type=MX: Host not found, try again', 'keep', { status: '5.4.4' }),
  postfix('Proton Mail', 'en', 'dead', 'mail-4322.protonmail.ch', RCPT.en, 'host mx.prospect.example[192.0.2.10] said: 550 5.1.1 <kim.lee@prospect.example>: Recipient address rejected: undeliverable address: mailbox does not exist (in reply to RCPT TO command)', 'remove', { status: '5.1.1' }),
  postfix('Proton Mail', 'en', 'deferred', 'mail-4322.protonmail.ch', RCPT.en, 'host mx.prospect.example[192.0.2.10] said: 450 4.2.0 <kim.lee@prospect.example>: Recipient address rejected: Greylisted (in reply to RCPT TO command)', 'pending', { status: '4.2.0', delayed: true }),
  ...LANGS.map((lang) => postfix('Postfix, localised', lang, 'dead', 'mail.sender-side.example', RCPT[lang], `host mx.${domain(RCPT[lang])}[192.0.2.10] said: 550 5.1.1 <${RCPT[lang]}>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)`, 'remove', { status: '5.1.1', layout: 'plain' })),
  ...LANGS.map((lang) => postfix('Postfix, localised', lang, 'domain', 'mail.sender-side.example', `info@nowhere-${lang}.example`, `Host or domain name not found. Name service error for name=nowhere-${lang}.example type=AAAA: Host not found`, 'remove', { status: '5.4.4', layout: 'plain' })),
  ...LANGS.map((lang) => postfix('Postfix, localised', lang, 'mailbox full', 'mail.sender-side.example', RCPT[lang], `host mx.${domain(RCPT[lang])}[192.0.2.10] said: 552 5.2.2 <${RCPT[lang]}>: Mailbox full (in reply to RCPT TO command)`, 'retry', { status: '5.2.2' })),
  ...LANGS.map((lang) => postfix('Postfix, localised', lang, 'deferred', 'mail.sender-side.example', RCPT[lang], `host mx.${domain(RCPT[lang])}[192.0.2.10] said: 451 4.7.1 Service unavailable - try again later (in reply to RCPT TO command)`, 'pending', { status: '4.7.1', delayed: true, layout: 'plain' })),
  ...LANGS.map((lang) => postfix('Postfix, localised', lang, 'blocked', 'mail.sender-side.example', RCPT[lang], `host mx.${domain(RCPT[lang])}[192.0.2.10] said: 554 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using zen.spamhaus.org (in reply to RCPT TO command)`, 'fix-sending', { status: '5.7.1', layout: 'plain' })),
  postfix('Orange', 'fr', 'dead, French server text', 'smtp.orange.fr', 'marie.dupont@orange.fr', "host mx.orange.fr[193.252.22.65] said: 550 5.1.1 <marie.dupont@orange.fr>: Adresse d'au moins un destinataire invalide. Invalid recipient. OFR_416 [416] (in reply to RCPT TO command)", 'remove', { status: '5.1.1' }),
  postfix('Orange', 'fr', 'mailbox full, French server text', 'smtp.orange.fr', 'marie.dupont@orange.fr', 'host mx.orange.fr[193.252.22.65] said: 552 5.2.2 <marie.dupont@orange.fr>: Boîte aux lettres pleine. Mailbox full. OFR_417 [417] (in reply to RCPT TO command)', 'retry', { status: '5.2.2', layout: 'plain' }),
  postfix('Orange', 'fr', 'blocked, French server text', 'smtp.orange.fr', 'marie.dupont@orange.fr', 'host mx.orange.fr[193.252.22.65] said: 550 5.7.1 Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR_999 [506] (in reply to end of DATA command)', 'keep', { status: '5.7.1', layout: 'plain' }),

  // Zoho Mail.
  ...(['en', 'fr', 'it', 'de', 'es'] as Lang[]).map((lang): Modern => ({
    provider: 'Zoho', lang, what: 'dead', layout: 'html', rcpts: [RCPT[lang]], want: 'remove',
    from: 'Mail Delivery System <mailer-daemon@mx.zohomail.com>', subject: 'Undelivered Mail Returned to Sender',
    text: `${{ en: 'Delivery to the following recipients failed permanently:', fr: 'La remise aux destinataires suivants a échoué définitivement :', it: 'Il recapito ai seguenti destinatari non è riuscito in modo permanente:', de: 'Die Zustellung an folgende Empfänger ist endgültig fehlgeschlagen:', es: 'La entrega a los siguientes destinatarios falló de forma permanente:' }[lang]}\n\n${RCPT[lang]}\n\n${{ en: 'Technical details of permanent failure:', fr: "Détails techniques de l'échec permanent :", it: "Dettagli tecnici dell'errore permanente:", de: 'Technische Details des dauerhaften Fehlers:', es: 'Detalles técnicos del error permanente:' }[lang]}\n550 5.1.1 User does not exist - <${RCPT[lang]}>\n`,
  })),

  ...([['mailbox full', '552 5.2.2 Mailbox quota exceeded', 'retry'], ['spam policy', '550 5.7.1 Email rejected per SPAM policy', 'fix-sending']] as const).map(([what, said, want]): Modern => ({
    provider: 'Zoho', lang: 'en', what, layout: 'html', rcpts: [RCPT.en], want,
    from: 'Mail Delivery System <mailer-daemon@mx.zohomail.com>', subject: 'Undelivered Mail Returned to Sender',
    text: `Delivery to the following recipients failed permanently:\n\n${RCPT.en}\n\nTechnical details of permanent failure:\n${said}\n`,
  })),

  // GMX / web.de (1&1 Nemesis, Exim-style), Libero, hosting providers.
  exim('GMX', 'de', 'dead', 'mailer-daemon@gmx.net', RCPT.de, `SMTP error from remote server for RCPT TO command, host: mx.kunde.example.de (192.0.2.10) reason: 550 5.1.1 <${RCPT.de}>: Recipient address rejected: User unknown`, 'remove'),
  exim('web.de', 'de', 'mailbox full', 'mailer-daemon@web.de', RCPT.de, 'SMTP error from remote server for RCPT TO command, host: mx.kunde.example.de (192.0.2.10) reason: 552 5.2.2 Postfach voll / Mailbox full', 'retry'),
  exim('GMX', 'en', 'dead', 'mailer-daemon@gmx.com', RCPT.en, `SMTP error from remote server for RCPT TO command, host: mx.prospect.example (192.0.2.10) reason: 550 5.1.1 <${RCPT.en}>: Recipient address rejected: User unknown in local recipient table`, 'remove'),
  // web.de's own answers as German hosting providers list them ("550 Benutzer nicht bekannt/User unknown",
  // "550 Benutzer hat das Speichervolumen ueberschritten. / User has exhausted allowed storage space.").
  exim('web.de', 'de', 'dead, bilingual answer', 'mailer-daemon@web.de', 'jan.mueller@web.de', 'SMTP error from remote server for RCPT TO command, host: mx-ha.web.de (212.227.15.17) reason: 550 Benutzer nicht bekannt/User unknown', 'remove'),
  exim('web.de', 'de', 'storage exhausted, bilingual answer', 'mailer-daemon@web.de', 'jan.mueller@web.de', 'SMTP error from remote server for RCPT TO command, host: mx-ha.web.de (212.227.15.17) reason: 550 Benutzer hat das Speichervolumen ueberschritten. / User has exhausted allowed storage space.', 'retry'),
  exim('Libero', 'it', 'dead, Italian server text', 'mailer-daemon@libero.it', 'luca.rossi@libero.it', 'SMTP error from remote mail server after RCPT TO:<luca.rossi@libero.it>:\n    550 5.1.1 <luca.rossi@libero.it>: utente inesistente / user unknown', 'remove'),
  exim('Libero', 'it', 'mailbox full, Italian server text', 'mailer-daemon@libero.it', 'luca.rossi@libero.it', 'SMTP error from remote mail server after RCPT TO:<luca.rossi@libero.it>:\n    552 5.2.2 <luca.rossi@libero.it>: casella piena / mailbox full', 'retry'),
  ...LANGS.map((lang) => exim('Exim, localised', lang, 'dead', 'Mailer-Daemon@server.hosting.example', RCPT[lang], `host mx.${domain(RCPT[lang])} [192.0.2.10]\n    SMTP error from remote mail server after RCPT TO:<${RCPT[lang]}>:\n    550 5.1.1 <${RCPT[lang]}>: Recipient address rejected: User unknown`, 'remove')),
  ...LANGS.map((lang) => exim('Exim, localised', lang, 'no such domain', 'Mailer-Daemon@server.hosting.example', `sales@vanished-${lang}.example`, 'Unrouteable address', 'remove')),
  ...LANGS.map((lang) => exim('Exim, localised', lang, 'MX to non-existent hosts', 'Mailer-Daemon@server.hosting.example', `sales@mx-gone-${lang}.example`, 'all relevant MX records point to non-existent hosts', 'remove')),
  ...LANGS.map((lang) => exim('Exim, localised', lang, 'rejected as spam', 'Mailer-Daemon@server.hosting.example', RCPT[lang], `host mx.${domain(RCPT[lang])} [192.0.2.10]\n    SMTP error from remote mail server after end of data:\n    550 5.7.1 Message rejected as spam by Content Filtering`, 'fix-sending')),
]

describe('modern notices, whole message (issue 9)', () => {
  it.each(NOTICES.map((n) => [label(n), n] as const))('%s', async (_l, n) => {
    const report = await parseBounce(whole(n))
    if (report.kind === 'error') throw new Error(report.error)
    expect(report.kind).toBe(n.want === 'pending' ? 'delay' : 'bounce')
    check(report.recipients, n)
  })
})

describe('modern notices, rendered text (issue 9)', () => {
  it.each(NOTICES.map((n) => [label(n), n] as const))('%s', (_l, n) => {
    const report = parseBounceText(n.text, { subject: n.subject, from: n.from })
    expect(report.kind).toBe(n.want === 'pending' ? 'delay' : 'bounce')
    check(report.recipients, n)
  })

  it.each(NOTICES.map((n) => [label(n), n] as const))('%s, cells on lines and mailto links', (_l, n) => {
    const report = parseBounceText(asWebmailShowsIt(n.text), { subject: n.subject, from: n.from })
    expect(report.kind).toBe(n.want === 'pending' ? 'delay' : 'bounce')
    check(report.recipients, n)
  })

  // A page that gives no subject or sender: the notice's opening alone must say what it is
  // (Postfix's, Exim's, Yahoo's, Zoho's and Microsoft 365's documented English openings).
  const OPENINGS = [
    'Microsoft 365 en: dead (html)', 'Microsoft 365 en: dead-5.1.1 (html)', 'Yahoo en: dead yahoo.com (plain)',
    'AOL en: dead aol.com (plain)', 'Postfix, localised en: dead (plain)', 'Fastmail en: dead, flattened (plain)',
    'Exim, localised en: no such domain (plain)', 'Exim, localised en: dead (plain)', 'Zoho en: dead (html)',
    'Gmail en: dead-remote (report)', 'Gmail en: domain (report)', 'GMX en: dead (plain)',
  ]
  it.each(NOTICES.filter((n) => OPENINGS.includes(label(n))).map((n) => [label(n), n] as const))('%s, no subject or sender', (_l, n) => {
    const report = parseBounceText(n.text)
    expect(report.kind).toBe('bounce')
    check(report.recipients, n)
  })

  // Microsoft 365's notice as a page shows its top only (the headline and the line under it, before
  // "How to Fix It"): the words decide; a cause that is not a dead address must still not remove.
  it.each(NOTICES.filter((n) => n.provider === 'Microsoft 365' && n.what !== 'delay').map((n) => [label(n), n] as const))('%s, top only', (_l, n) => {
    const top = n.text.slice(0, n.text.indexOf(MS[n.lang].fix))
    const report = parseBounceText(top, { subject: n.subject, from: n.from })
    expect(report.kind).toBe('bounce')
    check(report.recipients, { ...n, want: n.want === 'remove' ? 'remove' : 'keep' })
  })

  it('names only notices of the table in OPENINGS', () => {
    expect(NOTICES.filter((n) => OPENINGS.includes(label(n)))).toHaveLength(OPENINGS.length)
  })

  it('covers the five languages, each with dead, temporary and sender-side rows', () => {
    for (const lang of LANGS) {
      const wants = new Set(NOTICES.filter((n) => n.lang === lang).map((n) => n.want))
      for (const w of ['remove', 'retry', 'pending', 'fix-sending'] as Want[]) expect(wants.has(w)).toBe(true)
    }
  })
})
