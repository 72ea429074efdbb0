/**
 * Challenge-response systems: a robot that holds a message until the sender proves they are a
 * person. Not a bounce: the address is alive and nothing failed (issue 9, class 7). Words from
 * the systems' own public pages: Boxbe ("Guest List", "waiting list"), SpamArrest ("verify that
 * you are a real person"), Mailblocks / Sendio / ChoiceMail ("challenge", "approved senders"), and
 * the generic "Mailbox verification" / "please confirm you are human" / "Sender verification"
 * messages of hosted filters.
 */
import type { ParsedMessage } from './mime/parsed-message'
import { hasBounceStructure, isSystemSender } from './kind'
import { NOTICE_SUBJECT } from './notice-words'

/** Senders that only ever send challenges. */
const CHALLENGE_SENDER = /@(?:[a-z0-9-]{1,63}\.)*(?:boxbe\.com|spamarrest\.com|mailblocks\.com|sendio\.com|choicemail\.com|knowspam\.net|spamblock\.com)$/i

/** Headers challenge systems add to their messages. */
const CHALLENGE_HEADERS = ['x-boxbe-challenge', 'x-spamarrest-challenge', 'x-challenge', 'x-mailblocks-challenge']

/** Subjects: the request itself. */
const CHALLENGE_SUBJECT = /(?:sender verification|mailbox verification|verification required|verify your (?:e-?mail|message|address)|please (?:confirm|verify) (?:that )?you are (?:a )?(?:human|real person)|confirm you are human|guest list|waiting list|approved senders|challenge[- ]response|\[verify\]|awaiting (?:your )?(?:verification|confirmation)|vérification de l'expéditeur|verifica del mittente|absenderverifizierung|absenderbestätigung|verificación del remitente|verificação do remetente|^verify#|registration request|^\[ask\]|please confirm your (?:message|e-?mail)|requires? verification)/i

/**
 * More ways of asking (issue 9): cPanel BoxTrapper's "verify" template ("verify that you are a real
 * live human being and not a spam source", api.docs.cpanel.net BoxTrapper get_email_template: it
 * "requests a response to confirm that the sender is legitimate"); ChoiceMail's registration request
 * (digiportal.com ChoiceMail help: the sender must "register", "Click here to verify your identity",
 * a "permission-based" system); quarantine releases that ask for a CAPTCHA or to "type the
 * characters" (Mailborder, Bluebottle); and "I'm not a robot" / "a real person" in French, Italian,
 * German, Spanish and Portuguese.
 */
const MORE_CHALLENGE_BODY = [
  String.raw`real live human`,
  String.raw`not a spam source`,
  String.raw`permission-based e-?mail`,
  String.raw`choicemail`,
  String.raw`(?:until|before) you register`,
  String.raw`complete the captcha`,
  String.raw`type the (?:characters|code|numbers) (?:shown|displayed)`,
  String.raw`(?:you are|you['’]re) not a robot`,
  String.raw`vous n['’]êtes pas un robot`,
  String.raw`di non essere un robot`,
  String.raw`dass sie kein roboter sind`,
  String.raw`que no es un robot`,
  String.raw`que (?:usted )?es una persona real`,
  String.raw`que (?:você|voce) (?:é|e) (?:um )?(?:humano|uma pessoa real)`,
  String.raw`que não é um robô`,
  // TMDA (tmda.net confirm_request template) and ASK, the Active Spam Killer: reply to confirm.
  String.raw`quarantined pending confirmation`,
  String.raw`pending confirmation of your identity`,
  String.raw`reply to this confirmation request`,
  String.raw`confirm that your message is not spam`,
].join('|')

/** Body sentences: asking the sender to prove they are a person before the message is delivered. */
const CHALLENGE_BODY = new RegExp(String.raw`(?:(?:confirm|verify|prove) (?:that )?you are (?:a )?(?:human|real person|person)|verify you are a human|are you (?:a )?human\?|challenge[- ]response|boxbe|spam ?arrest|mailblocks|added to (?:my|the) (?:guest|approved senders?|allowed senders?) list|(?:click|follow) (?:on )?(?:the|this) link (?:below )?to (?:verify|confirm|have your (?:message|e-?mail) delivered)|confirmez que vous êtes (?:un )?humain|conferma(?:re)? di essere (?:un )?umano|bestätigen sie,? dass sie ein mensch sind|confirme que (?:usted )?es (?:un )?humano|${MORE_CHALLENGE_BODY})`, 'i')

/** The request proper, strong enough to read even in a message that looks like a notice. */
const HUMAN_CHECK = /(?:confirm|verify|prove) (?:that )?you are (?:a )?(?:human|real person|real live human)|verify you are a human/i

/** How much of the body is read: the request is at the top. */
const MAX_BODY = 8 * 1024
/** In a message that looks like a notice, only its first lines (a returned copy may say anything). */
const MAX_NOTICE_BODY = 1024

/**
 * True when the message is a challenge, not a failure notice; a real DSN structure always wins.
 * A message that looks like a notice ("Undeliverable: Join our waiting list") is judged by sender,
 * headers and the request in its first lines only: its subject and returned copy are the user's own.
 */
export function isChallenge(m: ParsedMessage): boolean {
  if (hasBounceStructure(m)) return false
  if (CHALLENGE_SENDER.test(m.from)) return true
  if (CHALLENGE_HEADERS.some((h) => m.header(h) !== '')) return true
  if (isSystemSender(m.from) || NOTICE_SUBJECT.test(m.subject)) {
    const top = m.text.slice(0, MAX_NOTICE_BODY)
    if (HUMAN_CHECK.test(top)) return true
    // A daemon's message under a challenge's subject ("Mailbox verification required"), not a
    // notice's: its first lines may ask in any challenge words ("type the characters shown").
    return !NOTICE_SUBJECT.test(m.subject) && CHALLENGE_SUBJECT.test(m.subject) && CHALLENGE_BODY.test(top)
  }
  if (CHALLENGE_SUBJECT.test(m.subject)) return true
  return CHALLENGE_BODY.test(m.text.length > MAX_BODY ? m.text.slice(0, MAX_BODY) : m.text)
}
