/**
 * rejected: the sender address (envelope from) was refused. First pass only counts the phrases when
 * the refusal came at MAIL FROM, at DATA, or when the status says nothing more specific.
 */
import type { ReasonRule } from './rule'

/**
 * A relay or group that takes mail only from senders registered with it refused ours: Apple's private
 * email relay (privaterelay.appleid.com) answers "550 5.1.1 <...>: unauthorized sender" to a sender
 * not registered in the app's developer account (Apple developer forums; its 5.1.1 is not a dead
 * address), Exchange's 5.7.1 "sender not authorized". The sender's setup must change: fix-sending,
 * whatever the status says. (A group's allowed-senders list, Exchange 5.7.124, is the recipient's: filtered.ts.)
 */
const UNAUTHORISED_SENDER: readonly string[] = [
  'unauthorized sender', 'unauthorised sender', 'is not authorized to send to this address', 'not authorized to send to this',
  'sender not authorized', 'sender is not authorized', 'sender not authorised', 'sender is not authorised',
  'email rejected due to transformation error', // Apple's private relay: the sender is not registered with it
  'expéditeur non autorisé', 'mittente non autorizzato', 'absender nicht autorisiert', 'absender nicht berechtigt',
  'remitente no autorizado', 'remetente não autorizado', 'afzender niet geautoriseerd',
  // AOL's Mail Controls: the recipients refuse this sender (Mail-DeliveryStatus-BounceParser p_aol_senderblock).
  'because they are not accepting mail from',
  // A recipient that takes mail only from senders it knows (the BMH-style rule lists).
  'only accepts mail from known senders', 'is not accepting mail from this sender',
  // The recipient blocked this sender, in French, Italian, Spanish, German and Portuguese.
  'expéditeur bloqué', 'expediteur bloque', 'mittente bloccato', 'remitente bloqueado', 'absender blockiert',
  // GMX / Web.de answer "550-Requested action not taken: mailbox unavailable 550 invalid DNS MX or A/AAAA
  // resource record" for a sender domain without MX or address records (postmaster.gmx.net error messages):
  // the sender's domain, though the first line reads like a dead mailbox.
  'invalid dns mx or a/aaaa resource record',
  // Exchange Online 5.2.252 "SendAsDenied; <sender> not allowed to send as <address>" (Microsoft's NDR list).
  'sendasdenied', 'not allowed to send as',
  // Exchange Online "554 5.2.0 STOREDRV.Submission.Exception:OutboundSpamException" (Microsoft's NDR reference, with
  // 5.1.8 "bad outbound sender"): the sending mailbox is blocked for sending spam; its admin must release it.
  'outboundspamexception',
  'absender gesperrt', 'remetente bloqueado', 'vom empfänger blockiert', 'vom empfänger gesperrt',
  // Mimecast "Rejected by header-based Blocked Senders - block policy for Header From": the recipient's
  // organisation blocks this sender (Mimecast SMTP error codes, DOC-1369).
  'header-based blocked senders', 'header based blocked senders',
]

export const unauthorisedSender: ReasonRule = { reason: 'rejected', phrases: UNAUTHORISED_SENDER }

/** Words that put an X.7.27 null-MX refusal on the sender's address (see the probe below). */
const senderNullMx: ReasonRule = { reason: 'rejected', phrases: ['sender', 'mail from', 'envelope from', 'return-path', 'return path', 'originator'] }

