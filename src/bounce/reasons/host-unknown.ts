/** hostunknown: the domain part does not exist or has no mail host. Phrases: Postfix, Sendmail, Exim, Gmail. */
import type { ReasonRule } from './rule'

export const hostUnknown: ReasonRule = {
  reason: 'hostunknown',
  phrases: [
    'host unknown', 'unknown host', 'host not found', 'name or service not known', 'no such domain',
    'domain not found', 'domain does not exist', 'unrouteable mail domain', 'unknown domain',
    'host or domain name not found', 'domain name not found', 'illegal host/domain name found',
    'no mx record', 'mx lookup failed', 'domain must exist', 'the domain name does not exist',
    'recipient domain must exist', 'domain is not found', 'not a valid domain', 'domain lookup failed',
    'dns error: domain name not found', 'dns error: dns type \'mx\' lookup of', 'nxdomain',
    'the domain you attempted to contact does not exist', 'no route to host for domain',
    'all relevant mx records point to non-existent hosts', 'mail for this domain is not accepted',
  ],
}
