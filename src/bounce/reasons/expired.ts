/** expired: the sender's MTA gave up retrying (X.4.7), connection time-outs included. */
import type { ReasonRule } from './rule'

export const expired: ReasonRule = {
  reason: 'expired',
  phrases: [
    'connection timed out', 'could not find a gateway for', 'delivery attempts will continue to be',
    'delivery expired', 'delivery time expired', 'failed to deliver to domain ', 'giving up on',
    'have been failing for a long time', 'has been delayed', 'it has not been collected after',
    'message expired after sitting in queue for', 'message expired, cannot connect to remote server',
    'message expired, connection refused', 'message timed out', 'retry time not reached for any host after a long failure period',
    'server did not respond', 'this message has been in the queue too long', 'unable to deliver message after multiple retries',
    'was not reachable within the allowed queue period', 'your message could not be delivered for more than',
    'message expired', 'retry timeout exceeded', 'could not deliver for the last', 'giving up',
    // Issue 9: the receiving host refused or dropped the TCP connection (Sendmail "Connection refused by
    // <host>", Exchange 5.4.316): it was down or unreachable, not refusing the sender; retried.
    'connection refused', 'connexion refusée', 'connessione rifiutata', 'verbindung abgelehnt', 'conexión rechazada',
    'connection timeout', 'timed out while', 'délai de connexion dépassé',
    // Haraka (outbound/hmail.js try_deliver): every MX of the domain was tried and none took the
    // message; it is retried until the queue gives up ("Too many failures (Tried all MXs)").
    'tried all mxs',
    // go-sisimai rhost/for-google.go (expired): "421 4.7.0 Connection expired, try reconnecting." (a session timeout).
    'connection expired, try reconnecting',
    // Spanish servers' "tiempo de entrega vencido" (delivery time expired; the returned-mail wordings Spanish
    // senders list, alexborras.com "Errores y Warnings habituales en retorno de email").
    'tiempo de entrega vencido',
  ],
  patterns: [/could not be delivered for [^ ]{1,8} days/],
}
