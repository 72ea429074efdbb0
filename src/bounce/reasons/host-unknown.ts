/** hostunknown: the domain part does not exist or has no mail host. Postfix, Sendmail, Exim, Outlook texts. */
import type { ReasonRule } from './rule'
import { expired } from './expired'
import { networkError } from './network-error'
import { notAccept } from './not-accept'

/**
 * DNS's own answer that the domain has no mail host, as final as a 5xx whatever the status code: NXDOMAIN
 * (RFC 1035 4.1.1 name error; RFC 8020: nothing exists at or below the name), no MX and no address
 * record (RFC 5321 5.1), a null MX (RFC 7505 3: such a domain "MUST NOT be sent mail"). Google writes
 * them all with its generic 4.0.0 in a final notice ("Address not found", Action: failed;
 * lhost-gsuite-03/04/05/10/13/15). A SERVFAIL or a timeout proves nothing (dns-answers.test.ts).
 */
export const DNS_NO_MAIL_HOST = /responded with code nxdomain|domain name not found|dns server returned answer with no data|type 'a' lookup of \S{1,255} had no relevant answers|doesn't receive email according to the administrator|returned null mx/i

export const hostUnknown: ReasonRule = {
  reason: 'hostunknown',
  phrases: [
    'domain does not exist', 'domain is not reachable', 'domain must exist', 'host or domain name not found',
    'host unknown', 'host unreachable', 'mail domain mentioned in email address is unknown',
    'name or service not known', 'no such domain', 'recipient address rejected: unknown domain name',
    'recipient domain must exist', 'the account or domain may not exist', 'unknown host', 'unroutable address',
    'unrouteable address', 'domain not found', 'dns error: domain name not found',
    'domain name not found', // PHP-Bounce-Handler bounce_responses.php, crisp-oss parser.js "domain (name )?not found"
    'host not found:', // IMail's "Host not found: <domain>" paragraph (flufl.bounce smtp32.py); "host not found, try again" stays networkerror
    // Alibaba Mail's notice: 主机或者对方域名有错误，无法被系统解析 "the host or the recipient's domain is wrong and
    // cannot be resolved" (aliyuntx.com/news_in/351; its 550 type). 域名不存在 is a pattern below.
    '对方域名有错误',
    'domaine inexistant', 'dominio inesistente', 'el dominio no existe', 'domain existiert nicht', 'domínio inexistente',
    // Exchange Online 5.4.310 "DNS domain <d> does not exist [Message=InfoDomainNonexistent]" and Exchange's
    // "SMTPSEND.DNS.NonExistentDomain; nonexistent domain" (Microsoft's NDR reference); resolvers' NXDOMAIN.
    'the domain name in the email address is incorrect', 'the domain name in the e-mail address is incorrect', // Exchange's 5.4.310 text
    'infodomainnonexistent', 'nonexistentdomain', 'nonexistent domain', 'non-existent domain', 'nxdomain',
    'domaine introuvable', 'le domaine n\'existe pas', 'domaine de messagerie inconnu', // fr
    'il dominio non esiste', 'dominio non trovato', 'dominio sconosciuto', // it
    'domain nicht gefunden', 'unbekannte domain', 'domäne existiert nicht', 'domäne nicht gefunden', // de
    'dominio no encontrado', 'dominio desconocido', 'dominio inexistente', // es
    'o domínio não existe', 'domínio não encontrado', 'domein bestaat niet', 'onbekend domein', // pt, nl
    // Exim's permanent DNS failures, as its Exim dialect reads them (dialects/mta/exim.ts), for notices
    // read as text (a webmail page, a translated heading): Exim's spec, "routing" chapter.
    'all relevant mx records point to non-existent hosts', 'all host address lookups failed permanently',
    // hMailServer's notice when DNS answers that the domain publishes no mail server (its DeliveryTask
    // source: "No mail servers appear to exists for the recipient's address").
    'no mail servers appear to exist',
    // Exim's router verdict that the domain cannot be routed (no DNS for it); RFC 3463 X.1.2, with which
    // servers send it, is "the destination system ... does not exist". A 4xx form stays soft (verdict.ts).
    'unrouteable mail domain',
    // Oracle (Sun Java System) Messaging Server's "Reason: Illegal host/domain name found" under
    // "Recipient address:" (Sisimai Lhost/MessagingServer.pm, hostunknown): its DSN part says 5.4.4;
    // a page showing the text part alone has only these words (rendered-parity.test.ts).
    'illegal host/domain name found',
    // CiviCRM's "Dns" bounce type (civicrm_mailing_bounce_type/Dns.sqldata.php): "name(server entry| lookup
    // failure)", "no (mail server|dns entries)"; only the domain's lack of DNS, a lookup failure stays out.
    'no name server entry', 'no nameserver entry',
    // go-sisimai why-hostunknown.go: "Mail domain mentioned in email address is unknown".
    'mail domain mentioned in email address is unknown',
  ],
  patterns: [
    /553 [^ ]{1,255} does not exist/, /dns lookup failure: host [^ ]{1,255} not found/,
    /dns domain [^ ]{1,255} does not exist/, // Exchange Online 5.4.310
    /the domain [^ ]{1,255} couldn't be found/, // Gmail's rendered "Address not found" for a domain without DNS
    /the domain (?:in the email address )?'?[^ ]{1,255}'? does not exist/,
    // Gmail's "Address not found" for a domain without DNS and Microsoft 365's headline for 5.4.310,
    // as their French, Italian, German and Spanish interfaces write them ("le domaine x est
    // introuvable", "impossibile trovare il dominio x", "die Domain/Domäne x wurde nicht gefunden",
    // "no se ha encontrado el dominio x"; Gmail's localised notices, Microsoft's localised 5.4.310 page).
    /le domaine [^ ]{1,255} est introuvable/,
    /(?:impossibile|non è stato possibile) trovare il dominio /,
    / (?:domain|domäne) [^ ]{1,255} (?:wurde )?nicht gefunden/,
    /no se (?:ha encontrado|encontró|pudo encontrar) el dominio /,
    /(?:^|\d |: )no (?:dns entries|mail servers?) for [^ ]{1,255}/, /(?<!sender )domain [^ ]{1,255} has no mail servers?/,
    // The same two sentences in Gmail's and Microsoft 365's pt, nl, pl, sv, da, nb, fi, cs, ru, tr, ja,
    // zh, ko notices (issue 9: "O domínio x não foi encontrado", "Domänen x hittades inte", "ドメイン x
    // が見つかりませんでした", "找不到域 x", "x 도메인을 찾을 수 없습니다").
    /o domínio [^ ]{1,255} não foi encontrado/, /não foi possível encontrar o domínio /, /het domein [^ ]{1,255} (?:is niet|niet is) gevonden/,
    /nie (?:można odnaleźć|znaleziono) domeny /, /det gick inte att hitta domänen /, /domänen [^ ]{1,255} inte hittades/,
    /domænet [^ ]{1,255} (?:blev ikke|ikke blev) fundet/, /finner ikke domenet /, /domenet [^ ]{1,255} ikke ble funnet/,
    /(?:toimialuetta|verkkotunnusta) [^ ]{1,255} ei löytynyt/, /doménu [^ ]{1,255} se nepodařilo najít/, /doména [^ ]{1,255} nebyla nalezena/,
    /домен [^ ]{1,255} не найден/, / (?:etki alanı|alan adı) bulunamadı/, /ドメイン [^ ]{1,255} が見つか/, /找不到(?:域|网域|網域) /,
    / 도메인을 찾을 수 없/,
    // Chinese providers' notices: 域名不存在 "the domain does not exist" (QQ Mail's bounce help; emailhost.com.cn's
    // "[退信] 域名不存在:DNS query error"), never the sender's (发件人域名不存在).
    /(?<!发件人|发信人|發件人|寄件人)域名不存在/,
  ],
  probe(fact) {
    // A DNS failure is a network error, not proof the domain does not exist.
    // Haraka gives 5.1.2 to a domain whose mail hosts all failed to answer ("Tried all MXs"): the
    // domain has hosts, they were down until the queue expired (expired.ts), not proven absent.
    if (fact.statusReason === 'hostunknown') return !fact.says(networkError) && !fact.says(notAccept) && !fact.says(expired)
    // Postfix's "Host or domain name not found. ... Host not found, try again" is the resolver's
    // TRY_AGAIN answer (Postfix smtp(8)): the lookup failed for now, the domain was not proven absent.
    return fact.says(hostUnknown) && !fact.says(networkError)
  },
}
