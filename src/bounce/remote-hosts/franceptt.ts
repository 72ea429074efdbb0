/**
 * Orange / Wanadoo and La Poste (France): replies end in a code label such as "OFR_416", "OFR006_102",
 * "LPN007_426" whose last three digits name the failure. Meanings from Orange's postmaster error list
 * (https://www.postmastery.com/orange-postmaster-smtp-error-codes-ofr/, smtpfieldmanual.com/provider/orange);
 * samples test/fixtures/sisimai/rhost-franceptt-*.eml.
 */
import type { RemoteHostRule } from '../dialect'
import type { Reason } from '../types'
import { hostIs } from './host'

const HOSTS = ['orange.fr', 'wanadoo.fr', 'laposte.net']

const CODES: Record<string, Reason> = {
  '101': 'blocked', // IP listed (Spamhaus): "ont ete bloques par nos services"
  '102': 'blocked', // "Adresse IP source bloquee pour incident de spam"
  '103': 'blocked', // "Service refuse" to this IP
  '104': 'toomanyconn', // "Trop de connexions"
  // "Service refused, please try later. LPN006_107": Orange's list says the sending IP has no DNS PTR
  // record (as quoted in Sisimai's later table, rb-sisimai lib/sisimai/rhost/franceptt.rb).
  '107': 'requireptr',
  '305': 'securityerror', // "Code d'authentification invalide"
  '401': 'authfailure', // "SPF: ... is not allowed to send mail"
  '402': 'securityerror', // "Authentification requise"
  '403': 'rejected', // "Emetteur invalide. Invalid Sender."
  '405': 'rejected',
  '415': 'rejected',
  '416': 'userunknown', // "Adresse d au moins un destinataire invalide. Invalid recipient."
  '417': 'mailboxfull', // "Boite du destinataire pleine"
  '420': 'suspend', // "Boite du destinataire archivee"
  '421': 'rejected', // "Mail from not owned by user"
  '426': 'suspend', // "Le compte du destinataire est bloque"
  '505': 'systemerror', // "Service refuse. Veuillez essayer plus tard" at end of DATA
  '506': 'spamdetected', // "Mail rejete. Mail rejected."
  '510': 'blocked',
  '514': 'mesgtoobig', // "Taille limite du message atteinte"
  '517': 'authfailure', // "Message refuse, verification DMARC en echec"
  '630': 'policyviolation', // "Client host rejected"
  '999': 'blocked',
}

export const franceptt: RemoteHostRule = {
  name: 'franceptt',
  matches: (remoteMta, domain) => hostIs(remoteMta, HOSTS) || HOSTS.includes(domain),
  reason({ diagnostic }) {
    const label = /\b(?:LPNAAA|LPN|OFR|OUK)\d{0,3}_(\d{3})\b/i.exec(diagnostic.slice(0, 4096))
    if (label && CODES[label[1]]) return CODES[label[1]]
    // "Emetteur invalide, Veuillez verifier la configuration SPF/DNS de votre nom de domaine"
    if (/spf\/dns de votre nom de domaine/i.test(diagnostic)) return 'authfailure'
    return null
  },
}
