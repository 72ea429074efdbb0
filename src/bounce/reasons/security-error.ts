/** securityerror: the sender's authentication or encryption was refused (X.7.x without a better reason). */
import type { ReasonRule } from './rule'

export const securityError: ReasonRule = {
  reason: 'securityerror',
  phrases: [
    'account not subscribed to ses', 'authentication credentials invalid', 'authentication failure',
    'authentication required', 'authentication turned on in your email client',
    'executable files are not allowed in compressed files', 'insecure mail relay',
    'recipient address rejected: access denied', 'you don\'t authenticate or the domain isn\'t in my list of allowed rcpthosts',
    'unauthenticated senders not allowed', 'verification failure', 'authentication is required',
    'turn on smtp authentication',
    'only allowed with authentication', // "Remote sending only allowed with authentication" (the BMH-style rule lists)
    // Gmail / Google Workspace "Send mail as" through the sender's own SMTP server (Sisimai
    // Lhost/GoogleWorkspace.pm: "The settings for your 'Send mail as' account are misconfigured",
    // "Smtp server does not advertise AUTH capability", support.google.com/mail/?p=CustomFromDenied).
    "'send mail as' account are misconfigured", 'does not advertise auth capability',
  ],
  patterns: [/authentication failed; server [^ ]{1,255} said: /, /is not authorized to perform ses:sendrawemail/],
}
