/** policyviolation: a policy of the receiving organisation refused the message. */
import type { ReasonRule } from './rule'

export const policyViolation: ReasonRule = {
  reason: 'policyviolation',
  phrases: [
    'policy violation', 'violates our policy', 'violation of our policy', 'policy rejection',
    'rejected by policy', 'due to policy', 'by policy', 'policy restrictions', 'against policy',
    'local policy', 'content policy', 'policy reasons', 'email policy', 'message policy',
    'the message was rejected because it contains prohibited', 'prohibited attachment',
    'rejected for policy reasons', 'not allowed by policy', 'policy does not allow',
    'organization policy', 'administrative prohibition', 'administratively prohibited',
  ],
}
