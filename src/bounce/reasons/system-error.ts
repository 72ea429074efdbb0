/** systemerror: something broke on the receiving system (loops, local errors, misconfiguration). */
import type { ReasonRule } from './rule'

export const systemError: ReasonRule = {
  reason: 'systemerror',
  phrases: [
    'server configuration error', 'local configuration error', 'system error', 'internal error',
    'temporary failure', 'local error', 'local delivery failed', 'mail loop', 'mail forwarding loop',
    'routing loop', 'loops back to myself', 'too many hops', 'hop count exceeded', 'internal server error',
    'server error', 'unable to deliver', 'temporary local problem', 'configuration problem',
    'system not accepting', 'system failure', 'lost connection', 'message delivery failed',
    'an error occurred', 'unable to process', 'problem with the server', 'server is down',
    'internal failure', 'delivery temporarily suspended', 'timeout waiting for', 'i/o error',
  ],
}
