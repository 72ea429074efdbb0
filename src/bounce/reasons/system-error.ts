/** systemerror: something broke on the receiving system (loops, local errors, misconfiguration). */
import type { ReasonRule } from './rule'

export const systemError: ReasonRule = {
  reason: 'systemerror',
  phrases: [
    'aliasing/forwarding loop broken', 'can\'t create user output file', 'could not load drd for domain',
    'internal error reading data', 'internal server error: operation now in progress', 'interrupted system call',
    'it encountered an error while being processed', 'it would create a mail loop', 'local configuration error',
    'local error in processing', 'loop was found in the mail exchanger', 'loops back to myself',
    'mail system configuration error', 'queue file write error', 'recipient deferred because there is no mdb',
    'remote server is misconfigured', 'server configuration error', 'service currently unavailable',
    'system config error', 'temporary local problem', 'timeout waiting for input', 'transaction failed',
    'internal system error',
    // go-sisimai rhost/for-google.go: "421 4.7.0 Temporary System Problem. Try again later." (not the sender's security).
    'temporary system problem',
  ],
  patterns: [/unable to connect [^ ]{0,64} ?daemon/],
}