export const rejected: ReasonRule = {
  reason: 'rejected',
  unless: ['5.1.0 address rejected', 'recipient address rejected', 'sender ip address rejected'],
  phrases: [
    'access denied (in reply to mail from command)', 'access denied (sender blacklisted)', 'address rejected',
    // The sender refused for its envelope address (samples in Mautic's DsnParser.php, rule: antispam):
    // "554 sender is rejected", "550 Verify mailfrom failed,blocked", "MAIL FROM [x] mismatches client
    // IP", "MAIL FROM is mismatched with message header from address".
    'sender is rejected', 'verify mailfrom failed', 'mismatches client ip', 'mail from is mismatched with message header from',
    'batv failed to verify', 'batv validation failure', // SonicWall
    'backscatter protection detected an invalid or expired email address', // MDaemon
    'because the sender isn\'t on the recipient\'s list of senders', 'bogus mail from',
    'can\'t determine purported responsible address', 'connections not accepted from servers without a valid sender domain',
    'denied [bouncedeny]', // McAfee
    'delivery not authorized, message refused', 'domain of sender address ', 'emetteur invalide',
    'empty envelope senders not allowed', 'envelope blocked - ', 'error: no third-party dsns',
    'from: domain is invalid. please provide a valid from:', 'fully qualified email address required',
    'invalid domain, see <url:', 'invalid sender', 'mail from not owned by user',
    'mx records for ', 'does not exist e2110', 'null sender is not allowed', 'recipient not accepted. (batv: no tag', 'recipient addresses rejected : access denied',
    'returned mail not accepted here', 'rule imposed mailbox access for', // MailMarshal
    'sender address has been blacklisted', 'sender email address rejected', 'sender is in my black list',
    'sender is spammer', 'sender not pre-approved', 'sender rejected', 'sender domain is empty',
    'sender verify failed', // Exim callout
    'sender was rejected', // qmail
    'spam reporting address', 'syntax error: empty email address', 'this server does not accept mail from',
    'unroutable sender address', 'you are not allowed to post to this mailing list',
    'you are sending to/from an address that has been blacklisted',
    'your email address has been blacklisted', // MessageLabs
    'sender address rejected', 'sender denied', 'sender unknown', 'unknown sender', 'sender verification failed',
    // The sender refused, in French, Italian, German and Spanish: a veto on the localised dead-address
    // patterns of dead-address.ts ("expéditeur inconnu" is not the recipient's address).
    'expéditeur inconnu', 'expéditeur invalide', 'expéditeur refusé', 'mittente sconosciuto', 'mittente non valido',
    'mittente rifiutato', 'absender unbekannt', 'absender ungültig', 'absender abgelehnt', 'remitente desconocido',
    'absenderadresse ungültig', 'absenderadresse ungueltig', 'absender ungueltig', 'absenderadresse unbekannt',
    'remitente no válido', 'remitente rechazado',
    // The same in Chinese (发件人 / 发信人 "the sender"): Alibaba Mail's and Coremail's "the sender's address / domain does
    // not exist" beside their recipient wording 收件人邮件地址不存在 (regional-providers.test.ts).
    '发件人邮件地址不存在', '发件人邮箱地址不存在', '发件人邮箱不存在', '发件人地址不存在', '发件人域名不存在', '发件人不存在',
    '发信人地址不存在', '发信人不存在', '發件人地址不存在', '寄件人地址不存在',
    // Coremail's refusals of the sender (its support pages' bounce list: "Requested mail action not taken: Fake sender",
    // "User in blacklist", NetEase's 该用户不被允许给网易用户发信) and url.com.tw's "550 illegal sender" (寄件人被拒絕).
    'fake sender', 'user in blacklist', 'illegal sender',
    'sender verification error', 'sender verify callout', // Exim callouts, as the BMH-style rule lists word them
    // Amazon SES "554 Sending paused for this account" (SES developer guide, "SMTP response codes"): the sending
    // account is paused for its bounce or complaint rate; the sender's to fix, never the recipient.
    'sending paused for this account',
    ...UNAUTHORISED_SENDER,
    // go-sisimai why-rejected.go and rhost/for-yahooinc.go: the sender address or its domain refused (SecuMail's
    // "valid-address-filter", a CNAME loop or an unresolvable RFC5321.MailFrom domain, BATV's check of a bounce).
    'valid-address-filter', 'recursive cname records for', 'rejected by batv defense', 'unsigned dsn for',
    'unresolvable rfc.5321 domain', 'unresolvable rfc.5321 from domain',
  ],
  probe(fact) {
    if (fact.statusReason === 'rejected' || fact.says(unauthorisedSender) || fact.says(senderCallout)) return true
    // X.7.27 is "Sender address has null MX" (RFC 7505 §4.2 and the IANA enhanced-status registry; Postfix's
    // "550 5.7.27 <sender>: Sender address rejected: Domain … does not accept mail (nullMX)"): the sender's
    // domain, never the recipient's (that is 556 5.1.10). status.ts keeps Sisimai's notaccept for a bare
    // "Host does not accept mail"; words naming the sender make it the sender's to fix (esp-classes.test.ts).
    if (fact.status.endsWith('.7.27') && fact.says(senderNullMx)) return true
    const temp = fact.statusReason ?? 'undefined'
    // Exim's default text for an ACL "deny" without a message, "550 Administrative prohibition" (Exim
    // spec, "Access control lists"), names no cause: at MAIL FROM it refuses the sender, elsewhere not.
    if (fact.command === 'MAIL') return fact.says(rejected) || fact.text.includes('access denied') || fact.text.includes('administrative prohibition')
    // A 5.1.x status whose words refuse the sender (Exchange 5.1.0 "Sender denied"): userunknown was vetoed for it.
    if (temp === 'userunknown') return fact.says(senderRefused) || fact.says(senderCallout)
    if (fact.command === 'DATA') return fact.says(rejected)
    if (temp === 'undefined' || temp === 'onhold' || temp === 'securityerror' || temp === 'systemerror') return fact.says(rejected)
    return false
  },
}

