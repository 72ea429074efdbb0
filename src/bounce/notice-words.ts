/**
 * How returned-message notices introduce themselves: senders and subjects, in the languages of the
 * corpus and of Exchange / Office 365 localisations. Shared by the engine's text fallback and the
 * importer's header pre-filter (mbox.ts looksLikeNotice).
 */

/** Local parts and display names of notice senders (MAILER-DAEMON, postmaster, Microsoft Outlook ...). */
export const NOTICE_SENDER = /(?:mailer-daemon|mailer_daemon|maildaemon|mail-daemon|postmaster|mail delivery (?:subsystem|system|service)|mail administrator|microsoft outlook|microsoft exchange|mail\.delivery|bounce[sd]?@|returned mail|mdaemon|mail-router|smtp gateway|internet mail delivery|post_master@)/i

/** Notice subjects (English, French, Italian, German, Spanish, Dutch, Portuguese, Japanese). */
export const NOTICE_SUBJECT = /(?:undeliver|undelivered|delivery status notification|delivery (?:has )?fail|delivery notification|delivery problem|delivery report|failure notice|failed delivery|mail delivery failed|returned mail|returned to sender|returning message|could not be delivered|couldn't be delivered|wasn't delivered|not delivered|message not delivered|delivery error|mail system error|nondeliverable|non-deliverable|warning: could not send|delayed mail|delivery delayed|delivery status|mail failure|rejected:|permanent error|address not found|non remis|non distribué|impossible de remettre|échec de la remise|non recapitabile|recapito non riuscito|mancato recapito|non recapitato|non consegnato|unzustellbar|nicht zustellbar|nicht zugestellt|zustellung fehlgeschlagen|no se puede entregar|no se pudo entregar|no entregado|error en la entrega|onbestelbaar|niet bezorgd|niet worden bezorgd|kon niet worden bezorgd|não foi possível entregar|não entregue|falha na entrega|配信|不達|送信できません|エラー)/i

/**
 * Words a notice's body uses near a failed address (used only once a message already looks like a
 * notice). Sources per family: Postfix/Exim/qmail/Sendmail texts; Exchange's and Microsoft 365's NDRs
 * in their localisations ("did not reach", "could not be reached", Outlook's rendering "cannot be reached", "n'a pas pu être remis", "kan niet
 * worden bezorgd", "konnte nicht zugestellt werden", "no se pudo entregar", "non è stato possibile
 * recapitare", "não pôde ser entregue"); Lotus Notes ("was not delivered to", "not listed in Domino
 * Directory"); GroupWise ("undeliverable to the following"); "The following recipients returned permanent errors:"
 * (an X6-style daemon, as EmailEngine's bounce-detect.js reads it) and "The following recipients were affected:"; Chinese webmails (163/QQ/Sina: 退信, 发送失败,
 * 不存在); Latin-American webmails (Terra, UOL, Prodigy: "no pudo ser entregado", "não pôde ser entregue").
 */
