/**
 * Words that say the address itself does not exist, strong enough to decide without knowing which
 * SMTP command was refused (issue 9): Sisimai reads "user unknown" answered after DATA, or with no
 * command named, as `filtered`; a notice that says the mailbox does not exist in a permanent failure
 * means the contact cannot be reached at that address, whoever applied the rule. Weaker words
 * ("mailbox unavailable") stay in user-unknown.ts, where they need RCPT or a 5.1.x status.
 * Sources: Postfix/Sendmail/Exim/qmail/Courier texts, Microsoft's Exchange Online NDR reference
 * (5.1.1, 5.1.10, 5.4.1), Google's SMTP error list (5.1.1), Yahoo's SMTP error codes ("This user
 * doesn't have a yahoo.com account"), and the localised NDRs of Microsoft 365 and Gmail.
 */
import type { ReasonRule } from './rule'

export const DEAD_ADDRESS_PHRASES: readonly string[] = [
  'user unknown', 'unknown user', 'no such user', 'no such mailbox', 'no such recipient', 'user not found',
  'user does not exist', 'user not exist', 'user not known', 'mailbox not found', 'mailbox does not exist',
  // Dovecot's LDA and LMTP ("User doesn't exist: x", dovecot-lda exits EX_NOUSER; real-messages-e.test.ts).
  "user doesn't exist",
  'mailbox not present', 'no mailbox found', 'no mailbox here by that name', 'no mailbox by that name',
  'recipient unknown', 'unknown recipient', 'recipient not found', 'recipient does not exist', 'recipient not exist',
  'unknown local part', 'unknown local-part', 'unknown mailbox', 'address unknown', 'address does not exist',
  'email address does not exist', 'email address could not be found', 'account does not exist',
  'address doesn\'t exist', 'user doesn\'t exist', 'mailbox doesn\'t exist', 'recipient doesn\'t exist', 'account doesn\'t exist', 'invalid recipient', 'not a valid recipient',
  'is not a valid mailbox', 'not a valid user here', 'is not a known user', 'no such person at this address',
  'no such address here', 'no account by that name here',
  // A Sendmail site's own virtusertable/access text ("error:5.3.0:553 Unknown E-Mail Address", its
  // cf/README "error:" mailer): "553 5.3.0 <x@y>... Unknown E-Mail Address" (imap_tools' test message
  // tests/messages/multipart_report_emails/report_530.eml).
  'unknown e-mail address', 'unknown email address',
  'the email account that you tried to reach does not exist', // Gmail 5.1.1
  'recipient address rejected: user unknown', 'recipient address rejected: unknown user',
  'recipient address rejected: invalid user', 'recipient address rejected: userunknown',
  'resolver.adr.recipientnotfound', 'resolver.adr.recipnotfound', 'resolver.adr.exrecipnotfound', // Exchange
  'sorry, no mailbox here by that name', 'sorry, badrcptto', // qmail
  'this recipient is not in my validrcptto list', 'your envelope recipient is in my badrcptto list',
  'destination addresses were unknown', 'there is no one at this address', 'non-existent user', 'nonexistent user',
  'vdeliver: invalid or unknown virtual user', 'the user\'s email name is not found', 'is not an active address at this host',
  'because the address couldn\'t be found', // Gmail's rendered "Address not found" notice
  'the email address you entered couldn\'t be found', // Exchange / Microsoft 365
  // Exchange's user-facing NDR sentence for 5.1.1/5.1.10 and its translations (Exchange 2010+ NDRs):
  'e-mail address you entered couldn\'t be found', 'address you entered couldn\'t be found', 'email address couldn\'t be found',
  'address was not found in the recipient\'s', // Exchange 2007: "...was not found in the recipient's e-mail system"
  'que vous avez entrée est introuvable', 'adresse de messagerie est introuvable', 'adresse de messagerie introuvable', // fr
  'impossibile trovare l\'indirizzo', // it
  'e-mail-adresse wurde nicht gefunden', 'adresse wurde nicht gefunden', // de
  'no se encontró la dirección', 'no se pudo encontrar la dirección', // es
  'não foi possível encontrar o endereço', 'não foi possível localizar o endereço', // pt
  'adres dat u hebt opgegeven, is niet gevonden', 'adres dat u hebt opgegeven is niet gevonden', // nl
  // French
  'utilisateur inconnu', 'destinataire inconnu', 'adresse introuvable', 'adresse inconnue', 'boîte aux lettres inexistante',
  'adresse email inconnue', 'adresse e-mail inconnue', 'adresse mail inconnue', 'adresse électronique inconnue',
  'utilisateur inexistant', 'destinataire inexistant', 'adresse inexistante', 'l\'adresse est introuvable',
  'destinataire introuvable', 'utilisateur introuvable', 'boîte aux lettres introuvable', 'cette adresse n\'existe pas',
  'l\'adresse n\'existe pas', 'le destinataire n\'existe pas', 'l\'utilisateur n\'existe pas', 'la boîte aux lettres n\'existe pas',
  // Italian
  'nessun utente simile in questo indirizzo', 'utente sconosciuto', 'destinatario sconosciuto', 'indirizzo sconosciuto',
  'destinatario inesistente', 'indirizzo inesistente', 'casella inesistente', 'utente inesistente',
  'l\'indirizzo non esiste', 'l\'utente non esiste', 'il destinatario non esiste', 'la casella non esiste',
  'indirizzo non trovato', 'destinatario non trovato', 'l\'indirizzo non è stato trovato',
  // German
  'empfänger unbekannt', 'unbekannter empfänger', 'benutzer unbekannt', 'unbekannter benutzer', 'adresse unbekannt',
  'unbekannte adresse', 'postfach unbekannt', 'weil die adresse nicht gefunden wurde', 'empfänger existiert nicht',
  'adresse existiert nicht', 'postfach existiert nicht', 'benutzer existiert nicht', 'empfänger nicht gefunden',
  // Spanish
  'destinatario desconocido', 'no existe dicha persona', 'no existe ese usuario', 'usuario desconocido',
  'dirección desconocida', 'usuario no encontrado', 'destinatario no encontrado', 'el usuario no existe', 'la dirección no existe', 'el destinatario no existe',
  'el buzón no existe', 'buzón inexistente', 'usuario inexistente', 'no se ha encontrado la dirección', 'dirección no encontrada',
  // Portuguese
  'destinatário desconhecido', 'usuário desconhecido', 'utilizador desconhecido', 'endereço desconhecido',
  'o endereço não existe', 'o endereço não foi encontrado', 'o usuário não existe', 'o destinatário não existe', 'conta não existe', 'endereço não encontrado',
  // Brazilian webmails' own replies (UOL, Terra, BOL: "Usuário inexistente", "Conta de email inexistente").
  'usuário inexistente', 'utilizador inexistente', 'conta inexistente', 'conta de email inexistente', 'conta de e-mail inexistente', 'endereço inexistente',
  // Dutch
  'ontvanger onbekend', 'onbekende ontvanger', 'gebruiker onbekend', 'onbekende gebruiker', 'adres onbekend',
  'adres bestaat niet', 'adres niet gevonden', 'het adres is niet gevonden', 'e-mailadres bestaat niet', 'gebruiker bestaat niet', 'ontvanger bestaat niet', 'mailbox bestaat niet',
  'ユーザーは domino ディレクトリには見つかりません', // Lotus Domino, Japanese
  // Gmail's "Address not found" sentence ("… because the address couldn't be found") in its pt, nl, pl,
  // sv, da, nb, fi, cs, ru, tr, ja, zh, ko interfaces (issue 9).
  'porque o endereço não foi encontrado', 'porque não foi possível encontrar o endereço', 'omdat het adres niet is gevonden',
  'ponieważ nie znaleziono adresu', 'eftersom adressen inte hittades', 'fordi adressen ikke blev fundet', 'fordi adressen ikke ble funnet',
  'koska osoitetta ei löytynyt', 'protože adresa nebyla nalezena', 'так как адрес не найден', 'adres bulunamadığından',
  'アドレスが見つからないか', '因为找不到该地址', '由於找不到該地址', '주소를 찾을 수 없거나',
  // Wordings the peers' readers class as an unknown user (Mail-DeliveryStatus-BounceParser's
  // `_std_reason` user_unknown list: Comcast, cam.ac.uk, me.com, mailfoundry and others; flufl.bounce's
  // simplematch/smtp32 "Invalid final delivery userid"; bounce_email's Spanish "casilla ha expirado";
  // Exchange 5.5's "The recipient name is not recognized", Microsoft KB 258678).
  // AOL's old notice: "…could not be delivered because they are not AOL members" (flufl.bounce aol.py's marker): no such screen name.
  'are not aol members', 'is not an aol member',
  'not our customer', 'mail-box not found', 'no mail box available', 'not an active address at this host', 'bad_recipient',
  'doesn\'t handle mail for that user', 'recipient no longer on server', 'user doesn\'t have an account',
  'invalid final delivery userid', 'recipient name is not recognized', 'mailbox unknown', 'unknown or illegal alias',
  'esta casilla ha expirado', 'casilla inexistente',
  // Argentine ISPs' "La casilla x ha expirado por falta de uso" (a mailbox closed for lack of use; PHP-Bounce-Handler's
  // rule list, "BH ES:expired", files the wording under 5.1.2), the sentence with the address inside it.
  'ha expirado por falta de uso',
  // Spambrella (a Proofpoint Essentials reseller) documents "550 5.7.1 <x>: Recipient address rejected: User
  // email address is marked as invalid": the address is on its SMTP Discovery invalid list
  // (https://www.spambrella.com/faq/email-delivery-error-codes/); its 5.7.1 does not make it a policy refusal.
  'email address is marked as invalid',
  'mailbox deleted', 'account deleted',
  'addressee unknown', // Sendmail's "... Addressee unknown" (AT&T / Prodigy answer it with 5.2.1) // the bare form of the deleted-mailbox patterns below (UniSender err_mailbox_discarded)
  // Chinese providers' replies and notices (NetEase 163/126, Sina, Coremail: 收件人不存在 "recipient does not
  // exist", 用户不存在 "user does not exist", 邮箱不存在 / 邮箱地址不存在 "mailbox does not exist").
  '收件人不存在', '用户不存在', '用戶不存在', '邮箱不存在', '邮箱地址不存在', '收件人地址不存在',
  '用户已注销', '账号已注销', '帐号已注销', '邮箱已注销', // "the account was deregistered"
  // QQ Mail's notice: 该用户未开通QQ邮箱 "this user has not opened a QQ mailbox" (the QQ number has no mailbox;
  // QQ's bounce help, qqmailbox.com/transceivers/169.html; regional-providers.test.ts).
  '未开通qq邮箱', '未開通qq郵箱',
  // Alibaba Mail's and QQ Mail's notices: 收件人邮件地址不存在 "the recipient's mail address does not exist", QQ with
  // the address in brackets (收件人邮件地址（x）不存在; aliyuntx.com/news_in/351, a QQ notice pasted on GitHub).
  '邮件地址不存在',
  // Coremail's replies for a recipient it does not have (its support pages' bounce list, icoremail.vip cate_id=84:
  // "unavailable mail user", "not user of this server", "local server don't exists that user") and Chinese hosts'
  // "550 RC:LD The email account that you tried to reach does no exists." (dbmailserver.com's list).
  'unavailable mail user', 'not user of this server', "don't exists that user", 'does no exists',
  // Naver / Daum (ko: 존재하지 않는 사용자 "a user that does not exist"), Yandex / Mail.ru (ru: "Такого пользователя
  // нет", "Пользователь не найден"), Seznam (cs: "Uživatel neexistuje", "Schránka neexistuje").
  '존재하지 않는 사용자', '존재하지 않는 메일 주소', '존재하지 않는 계정', '존재하지 않는 이메일', '없는 사용자',
  'такого пользователя нет', 'нет такого пользователя', 'пользователь не найден', 'пользователь не существует',
  'адрес не существует', 'почтовый ящик не существует', 'ящик не существует',
  'uživatel neexistuje', 'schránka neexistuje', 'adresát neexistuje', 'neznámý uživatel', 'neznámý adresát',
  // Lotus Notes / Domino routers (Mail-DeliveryStatus-BounceParser `_std_reason` "not listed in Domino"; the
  // Notes dialect's own table): the user is not in the directory.
  'not listed in public name & address book', 'not listed in domino directory', 'not listed in the domino directory',
  // The same routers in Spanish (the wordings Spanish e-mail marketers list as returned, alexborras.com "Errores y
  // Warnings habituales en retorno de email": "no se encuentra en el Directorio de Domino", "no se encuentra en la Libreta").
  'no se encuentra en el directorio de domino', 'no se encuentra en la libreta de direcciones',
  // Wordings PHP-Bounce-Handler's bounce_responses.php maps to 5.1.1 (and crisp-oss's email-bounce-parser
  // counts as no_such_recipient), not said above: servers answer them for a local part they do not have.
  'account not found', 'invalid account', 'unknown account', 'no such mail drop', 'no one with that email address here',
  'not known to this system', 'unknown email address', 'user is unknown', 'no such email address', 'no such address',
  'no mail box available for this user', 'no mailbox available for this user', 'unable to find alias user',
  'unknown or illegal user', 'unknown or illegal alias', 'not a valid user', 'email address was not found',
  'bad destination mailbox address', // RFC 3463's own title of X.1.1
  'can\'t find user\'s mailbox', 'cant find users mailbox', // qmail-local (#5.1.1)
  // Sendmail-era ISP daemons (Prodigy/SBC's bounce host): "Unable to find user: <x> / Please make sure
  // the address is correct and resend your mail." (a real notice in SpamAssassin's public corpus, read in place).
  'unable to find user', 'could not find user', 'cannot find user',
  'destinatario errato', 'destin. sconosciuto', // it (PHP-Bounce-Handler)
  'adressat unbekannt', // de (PHP-Bounce-Handler "Adressat unbekannt oder Mailbox deaktiviert")
  'nie ma takiego konta', 'nie ma takiego użytkownika', 'konto nie istnieje', 'adres nie istnieje', 'użytkownik nie istnieje', // pl
  // Mail-DeliveryStatus-BounceParser `_std_reason` user_unknown: "<user word> (is) not recognized"
  // (its generic `(?:un|not\s+)(?:known|recognized)`), "unknown customer", the Postfix-era "Nonexistent
  // Mailbox" of its POD; PHP-Bounce-Handler's "ADDRESS_NOT_FOUND".
  'recipient not recognized', 'recipient is not recognized', 'user not recognized', 'user is not recognized',
  'addressee not recognized', 'address not recognized', 'mailbox not recognized', 'unknown customer',
  'nonexistent mailbox', 'non-existent mailbox', 'nonexistent address', 'non-existent address', 'address_not_found',
  // The samples in Mautic's bounce rules (EmailBundle/MonitoredEmail/Processor/Bounce/DsnParser.php,
  // "rule: unknown"): servers that say the address is gone in words not listed above.
  'addressee unknown', 'does not have an account here', 'address no longer exists', 'mailbox no longer exists',
  'account no longer exists', 'user no longer exists', 'user not a member of domain',
  // List managers' and CRMs' shipped bounce rules (issue 9, peer-audit-b.test.ts): CiviCRM's "Invalid"
  // patterns (sql/civicrm_data/civicrm_mailing_bounce_type/Invalid.sqldata.php), Sympa's RFC 1893
  // equivalents of old wordings (ProcessBounce.pm %equiv, 5.1.1), listmonk's reHardBounce and phpList's
  // generatebouncerules.php: servers' words for a local part they do not have.
  'addressee invalid', 'addressee is invalid', 'badly formatted address', 'malformed local part', 'malformed local-part',
  'invalid or unknown virtual user', 'no e-mail address registered', 'no email address registered',
  'no such e-mail address', 'no such local user', 'unknown local user', 'not found in directory',
  'not found in the directory', 'not present in directory', 'not known at this site', 'no longer on server',
  'no longer on this server',
  'unrecognized recipient', 'unrecognised recipient', 'unregistered address', 'user\'s email name is not found',
  'receiver not found', 'nom du destinataire n\'est pas reconnu', 'non recensé dans le carnet d\'adresses', // Exchange / Lotus, fr
  'non sono riuscito a trovare l\'indirizzo', // Gmail's older Italian notice
  'unknown quickmail recipient', // QuickMail's "Unknown QuickMail recipient(s):" heading (Sympa _anabounce)
  'elektronski naslov ne obstaja', 'elektronski naslov je ukinjen', 'prejemnikovega e-poštnega naslova', // sl (CiviCRM)
  // go-sisimai reason/why-userunknown.go (2025): qmail's badrcptto patch ("553 sorry, this recipient is in my
  // badrecipientto list", "your envelope recipient has been denied", both "#5.7.1"), qmail-ldap's "no thank you
  // rejected: account unavailable", Postfix restriction classes' "Invalid-Recipient", and a webmail's "wrong or no
  // longer valid": the address is refused as such, whatever the status says.
  'badrecipientto list', 'envelope recipient has been denied', 'no thank you rejected: account unavailable',
  'recipient address rejected: invalid-recipient', 'email address is wrong or no longer valid', 'spectator does not exist',
  // Strato's German notice "Die E-Mail an x konnte nicht zugestellt werden, da die E-Mail-Adresse
  // abgelaufen oder ungültig ist." ("because the address has expired or is invalid"; as a CRM project
  // documents the real notice, with its "E-Mailabdresse" typo, issue 9 third outside check).
  'abgelaufen oder ungültig',
  // Exchange's user-facing sentence for a recipient its directory does not hold ("The message was
  // rejected by the recipient's domain because the recipient's email address is not listed in the
  // domain's directory.", github.com/MicrosoftDocs/windowsserverdocs/issues/5308).
  "address is not listed in the domain's directory",
]