/**
 * Exim's sender-verify callout answer quotes its own dialogue with the sender's host ("550-Verification
 * failed for <sender>", "550-Called: …", "550-Sent: RCPT TO:<sender>", "550-Response: 550 5.1.1 <sender>:
 * Recipient address rejected", then "550 Sender verify failed": exim src/verify.c, the Exim spec's
 * "Callout verification"). The 5.1.1 and "recipient address rejected" in it are the sender's, so no
 * `unless` here: the closing words say whose address failed.
 */
export const senderCallout: ReasonRule = {
  reason: 'rejected',
  phrases: [
    'sender verify failed', 'sender verification failed',
    // Postfix's reject_unverified_sender quotes its probe of the sender's own host the same way:
    // "Sender address rejected: undeliverable address: host … said: 550 5.1.1 <sender>: Recipient address
    // rejected: User unknown …" (postconf(5), reject_unverified_sender and unverified_sender_reject_reason).
    'sender address rejected: undeliverable address', 'sender address rejected: unverified address',
  ],
  // The sender's own address or domain named with a dead address's words: qmail-smtpd's "553 sorry, your
  // envelope sender domain must exist (#5.7.1)" (qmail-smtpd.c), Postfix's "Sender address rejected:
  // Domain not found" (reject_unknown_sender_domain), Cisco's "Domain of sender address <x> does not exist"
  // (AsyncOS sender verification), and servers' "Sender address does not exist" / "Return path address does
  // not exist" / "sender address is unknown to us". The words between may not name the recipient.
  patterns: [
    /(?:sender|return[- ]path|envelope from|mail from|from address|originator)(?:'s)? (?:(?!recipient|rcpt)[^ ]{1,100} ){0,3}(?:does not exist|doesn't exist|is unknown|unknown to us|not found|must exist|is not a valid|is invalid|is not a registered gateway user)/,
    /domain of (?:the )?(?:envelope )?sender(?: address)? (?:[^ ]{1,100} )?(?:does not exist|not found|does not resolve)/,
  ],
}

/** rejected without its bare "address rejected": with a 5.1.1 status that is the recipient's address (vetoes.ts). */
export const senderRefused: ReasonRule = {
  reason: 'rejected',
  unless: rejected.unless,
  phrases: rejected.phrases.filter((p) => p !== 'address rejected'),
}