export const FAILURE_CUE = /(?:did not reach|(?:could not|cannot) be (?:delivered|reached)|couldn't be delivered|wasn't delivered|not be delivered|not delivered|undeliverable|unable to deliver|delivery (?:to the following|has failed|failed)|failed|failure|fatal|permanent errors?|recipients? (?:were|was) affected|unknown|rejected|not found|not recogni[sz]ed|not listed|does not exist|doesn't exist|no such|mailbox|quota|refused|denied|invalid|blocked|expired|timed out|[245]\d\d[ -]|[245]\.\d{1,3}\.\d{1,3}|desconocid|no existe|inexistente|no pudo ser entregad|no se ha entregado|no se (?:encontr|ha encontrado)|no se pudo entregar|no se puede entregar|rechazad|inconnu|introuvable|n'existe pas|n[’']a pas (?:pu être|été) (?:remis|distribué)|impossible de (?:remettre|distribuer)|sconosciut|inesistente|non esiste|non è stato possibile recapitare|non è stato recapitato|non è stato trovat|impossibile recapitare|non recapitabile|unbekannt|existiert nicht|nicht gefunden|nicht zugestellt|konnte nicht zugestellt|unzustellbar|onbekend|bestaat niet|niet gevonden|niet (?:worden )?bezorgd|onbestelbaar|desconhecid|não existe|não pôde ser entregue|não foi entregue|não foi encontrad|não foi possível entregar|lleno|pleine|piena|voll\b|\bvol\b|cheia|失败|失敗|没有成功|未成功|不存在|退信|无法|無法|未能|できません|届きません)/i

/**
 * A line that names the recipient by a label, not by a failure word: "Intended recipient: x"
 * (Barracuda, Mimecast-style gateways), "Failed recipient: x", "Destinataire : x", "收件人：x".
 * Read only where the notice's top has a failure word somewhere (FAILURE_CUE).
 */
export const RECIPIENT_LABEL = /^[\s\-*•>]{0,8}(?:(?:intended|original|failed|final|invalid|unknown|rejected|bad|undeliverable)[ -])?(?:recipient|addressee|destinataire|destinatario|destinatário|destinatari|empfänger|收件人|收信人|受信者|宛先)(?:\(s\)|s|es)?(?: (?:address|adresse|e-?mail)(?:es)?)?\s{0,4}[:：]/i

/**
 * How a notice's body opens, when only its rendered text is at hand (a webmail page, no subject):
 * Microsoft 365 / Exchange Online NDRs and Gmail's "Address not found" notice in their English,
 * French, Italian, German, Spanish, Portuguese and Dutch localisations (issue 9, class 5: a French
 * Microsoft 365 notice read as text only, "… est introuvable sur …", and Dutch "kan niet worden
 * bezorgd" were missed).
 */
export const NOTICE_BODY = /(?:delivery has failed to these recipients|your message to .{1,320}? couldn't be delivered|your message wasn't delivered|address not found|la remise a échoué|n[’']a pas pu être remis|n[’']a pas été remis|est introuvable sur|adresse introuvable|recapito non riuscito|impossibile recapitare il messaggio|non è stato recapitato|indirizzo non trovato|fehler bei der zustellung|konnte nicht zugestellt werden|wurde nicht an .{1,320}? zugestellt|adresse nicht gefunden|error en la entrega|no se pudo entregar|no se ha entregado|no se ha encontrado la dirección|falha na entrega|não foi possível entregar|não foi entregue|endereço não encontrado|bezorging is mislukt|kan niet worden bezorgd|is niet bezorgd|adres niet gevonden)/i

/**
 * A notice that reports a delay, not a failure: the sending server still tries (EmailEngine's
 * bounce-detect.js tells these apart the same way: "has not yet been delivered", "will keep trying",
 * "delivery attempts will continue"; Exim's, Sendmail's and Exchange's warnings; gateways' "has been
 * delayed"), in en/fr/it/de/es/pt/nl. Read by the text fallback, which otherwise calls every
 * recipient failed. GAVE_UP says the server stopped: then the notice is a failure whatever it quotes.
 */
export const DELAY_CUE = /(?:has not yet been delivered|not yet been delivered|will keep trying|delivery attempts will continue|will continue to (?:try|attempt)|will be retried|will retry|still (?:in the queue|undelivered|being retried)|do not need to resend|warning message only|(?:has been|was|is) delayed|delivery (?:is )?delayed|remise (?:a été |est )?(?:retardée|différée)|nouvelles tentatives|sera (?:retenté|réessayé)|consegna (?:è )?ritardata|continuerà a tentare|zustellung (?:wurde |ist )?verzögert|weiterhin versucht|entrega (?:se ha )?retrasada|se ha retrasado|seguirá intentando|entrega atrasada|continuará tentando|vertraagd|blijft proberen)/i
export const GAVE_UP_CUE = /(?:permanent (?:error|failure)|failed permanently|given up|gave up|giving up|not going to try again|will not be retried|retry timeout exceeded|could not be delivered|couldn't be delivered|wasn't delivered|n[’']a pas pu être remis|non è stato possibile recapitare|konnte nicht zugestellt|no se pudo entregar)/i
