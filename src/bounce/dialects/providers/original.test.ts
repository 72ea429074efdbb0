/** The bounced message's identity from provider notices that keep it outside a MIME part. */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { reportOf } from './corpus-table'

const CORPUS = join(import.meta.dirname, '../../../../test/fixtures/sisimai')
const OWN = join(import.meta.dirname, '../../../../test/fixtures/bounce/providers')

/** [directory, file, Message-ID, subject, first To address] */
const TABLE: ReadonlyArray<readonly [string, string, string, string, string]> = [
  // Yahoo: headers after "--- Below this line is a copy of the message."
  [CORPUS, 'lhost-yahoo-01.eml', '<6AE6249A-E7A8-4980-862C-F499F6B8E7C5@y.example.co.jp>', 'Nyaaaaan', 'kijitora@example.org'],
  [OWN, 'yahoo-mailbox-disabled-failure-notice.eml', '<prospect-0212@yahoo.com>', 'Catering quote', 'lee.ortiz_home@yahoo.com'],
  // Exchange 2003: "Your message / To: / Subject: / Sent:" only.
  [CORPUS, 'lhost-exchange2003-01.eml', '', 'Kijitora Cat', 'shironeko@example.com'],
  // Exchange text NDRs: headers after the localized "Original message headers".
  [OWN, 'fr-exchange-non-remis.eml', '<prospect-0520@atelier-lumiere.example>', "Votre devis d'éclairage", 'marc.blanc@provence-hotels.example'],
  [OWN, 'es-exchange-destinatario-desconocido.eml', '<prospect-0412@grupo-iberica.example>', 'Presupuesto de transporte 2027', 'lucia.fernandez@ceramicas-levante.example'],
  // Office 365 "Original Message Details", and In-Reply-To for the Message-ID.
  [OWN, 'o365-recipient-not-found-text-only.eml', '<CAF=prospect-0042@contoso-sales.com>', 'Quick question about your Q4 logistics', 'j.doe@northwind-traders.example'],
  // Gmail's HTML-only notices: In-Reply-To is the original's Message-ID.
  [OWN, 'gmail-address-not-found.eml', '<prospect-0301@contoso-sales.com>', '', ''],
]

describe('original message from provider notices', () => {
  for (const [dir, file, messageId, subject, to] of TABLE) {
    it(file, async () => {
      const r = await reportOf(join(dir, file))
      expect([r.original?.messageId, r.original?.subject, r.original?.to[0] ?? '']).toEqual([messageId, subject, to])
    })
  }
})