export const DEAD_ADDRESS_PATTERNS: readonly RegExp[] = [
  // crisp-oss email-bounce-parser `lib/parser.js` invalid_mailbox: "do(e)sn't exist", some Chinese
  // servers writing "dosn't".
  /(?:user|mailbox|recipient|account|address) dosn't exist/,
  // Mail-DeliveryStatus-BounceParser `_std_reason`: "<x@y> is invalid" right after the reply code or a
  // colon (the recipient's own address, not "Sender address <x> is invalid").
  /(?:^|\d |: )<[^ <>@]{1,64}@[^ <>]{1,255}> is invalid/,
  /this user doesn't have an? [^ ]{1,40} account/, // Yahoo 554 "delivery error: dd This user doesn't have a yahoo.com account"
  /user [^ ]{1,200} (?:was not found|does not exist)/,
  // Mautic's DsnParser samples: "550 User (x@y) unknown.", "550 Mailbox ( x@y ) not found or
  // inactivated", "550 <x@y>: Invalid User" (the address between the noun and the verdict).
  /user \( ?[^ ]{1,200} ?\) unknown/, /mailbox \( ?[^ ]{1,200} ?\) not found/, /<[^ ]{1,200}>: invalid user(?![a-z])/,
  /mailbox [^ ]{1,200} does not exist/,
  /rcpt <[^ ]{1,200} does not exist/,
  /recipient [^ ]{1,200} was not found in/,
  /<[^ ]{1,200}> not found/,
  // The same two replies as Outlook on the web renders them, the brackets gone with the link:
  // "550 x@y: Invalid User", "550 x@y is invalid" (rendered-parity.test.ts).
  /(?:^|\d |: )[^ <>@:]{1,64}@[^ <>:]{1,255}: invalid user(?![a-z])/, /(?:^|\d |: )[^ <>@:]{1,64}@[^ <>:]{1,255} is invalid(?![a-z])/,
  /address [^ ]{1,200} not known here/, // Mail-DeliveryStatus-BounceParser `_std_reason`
  // RFC 3464's own example (appendix, "550 'arathib@vnet.IBM.COM' is not a registered gateway user"): the
  // gateway names the recipient it has no user for. Not the sender's refusal Sisimai reads (rfc3464-35).
  /(?:^|\d |: )['<][^ '<>@]{1,64}@[^ '<>]{1,255}['>] is not a registered gateway user/,
  // The local part between the words: "550 User <abuse> unknown" (a server's RCPT reply relayed by
  // Postfix, pasted in pastebin CzBQxZUu; issue 9, pasted notices).
  /(?:^|[^a-z])user <[^ <>@]{1,64}> unknown(?![a-z])/,
  // An error token in place of a sentence: "Diagnostic-Code: X-LOCAL; 500 (err.nosuchuser)" (a 1996
  // sprynet.com DSN kept in MimeKit's UnitTests/TestData/messages/delivery-status.txt), "no_such_user".
  // Not Gmail's help link "?p=NoSuchUser", which its notices also show for a mailbox that is only unavailable.
  /(?:^|[^=a-z_])no_?such_?(?:user|mailbox)(?![a-z])/,
  /account [^ ]{1,200} does not exist at the organization/,
  // Microsoft 365's rendered headline: "jane wasn't found at contoso.com." and its translations
  // (the patterns start with a literal: no scan restarts on long unspaced text).
  /wasn't found at [^ ]{1,255}/,
  / est introuvable sur [^ ]{1,255}/, // fr
  / non è stato trovato in [^ ]{1,255}/, /impossibile trovare [^ ]{1,64} in [^ ]{1,255}/, // it
  / wurde (?:bei|unter) [^ ]{1,255} nicht gefunden/, // de
  // The other German word order, "equel wurde nicht in swipnet.se gefunden." (a Microsoft 365 NDR pasted
  // in fschulze/jumpnbump issue #3, 2021).
  / wurde nicht (?:in|bei|unter) [^ ]{1,255} gefunden/,
  /no se (?:encontró|ha encontrado|pudo encontrar) (?:a )?[^ ]{1,64} en [^ ]{1,255}/, // es
  / não foi encontrado em [^ ]{1,255}/, // pt
  // The same headline in Microsoft 365's nl, pl, sv, da, nb, fi, cs, ru, tr, ja, zh-CN, zh-TW, ko NDRs
  // (issue 9: the localised NDR pages; "x is niet gevonden op y", "x が y で見つかりませんでした").
  / is niet gevonden op [^ ]{1,255}/, /nie znaleziono użytkownika [^ ]{1,64} w domenie /, / hittades inte på [^ ]{1,255}/,
  / blev ikke fundet på [^ ]{1,255}/, / ble ikke funnet på [^ ]{1,255}/, /käyttäjää [^ ]{1,64} ei löytynyt /,
  /uživatel [^ ]{1,64} nebyl v doméně [^ ]{1,255} nalezen/, /пользователь [^ ]{1,64} не найден в /, / üzerinde bulunamadı/,
  / で見つかりませんでした/, / 中找不到 [^ ]{1,64}/, /在 [^ ]{1,255} 找不到 [^ ]{1,64}/, /에서 [^ ]{1,64}을\(를\) 찾을 수 없습니다/,
  // Exchange Online 5.4.1 with its AS(201806281) tag: directory-based edge blocking found no such
  // recipient in the tenant (Microsoft's NDR reference), whichever notice relays it and whatever step.
  /recipient address rejected: access denied\. as\(201806281\)/,
  /5\.4\.1 \[[^ \]]{1,255}\]: recipient address rejected: access denied/, // the same answer before Microsoft added the AS tag
  // "La dirección de correo no existe", "La cuenta de correo electrónico no existe", "L'adresse e-mail
  // n'existe pas": the noun and the verb with the address's kind between them (es, fr).
  /(?:dirección|cuenta|buzón) de correo(?: electrónico)? no existe/, /l'adresse (?:e-mail|email|électronique|de messagerie) n'existe pas/,
  /indirizzo (?:e-?mail |di posta(?: elettronica)? )?(?:inesistente|sconosciuto)/, /l'indirizzo (?:e-?mail |di posta(?: elettronica)? )?non esiste/, // it
  /(?:cuenta|dirección|buzón) (?:de correo(?: electrónico)? )?inexistente/, // es
  / is niet gevonden (?:bij|op) [^ ]{1,255}/, // nl
  // "<the account / user / address / mailbox / recipient> does not exist / is unknown / was not found"
  // in French, Italian, German and Spanish, the way servers localise "user unknown" and "mailbox does
  // not exist" (Libero "utente inesistente", web.de "Benutzer nicht bekannt" as listed on German
  // hosting providers' bounce pages, Exchange's "Destinatario desconocido"), not only the fixed phrases
  // above. Each starts with a literal noun and needs the verb right after it.
  /(?:compte|utilisateur|destinataire|boîte aux lettres|boite aux lettres|adresse e-?mail|adresse électronique|adresse de messagerie) (?:est )?(?:inexistante?|inconnue?|introuvable|invalide)\b/,
  /(?:le compte|l'utilisateur|le destinataire|la boîte aux lettres|l'adresse e-?mail) n'existe pas/,
  /(?:utente|account|casella(?: di posta)?|casella postale|destinatario|indirizzo(?: e-?mail)?) (?:inesistente|sconosciut[oa]|non esiste|non trovat[oa]|non valido)\b/,
  /(?:benutzer|empfänger|postfach|mailbox|konto|e-mail-adresse|empfängeradresse) (?:existiert nicht|nicht gefunden|nicht bekannt|nicht vorhanden|unbekannt|ungültig)\b/,
  // BounceParser `_std_reason`'s "<user word> not recognized" family as localised servers write it
  // (fr "destinataire non reconnu", it "destinatario non riconosciuto", de "Empfänger nicht erkannt",
  // es "destinatario no reconocido"), the noun first, at most "wurde" between.
  /(?:destinataire|utilisateur|adresse(?: e-?mail| électronique)?) non reconnue?\b/,
  /(?:destinatario|utente|indirizzo(?: e-?mail)?) non riconosciut[oa]\b/,
  /(?:empfänger|benutzer|empfängeradresse|e-mail-adresse) (?:wurde )?nicht erkannt\b/,
  /(?:destinatario|usuario|dirección(?: de correo)?) no reconocid[oa]\b/,
  /ungültiger (?:empfänger|benutzer)/,
  // The owner between noun and verb, as GMX/Web.de and Orange word their notices ("Die E-Mail-Adresse des
  // Empfängers existiert nicht", "L'adresse e-mail du destinataire n'existe pas").
  /(?:e-mail-adresse|adresse|postfach|konto) des empfängers (?:existiert nicht|ist unbekannt|wurde nicht gefunden|ist nicht vorhanden)/,
  /(?:l'adresse(?: e-?mail| électronique| de messagerie)?|le compte|la boîte aux lettres) du destinataire (?:n'existe pas|est inconnue?|est introuvable|est inexistante?)/,
  /(?:usuario|cuenta(?: de correo)?|buzón|destinatario|dirección(?: de correo(?: electrónico)?)?) (?:no existe|inexistente|desconocid[oa]|no encontrad[oa]|no válid[oa])\b/,
  /no existe (?:la cuenta|el usuario|el buzón|el destinatario|la dirección)/,
  // The same words with a verb between noun and adjective ("The recipient is unknown on this server",
  // "L'indirizzo risulta inesistente", "Der Empfänger ist unbekannt", "El destinatario es
  // desconocido"): gateways and webmail daemons write them so.
  /(?:recipient|addressee|user|mailbox|e-?mail address|address) (?:is|was) (?:unknown|not known|non-?existent)/,
  /(?:destinataire|utilisateur|adresse|boîte aux lettres) (?:[^ ]{1,20} )?(?:est|semble) (?:inconnue?|inexistante?)/, // fr
  /(?:destinatario|utente|indirizzo|casella) (?:[^ ]{1,20} )?(?:è|risulta) (?:sconosciut|inesistent)/, // it
  /(?:empfänger|benutzer|adresse|postfach|e-mail-adresse) (?:[^ ]{1,20} )?ist (?:unbekannt|nicht vorhanden)/, // de
  /(?:destinatario|usuario|dirección|buzón) (?:[^ ]{1,20} )?(?:es|está|resulta) (?:desconocid|inexistente)/, // es
  // A mailbox deleted or gone for good, with no status to say 5.1.1 ("550 This account has been deleted",
  // "The mailbox you tried to reach has been deleted", "This user no longer exists"; "Cette adresse n'existe
  // plus", "El usuario ya no existe", "Este endereço não existe mais"): delivery APIs class it as a final
  // failure of its own (UniSender's checkEmail statuses: err_mailbox_discarded "the recipient's mailbox has
  // been deleted. The status is final", https://www.unisender.com/en/support/api/messages/checkemail/).
  /(?:mailbox|account|user|e-?mail address|address|recipient) (?:[^ ]{1,20} ){0,4}(?:has been|have been|was|is) (?:deleted|removed|purged)(?![a-z])/,
  /(?:mailbox|account|user|e-?mail address|address|recipient) (?:[^ ]{1,20} ){0,2}no longer exists/,
  /(?:adresse|compte|utilisateur|destinataire|boîte aux lettres) (?:[^ ]{1,20} ){0,2}n'existe plus/, // fr
  /(?:usuario|dirección|cuenta|buzón|destinatario) (?:[^ ]{1,20} ){0,2}ya no existe/, // es
  // The same meanings in the other words and spellings national servers use. SMTP replies are US-ASCII
  // (RFC 5321 section 2.4), so German servers write "Empfaenger", "ungueltig" and Spanish ones drop accents;
  // "kein Postfach mit diesem Namen" / "Nessuna casella con questo nome" / "No hay ningún buzón con ese nombre"
  // / "Il n'y a pas de boîte aux lettres à ce nom" translate qmail's "no mailbox here by that name".
  /(?<![a-zäöüß-])(?:benutzer|empfaenger|nutzer|mailadresse|e-mail-adresse|empfaengeradresse|adresse) (?:existiert nicht|nicht gefunden|nicht bekannt|nicht vorhanden|unbekannt|ungültig|ungueltig)(?![a-z])/, // de
  /kein (?:postfach|benutzer|empfänger|empfaenger) mit diesem namen/, // de
  /(?:usuário|usuario|e-?mail|conta|endereço(?: de e-?mail)?) (?:não|nao) (?:foi )?encontrad[oa]/, // pt
  /(?:correo electrónico|correo electronico|e-?mail) no existe/, /ning[uú]n buz[oó]n con ese nombre/, // es
  /(?:utente|casella(?: di posta)?|indirizzo(?: e-?mail)?|account|destinatario) (?:non esistente|non riconosciut[oa]|errat[oa])(?![a-z])/, /nessuna casella con questo nome/, // it
  /pas de bo[iî]te aux lettres [aà] ce nom/, // fr
  /(?:endereço|usuário|conta|destinatário|caixa postal) (?:[^ ]{1,20} ){0,2}não existe mais/, // pt
  // CiviCRM's Invalid patterns "address(es)?( you (entered|specified))? (could|was)( not|n.t)( be)? found",
  // "nadie con esta direcci..?n" (Gmail es), listmonk's "address not found" (the bare noun only at the
  // start of the answer, so "sender address not found" stays the sender's), and a bare "invalid user"
  // that is not an authentication answer ("invalid user name or password").
  /address(?:es)? you (?:entered|specified) (?:could not|couldn't|cannot|can't|was not|wasn't|were not|weren't) (?:be )?found/,
  /nadie con (?:esta|esa) direcci[oó]n/,
  /(?:^|\d |: )(?:the )?(?:e-?mail )?address (?:was )?not found/,
  /(?:^|\d |: )invalid user(?![a-z]| ?name| ?id| or password| and password|\/| credentials)/,
  // Sympa's %equiv "unknown address" (5.1.1) as the whole answer; Amazon SES's "5.1.0 - Unknown address
  // error" is only its wrapper around the remote answer (lhost-amazonses-01: a 5.7.1 refusal of the sender).
  /(?:^|\d |: )unknown address(?:$|[.;,:!)]| <| [^ ]{1,64}@)/,
  // go-sisimai why-userunknown.go pairs: Lotus Domino's "No <x> in name directory" and "rcpt (x) doesn't exist".
  /收件人邮件地址[（(][^（）() ]{1,320}[）)]不存在/,
  // "550 Local User [x@y] not found." (dbmailserver.com's list of Chinese hosts' replies).
  /local user \[[^\] ]{1,320}\] not found/,
  // "User x@163.net is not found in Server" (tnet.hk's, help.szhot.com's and fobhost.com's lists of Chinese hosts' replies).
  /user [^ ]{1,320} is not found in server/,
  /(?:^|\d |: )no [^ ]{1,255} in name directory/, /rcpt [<(][^ ]{1,255}[>)] does(?: not|n't) exist/,
]

export const deadAddress: ReasonRule = {
  reason: 'userunknown',
  phrases: DEAD_ADDRESS_PHRASES,
  patterns: DEAD_ADDRESS_PATTERNS,
}
