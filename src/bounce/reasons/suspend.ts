/** suspend: the mailbox exists but is disabled or suspended (Yahoo "mailbox disabled", Gmail "account disabled"). */
import type { ReasonRule } from './rule'

export const suspend: ReasonRule = {
  reason: 'suspend',
  phrases: [
    ' is currently suspended', ' temporary locked', 'archived recipient', 'boite du destinataire archivee',
    'email account has been disabled', 'invalid/inactive user', 'is a deactivated mailbox',
    'mailaddress is administratively disabled', 'address is administratively disabled', 'inactive user', 'account has been closed', 'account is closed', 'mailbox has been closed', 'mailbox is closed', 'account closed', 'mailbox currently suspended', 'mailbox disabled',
    'mailbox is frozen', 'mailbox unavailable or access denied', 'recipient rejected: temporarily inactive',
    'recipient suspend the service', 'this account has been disabled or discontinued',
    'this account has been temporarily suspended', 'this address no longer accepts mail',
    'this mailbox is disabled', 'user or domain is disabled', 'user suspended', 'vdelivermail: account is locked',
    'account disabled', 'account has been disabled', 'account is disabled', 'account suspended',
    'account has been suspended', 'the email account that you tried to reach is disabled',
    'le compte du destinataire est bloque', 'account that you tried to reach is inactive', 'recipient account is blocked',
    // Issue 9: deactivated or inactive accounts (Yahoo 554.30, Gmail 5.2.1 "inactive"), and a mailbox
    // "temporarily disabled" (soft by its own word, verdict.ts isHard). en, fr, it, de, es, pt, nl.
    'temporarily disabled', 'temporairement désactivé', 'temporaneamente disattivat', 'vorübergehend deaktiviert',
    'temporalmente desactivad', 'temporariamente desativad', 'tijdelijk gedeactiveerd', 'mailbox deactivated', 'mailbox has been deactivated', 'account deactivated',
    'account has been deactivated', 'account is deactivated', 'account is inactive', 'inactive account', 'inactive mailbox',
    'compte désactivé', 'compte suspendu', 'boîte aux lettres désactivée', 'compte inactif',
    'account disattivato', 'account sospeso', 'casella disattivata', 'casella disabilitata', 'account inattivo',
    'konto deaktiviert', 'konto gesperrt', 'postfach deaktiviert', 'postfach gesperrt', 'konto inaktiv',
    'cuenta desactivada', 'cuenta suspendida', 'buzón desactivado', 'cuenta inactiva',
    'conta desativada', 'conta suspensa', 'caixa de correio desativada', 'conta inativa',
    'account gedeactiveerd', 'mailbox gedeactiveerd', 'account geblokkeerd', 'postvak gedeactiveerd',
    // PHP-Bounce-Handler's 5.2.1 list and crisp-oss's "(account|user|mailbox) (is )?(terminated|disabled)"
    // class, with the word orders servers use ("mailbox is disabled", "Postfach ist deaktiviert").
    'mailbox is disabled', 'mailbox has been disabled', 'mailbox was disabled', 'mailbox is inactive', 'account inactive',
    'inactive user', 'user disabled', 'user is disabled', 'user is suspended', 'account is terminated', 'account terminated',
    'account has been terminated', 'mailbox is terminated', 'user is terminated', 'blocked due to inactivity',
    'mail is not currently being accepted for this mailbox',
    'boîte aux lettres est désactivée', 'boite aux lettres desactivee', 'compte est désactivé', 'destinataire est désactivé', 'compte a été désactivé', 'compte est suspendu', 'compte a été suspendu', // fr
    'account è disattivato', 'account è stato disattivato', 'konto wurde deaktiviert', 'postfach wurde deaktiviert', 'cuenta ha sido desactivada', // it, de, es
    'bloccato per inutilizzo', 'casella è disattivata', 'mailbox disattivata', // it
    // Italian and Spanish webmails' wordings for a closed account (Libero/Virgilio "utente non attivo", Aruba
    // "account disabilitato"; Movistar "la cuenta de correo está desactivada"), and Portuguese (Terra, UOL).
    // Yandex's own answer for a recipient whose account it blocked for breaking its User Agreement
    // (Yandex Mail help, "Report on non-delivery to Yandex": "Policy rejection on the target address").
    'policy rejection on the target address',
    'account disabilitato', 'utente non attivo', 'utente disattivato', 'utente disabilitato', 'casella di posta disattivata',
    'cuenta de correo está desactivada', 'cuenta de correo desactivada', 'buzón de correo desactivado',
    'conta de email desativada', 'conta de e-mail desativada',
    'mailbox deaktiviert', 'postfach ist deaktiviert', 'konto ist deaktiviert', // de
    'en estado: inactivo', 'ha expirado por falta de uso', 'cuenta está desactivada', 'buzón está desactivado', // es
    'mailbox locked', 'locked or suspended', 'konto jest zablokowane', 'konto nieaktywne', // PHP-Bounce-Handler (en, pl)
    // Mail-DeliveryStatus-BounceParser `_std_reason` "<user word> (suspended|discontinued)" (everyone.net).
    'mailbox discontinued', 'account discontinued', 'user discontinued', 'address discontinued',
    // The same closed-for-good family in fr/it/de/es: "no longer active / no longer receives mail",
    // "aufgelöst" (dissolved), "dada de baja" (cancelled).
    'est désormais inactive', 'est désormais inactif', 'ne reçoit plus de courrier', 'ne reçoit plus de messages',
    'non è più attiva', 'non è più attivo', 'non riceve più posta', 'non riceve più messaggi',
    'postfach wurde aufgelöst', 'konto wurde aufgelöst', 'adresse wurde aufgelöst', 'empfängt keine nachrichten mehr', 'nimmt keine e-mails mehr an',
    'dada de baja', 'dado de baja', 'ya no recibe correo', 'ya no recibe mensajes',
    'account expired', 'account is expired', 'account has expired', 'user is inactive', 'closed due to inactivity',
    'extended inactivity', // the BMH-style rule lists
    // Mautic's DsnParser samples ("rule: inactive", "rule: unknown"): "<x> is now disabled with MTA
    // service", "User status is locked", "User account not activated".
    'disabled with mta service', 'user status is locked', 'account not activated',
    'mail receiving disabled', // CommuniGate Pro: the account's mail receiving is switched off (Mautic's DsnParser, rule 0194)
    // CiviCRM's "Inactive" bounce type (sql/civicrm_data/civicrm_mailing_bounce_type/Inactive.sqldata.php)
    // and listmonk's reHardBounce "address.*disabled": a mailbox closed, or a person gone, said by the server.
    'deactivated mailbox', 'is inactive on this domain', 'no longer accepting mail', 'no longer accepting messages',
    'no longer accepting e-mail', 'no longer accepting email', 'no longer using this account', 'no longer on staff',
    // go-sisimai rhost/for-apple.go "550 5.1.1 <x>: inactive email address" (iCloud), why-userunknown.go "user
    // not active": a closed mailbox, said in a permanent failure.
    'inactive email address', 'user not active',
  ],
  patterns: [
    /user [^ ]{1,255} temporary locked/, /account [^ ]{1,255} is disabled/,
    // Chinese hosts' "User x@y is disabled" / "550 is now disabled with SMTP service" (21cn; help.szhot.com and
    // fobhost.com's bounce lists: 帐号被禁用(冻结或删除等) "the account is disabled: frozen or deleted").
    /(?:^|: |\d )user [^ ]{1,320}@[^ ]{1,255} is disabled/, /is now disabled with smtp service/,
    // An account closed for good in the national webmails' words, with its owner or kind between noun and
    // verb ("Le compte du destinataire a été clôturé", "La casella di posta è stata cessata", "La cuenta de
    // correo ha sido cancelada", "A conta de e-mail foi encerrada", "Das Konto des Empfängers wurde gelöscht":
    // the providers' help pages on returned mail). Each starts with the literal noun; the gap is bounded.
    /(?:compte|boîte aux lettres|boite aux lettres) (?:[^ ]{1,20} ){0,3}(?:a été|est) (?:clôturée?|cloturée?|fermée?|supprimée?|résiliée?)(?![a-z])/,
    /(?:account|casella|mailbox) (?:[^ ]{1,20} ){0,3}(?:è stat[oa]|risulta) (?:cessat[oa]|chius[oa]|cancellat[oa]|eliminat[oa])(?![a-z])/,
    /(?:cuenta|buzón) (?:[^ ]{1,20} ){0,3}(?:ha sido|fue|está) (?:cancelad[oa]|cerrad[oa]|eliminad[oa]|dad[oa] de baja)(?![a-z])/,
    /(?:conta|caixa postal|caixa de correio) (?:[^ ]{1,20} ){0,3}(?:foi|está) (?:encerrada|cancelada|excluída|desativada)(?![a-z])/,
    /(?:konto|postfach|mailbox) (?:[^ ]{1,20} ){0,3}(?:wurde|ist) (?:gelöscht|geschlossen|gekündigt|aufgelöst)(?![a-z])/,
    // CiviCRM Inactive: "account is locked" (the mailbox's, not an AUTH answer: the noun says whose),
    // "no longer (in use|with|employed|works for)", "not accepting (mail|messages)" said of the address.
    /(?:mailbox|this account|user account|recipient(?:'s)? account|e-?mail account) is locked/,
    /(?:address|mailbox|account|e-?mail) (?:[^ ]{1,20} ){0,2}is no longer in use/,
    /(?:is|are) no longer (?:with|employed (?:at|by|with|here)|working (?:at|for|with)|works? (?:at|for))(?![a-z])/,
    /(?:address|mailbox|account|user|recipient) (?:[^ ]{1,20} ){0,2}is not accepting (?:mail|messages|e-?mail)(?! with| from)/, // "... not accepting mail with attachments" is a policy (go-sisimai why-policyviolation.go)
    /(?:e-?mail )?address (?:has been|was|is) (?:disabled|deactivated)/,
    // go-sisimai rhost/for-yahooinc.go (suspend): "554 delivery error: dd x@y is no longer valid." (Yahoo/AOL).
    /@[^ ]{1,255} is no longer valid/,
  ],
}
