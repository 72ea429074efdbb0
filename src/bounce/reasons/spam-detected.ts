/** spamdetected: a content filter judged the message to be spam. Counts on phrases only after DATA. */
import type { ReasonRule } from './rule'

const BEFORE_DATA = new Set(['CONN', 'EHLO', 'HELO', 'MAIL', 'RCPT'])

export const spamDetected: ReasonRule = {
  reason: 'spamdetected',
  phrases: [
    ' - spam', 'appears to be unsolicited', 'blacklisted url in message', 'block for spam', 'no spam please',
    'blocked by spamassassin', 'detected as spam', 'considered unsolicited bulk e-mail', 'content filter rejection',
    'identified this email as a bulk email', 'denied due to spam list', 'high probability of spam',
    'is classified as spam', 'mail appears to be unsolicited', 'mail content denied', // QQ
    // QQ Mail's "550 Error: content rejected" (its bounce help, qqmailbox.com/transceivers/169.html).
    'error: content rejected',
    // Alibaba Mail's inbound anti-spam refusal (help.aliyun.com document_detail/36612: 该邮件被反垃圾邮件系统判断为具备垃圾邮件特征).
    'spamed by local spam engine',
    // NetEase's (Coremail's) notice category 垃圾邮件退信 "returned as spam", English "Content reject/Spam denied"
    // (emailhost.com.cn/service.html's list of its bounce categories).
    '垃圾邮件退信', 'spam denied',
    'seems as a junk mail', // "550 sorry, it seems as a junk mail" (Mautic's DsnParser.php, rule: antispam)
    'may consider spam', 'message considered as spam', 'message contains spam', 'message content rejected',
    'message filtered. please see the faqs section on spam', 'message looks like spam',
    'seems to be a spam', 'spamprofiler', 'message rejected as spam', 'message rejected because of unacceptable content',
    'suspected spam', 'suspected as spam', // GWAVA: "Message was suspected as SPAM message"
    'message rejected for policy reasons', 'possible spam/virus content', 'thinks this email is spam',
    'our system has detected that this message is ', 'probable spam', 'reject bulk.advertising',
    'spamassassin score', 'rejected - bulk email', 'rejecting banned content', 'rejecting mail content',
    'spam-like characteristics', 'sender domain listed at ', 'due to spam filter', 'spam blocked', 'spam check',
    'spam content matched', 'spam detected', 'spam email', 'spam message rejected', 'spam not accepted',
    'spam refused', 'spam rejection', 'spam score ', 'identified spam', 'spamming not allowed',
    'too many spam complaints', 'too much spam.', 'rejected by spam filtering engine',
    'classification as bulk mail', 'looked like spam', 'appears to be spam', 'identified as spam',
    'scored as spam', 'classified as spam', 'recurrent pattern detection system', 'spam message not queued',
    'we dont accept spam', 'similar to spam', 'uribl policy', 'spam-like ', 'is considered spam', 'is probably spam',
    'as spam and has prevented delivery', 'temporarily blocked by our filter', 'triggered a spam block',
    'may contain the spam contents', 'failed several antispam checks', 'ube, id=',
    'reject, id=',
    // PHP-Bounce-Handler's 5.7.1 spam wordings ("Sorry, looks like spam", "blocked for spam", "Your message
    // was declared Spam", Polish "odrzucona przez system antyspamowy").
    'looks like spam', 'blocked for spam', 'declared spam', 'declared as spam', 'spam message discarded', 'system antyspamowy',
    // The spam judgements of the PHP bounce-rule lists that grew from BMH (bmh_rules.php and its descendants' COMMON_RULES):
    // content filters' own words, with no status to say 5.7.x.
    'spam rejected', 'rejected for spam', 'blocked as spam', 'flagged as spam', 'quarantined as spam', 'was considered spam', 'possible spam',
    'potential spam', 'spam probability', 'on spam scale', 'spam bomb', 'spam origin', 'spam limit', 'spam is not allowed',
    'consistent with spam', 'rejected by spam', 'suspicion of spam', 'not allowed by spam', 'rejected by an anti-spam',
    'rejected by anti-spam', 'anti-spam filter', 'antispam filter', 'bulk mail rejected', 'rejected as bulk',
    'classified as bulk', 'surbl', 'black listed url', 'blocking url', 'rejected by dcc', 'spam content',
    // Mail-DeliveryStatus-BounceParser `_std_reason` spam: ESET's gateway tag, "using a mass mailer",
    // McAfee's "MCSpamSignature".
    'esets_smtp (spam)', 'mass mailer', 'mcspamsignature',
    // The same judgement in French, Italian, German, Spanish, Portuguese and Dutch servers' replies.
    'considéré comme spam', 'considéré comme du spam', 'identifié comme spam', 'identifié comme courrier indésirable',
    'considerato spam', 'considerato come spam', 'identificato come spam', 'als spam eingestuft', 'als spam erkannt',
    'spamverdacht', 'considerado spam', 'considerado como spam', 'identificado como spam', 'detectado como spam',
    'als spam aangemerkt', 'als spam beschouwd', 'herkend als spam',
    '判定为垃圾邮件', '识别为垃圾邮件', '疑似垃圾邮件', '스팸으로 판단', '스팸으로 분류', 'как спам', 'подозрение на спам',
    'похоже на спам', 'jako spam', // zh, ko, ru, cs
    'pour cause de spam', 'als spam abgelehnt', 'wegen spam abgelehnt', 'wegen spamverdacht', 'por ser spam',
    'rechazado por spam', 'rejeitada por spam', 'rejeitado por spam', 'rifiutato per spam', 'rifiutata per spam',
    // CiviCRM's "Spam" bounce type (civicrm_mailing_bounce_type/Spam.sqldata.php): a filter's judgement of
    // the message, "(hostile|questionable|unacceptable) content", "anti-?spam (policy|software)", "spamcheck",
    // "excessive spam content", "message looks suspicious", "is likely unsolicited mail", "content control".
    'hostile content', 'questionable content', 'unacceptable content', 'anti-spam policy', 'antispam policy',
    'anti-spam software', 'antispam software', 'spamcheck', 'failed spam check', 'message looks suspicious',
    'likely unsolicited mail', 'unsolicited mail', 'content control', 'rejected due to spam', 'spam reduction software',
    // go-sisimai why-spamdetected.go and rhost/for-tencent.go: a DNSBL of spam senders (imedia.ru), a filter's
    // probability, "Rejected by <host> (spam)", Tencent "Spam is embedded in the email".
    'drbl.imedia.ru', 'percent probability of being spam', 'spam is embedded in the email',
  ],
  patterns: [
    /rejected by [^ ]{1,255} \(spam\)/, // go-sisimai why-spamdetected.go pair "rejected by ", " (spam)"
    // "550 Error: SB0102 - Rejected: SPAM" (url.com.tw's list of returned-mail replies: 您的信件被對方認為是垃圾信).
    /rejected: spam(?![a-z])/,
    /\bbulk e-?mail (?:is )?(?:not accepted|not allowed|refused|rejected|denied)/, // BounceParser `_std_reason` /bulk\s+e?mail/
    // CiviCRM Spam "(bulk( e-?mail)|content|attachment blocking|virus|mail system) filters?": a message
    // stopped by a filter (the verb first: "content filter" alone also names a queue or a service).
    /(?:blocked|rejected|refused|caught|stopped|denied|held) by (?:our |the |a |an )?(?:bulk e-?mail|content|attachment blocking|mail system|anti-?spam|spam) filters?/,
    /mail score \([^)]{0,20}\) over/, /this message scored [^ ]{1,20} spam points/, /rejected due to spam (?:classification|content)/, /mail rejete\. mail rejected\. [^ ]{0,64}506/],
  probe(fact) {
    if (fact.statusReason === 'spamdetected') return true
    if (!fact.status || BEFORE_DATA.has(fact.command)) return false
    return fact.says(spamDetected)
  },
}
