/** blocked: the sending host or IP is refused (block lists, client host rejected, ISP-only policies). */
import type { ReasonRule } from './rule'

/**
 * The sending IP or account refused for mailing too many addresses that do not exist (issue 9, esp-classes.test.ts):
 * AOL's "IB112 This IP address has attempted to email too many invalid recipients" / "IB113 … blocked for the day",
 * qmail-smtpd's "421 too many invalid addresses", BlueTie's BL0005 ("sending to invalid recipients"), Salesforce
 * Marketing Cloud's block class 1009 "High Unknown Address Pct." (help.salesforce.com 000387252), SparkPost's
 * and SendGrid's "block" (the sender's list, not the recipient), Cox's "550 too many invalid recipients" (go-sisimai
 * rhost/for-cox.go: blocked). The sender's list hygiene, no proof this contact is dead.
 */
const INVALID_RECIPIENT_VOLUME: readonly RegExp[] = [
  /too many (?:invalid|unknown|bad|non-?existent|non-?existing|undeliverable) (?:recipients?|addresses|rcpts?|users|mailboxes)/,
  /(?:high|large|excessive) (?:number|percentage|pct\.?|quantity|rate|volume) of (?:invalid|unknown|inactive|non-?existent|bad|undeliverable) (?:recipients|addresses|users|mailboxes)/,
  /(?:sending|mailing|attempt(?:ed|ing)? to (?:e-?mail|send to|mail)) (?:to )?(?:too many )?(?:invalid|unknown|non-?existent) (?:recipients|addresses)/,
]

/** The same family as a rule of its own: user-unknown.ts lets it veto "invalid recipients" words. */
export const invalidRecipientVolume: ReasonRule = { reason: 'blocked', phrases: [], patterns: INVALID_RECIPIENT_VOLUME }

