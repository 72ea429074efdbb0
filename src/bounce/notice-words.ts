/**
 * How returned-message notices introduce themselves: senders and subjects, in the languages of the
 * corpus and of Exchange / Office 365 localisations. Shared by the engine's text fallback and the
 * importer's header pre-filter (mbox.ts looksLikeNotice).
 */

/** Local parts and display names of notice senders (MAILER-DAEMON, postmaster, Microsoft Outlook ...). */
export const NOTICE_SENDER = /(?:mailer-daemon|mailer_daemon|maildaemon|mail-daemon|postmaster|mail delivery (?:subsystem|system|service)|mail administrator|microsoft outlook|microsoft exchange|mail\.delivery|bounce[sd]?@|returned mail|mdaemon|mail-router|smtp gateway|internet mail delivery|post_master@)/i

/** Notice subjects (English, French, Italian, German, Spanish, Dutch, Portuguese, Japanese). */
export const NOTICE_SUBJECT = /(?:undeliver|undelivered|delivery status notification|delivery (?:has )?fail|delivery notification|delivery problem|delivery report|failure notice|failed delivery|mail delivery failed|returned mail|returned to sender|returning message|could not be delivered|couldn't be delivered|wasn't delivered|not delivered|message not delivered|delivery error|mail system error|nondeliverable|non-deliverable|warning: could not send|delayed mail|delivery delayed|delivery status|mail failure|rejected:|permanent error|address not found|non remis|non distribué|impossible de remettre|échec de la remise|non recapitabile|recapito non riuscito|mancato recapito|unzustellbar|nicht zustellbar|zustellung fehlgeschlagen|no se puede entregar|no entregado|error en la entrega|onbestelbaar|niet bezorgd|não foi possível entregar|não entregue|falha na entrega|配信|不達|送信できません|エラー)/i

/** Words a notice's body uses near a failed address (used only once a message already looks like a notice). */
export const FAILURE_CUE = /(?:did not reach|could not be delivered|couldn't be delivered|wasn't delivered|not be delivered|undeliverable|unable to deliver|delivery (?:to the following|has failed|failed)|failed|unknown|rejected|not found|does not exist|doesn't exist|no such|mailbox|quota|refused|denied|invalid|blocked|expired|timed out|[245]\d\d[ -]|[245]\.\d{1,3}\.\d{1,3}|desconocid|no existe|inconnu|introuvable|n'existe pas|sconosciut|inesistente|non esiste|unbekannt|existiert nicht|onbekend|bestaat niet|desconhecid|não existe|lleno|pleine|piena|voll\b|\bvol\b|cheia|nicht gefunden|non è stato trovat|no se (?:encontr|ha encontrado)|não foi encontrad|niet gevonden)/i
