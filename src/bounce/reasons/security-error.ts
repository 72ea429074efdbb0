/** securityerror: the sender's authentication or encryption was refused (X.7.x without a better reason). */
import type { ReasonRule } from './rule'

export const securityError: ReasonRule = {
  reason: 'securityerror',
  phrases: [
    'authentication required', 'authentication failed', 'authentication is required', 'auth required',
    'must authenticate', 'starttls', 'tls required', 'encryption required', 'must issue a starttls',
    'authentication credentials invalid', 'must use tls', 'tls is required', 'insecure connection',
    'user not authenticated', 'smtp auth', 'not authenticated', 'relay access requires authentication',
  ],
}
