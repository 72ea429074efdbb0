/** speeding: the sender is over a rate limit. GoDaddy sends its limit with 5.1.1 (the example). */
import type { ReasonRule } from './rule'

/**
 * The sender's own quota, not the recipient's mailbox: Gmail "550 5.4.5 Daily user sending quota
 * exceeded", Exchange Online "550 5.2.2 Submission quota exceeded" (Google's SMTP error list,
 * Microsoft's NDR reference). Their "quota exceeded" and 5.2.2 would otherwise read as a full mailbox.
 */
export const SENDER_QUOTA: readonly string[] = [
  'sending quota exceeded', 'submission quota exceeded', 'daily user sending quota', 'sending quota',
  // Exchange Online writes the same limit as its exception's name: "550 5.2.2 STOREDRV.Submission.Exception:
  // SubmissionQuotaExceededException; Failed to process message due to a permanent exception" (Microsoft's NDR
  // reference, 5.2.2 "Submission quota exceeded"): the sending mailbox, never the recipient's.
  'submissionquotaexceeded',
  // Amazon SES "454 Throttling failure: Daily message quota exceeded" / "Maximum sending rate exceeded" (SES developer
  // guide, "Errors related to the sending quotas for your Amazon SES account"): the sending account's quota.
  'daily message quota exceeded', 'maximum sending rate exceeded', 'throttling failure:',
]
const senderQuota: ReasonRule = { reason: 'speeding', phrases: SENDER_QUOTA }
export { senderQuota }

export const speeding: ReasonRule = {
  reason: 'speeding',
  phrases: [
    'please try again slower',
    'has sent to too many recipients this hour', 'sending too fast', 'too many messages this hour',
    'you\'ve reached a limit for sending',
    // Gmail's notice when its own user is over Gmail's sending limits, unabridged: "You have reached a limit for
    // sending mail. Your message was not sent." (Google's "Gmail sending limits" help page).
    'you have reached a limit for sending',
    'exceeded the rate limit', 'messages per hour', 'sending limit exceeded', 'rate limited',
    // Zoho Mail: "550 5.4.6 Unusual sending activity detected. Please try after sometime." (its bounce
    // error-code help): the sending account's volume was held, never the recipient.
    'unusual sending activity',
    // Korean portals' "421 4.3.1 You send too many messages." (puffinknight.tistory.com/102: the IP blocked by the big
    // portals for bulk sending).
    'you send too many messages',
    // Exchange Online 5.1.90 "Your message can't be sent because you've reached your daily limit for message
    // recipients" (Microsoft's Exchange Online NDR list): the sending mailbox's own recipient quota.
    'reached your daily limit', 'daily limit for message recipients',
    ...SENDER_QUOTA,
    // go-sisimai rhost/for-google.go: "550 5.4.5 Daily SMTP relay limit exceeded for user" (Google Workspace's relay).
    'smtp relay limit exceeded',
    // cPanel's Exim router enforce_mail_permissions: "Domain x has exceeded the max emails per hour (125/100 (125%))
    // allowed. Message discarded." and "… the max defers and failures per hour …" (cPanel's maxemailsperhour; Exim
    // notices pasted in pastebin.com/28Qd8TVG, /5Bjubpqp): the sender's own hosting account, never the recipient.
    'exceeded the max emails per hour', 'exceeded the max defers and failures per hour',
  ],
}