export const blocked: ReasonRule = {
  reason: 'blocked',
  phrases: [
    ' said: 550 blocked', 'spamcop.net/bl.', 'bad sender ip address', 'banned sending ip', // Office 365
    'blacklisted by', 'blocked using ', 'blocked - see http', 'dnsbl:attrbl', 'client host rejected: abus detecte', // SFR
    'client host rejected: may not be mail exchanger', 'client host rejected: was not authenticated',
    'client host blocked', 'confirm this mail server',
    // Postfix smtpd_client_restrictions / access(5) REJECT on the sending host: "554 5.7.1 <name[ip]>:
    // Client host rejected: Access denied" (a sample in Mautic's DsnParser.php, rule: antispam, deny ip).
    'client host rejected: access denied',
    // Korean portals' IP filters (return-mail type lists oliveit.tistory.com/39, puffinknight.tistory.com/102):
    // "421 4.3.2 Your IP(x) is filtered and this connection will be closed. You must register your IP to
    // http://realip.naver.com", Paran's "Transaction failed. (SPAM_SUSPECT:IP_CONTROL) (http://cleanip.paran.com)".
    'is filtered and this connection will be closed', 'register your ip to', 'spam_suspect:ip_control',
    // Coremail's refusals of the sending IP (its support pages' bounce list, icoremail.vip cate_id=84: "IP is rejected",
    // "Requested mail action not taken: Invalid IP", "IP is Hangup"; patterns below) and fobhost.com's "remote ip is
    // forbidden" (发件人IP被屏蔽).
    'action not taken: invalid ip', 'remote ip is forbidden',
    'spamhaus xbl', 'currently sending spam see: ',
    'domain does not exist:', 'dynamic/zombied/spam ips blocked', 'error: no valid recipients from ',
    'esmtp not accepting connections', // iCloud
    // crisp-oss parser.js's status table "501 5.5.4 invalid_helo_ehlo": the sending host's greeting name.
    'invalid helo', 'invalid ehlo', 'helo/ehlo argument',
    'extreme bad ip profile', 'go away', 'helo command rejected:', 'host network not allowed', 'hosts with dynamic ip',
    'invalid ip for sending mail of domain', 'is in a black list', 'is not allowed to send mail from',
    'mailfrom domain is listed in spamhaus', 'no access from mail server', 'no matches to nameserver query',
    'not currently accepting mail from your ip', 'part of their network is on our block list',
    'please use the smtp server of your isp', 'refused - see http', 'rejected - multi-blacklist',
    'sender has not passed validation', 'rejecting open proxy', 'sender ip address rejected',
    'server access forbidden by your ip ',
    'smtp error from remote mail server after initial connection:', // Exim
    'looks suspiciously like spammer',
    'temporarily deferred due to unexpected volume or user complaints', // Yahoo TSS04
    'to submit messages to this e-mail system has been rejected', 'too many spams from your ip',
    'too many unwanted messages have been sent from the following ip', 'was blocked by ',
    'we do not accept mail from dynamic ips', 'you are not allowed to connect', 'you are sending spam',
    'your ip address is listed in the rbl', 'your network is temporary blacklisted', 'your server requires confirmation',
    'access denied. ip name lookup failed', 'ip address blacklisted', 'client host blocked for spamming',
    'adresse ip source bloquee', 'refused to talk to me', 'spamhaus.org/query/bl',
    'blocked by spamhaus', 'listed in spamhaus', 'listed by spamhaus', 'listed on spamhaus', 'spamhaus.org/sbl', 'spamhaus.org/zen',
    'traffic not accepted from this ip',
    // GWAVA's (GroupWise gateway) block notice: "This message was rejected by a RBL server." over
    // "<ip> which the SBL-XBL.SPAMHAUS.ORG RBL Server flagged." (SpamAssassin t.rules/VBOUNCE_MESSAGE).
    'rejected by a rbl server', 'rejected by an rbl server', 'rbl server flagged',
    // Trend Micro Email Reputation Services: "550 Mail from <ip> refused by rbl-plus.mail-abuse.org",
    // "blocked using Trend Micro RBL+", "deferred using Trend Micro Email Reputation database"
    // (success.trendmicro.com 1097055 and KA-0001346); "Your email messages have been blocked by Trend
    // Micro Email Reputation Service" (WFBS, 1056643).
    'refused by rbl', 'mail-abuse.org/rbl', 'mail-abuse.com/cgi-bin/lookup', 'trend micro email reputation',
    // GMX / Web.de "554-IP address is black listed" (postmaster.gmx.net error messages); T-Online's
    // "554 IP=<ip> - <cause>. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.)",
    // its block of the sending IP (postmaster.t-online.de), "Dialup/transit IP address" among the causes.
    'ip address is black listed', 'ip address is blacklisted', 'contact tosa@rx.t-online.de', 'dialup/transit ip',
    // Outlook.com OU-001 "... Hotmail does not relay dynamically-assigned IP ranges" (mail.live.com troubleshooting codes).
    'dynamically-assigned ip', 'dynamically assigned ip',
    '列入黑名单', '在黑名单', 'в черном списке', 'в чёрном списке', '블랙리스트', 'na černé listině', // zh, ru, ko, cs: "on a blacklist"
    // PHP-Bounce-Handler's 5.7.1 block-list wordings and crisp-oss's "dnsbl" (blocked) class.
    'dns blacklist', 'dnsbl', 'dynamic ip', 'dynamic-ip denied', 'ips blocked', 'connection refused due to abuse',
    // The same lists' block wordings (the PHP bounce-rule lists that grew from BMH (bmh_rules.php and its descendants' COMMON_RULES)).
    'blocked for abuse', 'ip banned', 'mail server is currently blocked', 'on rbl list', 'spamblock',
    // CiviCRM's Spam type: "blacklisted" said of the sending host or IP, "open relay" (the sending host
    // listed as one), "blocked message".
    'is blacklisted', 'is an open relay', 'blocked message',
    'connections will not be accepted from', 'on domain\'s blacklist', 'on our block list', 'on our blocklist', 'blocklisted', 'block listed', // Exchange Online 5.7.708: the sending tenant's traffic judged suspicious (Microsoft's NDR list)
    // go-sisimai why-blocked.go and rhost (GoDaddy "554 RBL Reject", Cox "cox too many bad commands from <ip>" and
    // "too many invalid recipients", Tencent "Suspected bounce attacks"): the sending host is refused.
    'rbl reject', 'too many bad commands from', 'too many invalid recipients', 'suspected bounce attacks',
    "is in an rbl on ", 'is blocked by rbl', 'rejected based on blacklist',
  ],
  patterns: [
    /access from ip address [^ ]{1,64} blocked/, /client host [^ ]{1,255} blocked using/, /email blocked by [^ ]{0,64}(?:barracudacentral|spamhaus)/,
    /ip [^ ]{1,64} is blocked by/, /is in an [^ ]{1,32}rbl on /, /mail server at [^ ]{1,255} is blocked/,
    /messages from [^ ]{1,64} temporarily deferred/, /server ip [^ ]{1,64} listed as abusive/, /the (?:domain|email|ip) [^ ]{1,255} is blacklisted/,
    /your access ip[^ ]{0,64} has been rejected/, /is listed at [^ ]{0,64}abuseat\.org/,
    // The sending IP blocked, in French, Italian, Spanish, Portuguese and German servers' words ("Votre adresse
    // IP est bloquée", "Il tuo indirizzo IP è stato bloccato", "Su dirección IP ha sido bloqueada", "Seu endereço
    // IP foi bloqueado", "Ihre IP-Adresse ist gesperrt"): the verb within three words of "IP".
    /(?<![a-z])ip(?:-adresse)? (?:[^ ]{1,40} ){0,3}(?:bloquée?|bloque|bloccat[oa]|bloquead[oa]|gesperrt)(?![a-z])/,
    // go-sisimai why-blocked.go pairs: "Mail from <ip> refused, see ... orbs", "Your access IP <ip> has been rejected".
    /mail from [^ ]{1,255} refused, see /, /your access ip [^ ]{1,255} has been rejected/,
    /(?<![a-z])ip is (?:rejected|hangup)(?![a-z])/, // Coremail (not an attachment's ".zip is rejected")
    // A DNS block list's refusal naming the sending IP: sendmail's FEATURE(`dnsbl') default "Rejected: <ip>
    // listed at <zone>" (sendmail cf/README), UCEPROTECT's and Barracuda's "<ip> is listed at <zone>", also
    // behind a plain 550/554 with no enhanced status (real-messages-e.test.ts).
    /(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}\]?,? (?:is |was )?(?:currently )?(?:listed|blacklisted|blocklisted) (?:at|in|on|by) [a-z0-9-]{1,63}\./,
    ...INVALID_RECIPIENT_VOLUME,
  ],
}
