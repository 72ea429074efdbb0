/**
 * Issue 9, class 5: the notice gate (the importer's header pre-filter, the text reader's "is this a
 * notice" test, the webmail content scripts' body markers) knows Microsoft 365's and Gmail's
 * wordings in French, Italian, German, Spanish, Portuguese and Dutch, not only English. Texts follow
 * the localised Microsoft 365 NDR ("Your message to x couldn't be delivered." / "x wasn't found at
 * y.") and Gmail's "Address not found" notice.
 */
import { describe, expect, it } from 'vitest'
import { BODY_MARKERS } from '../sites/notices/tables'
import { parseBounceText } from './index'
import { looksLikeNotice } from './looks-like-notice'
import { ENDINGS } from './test-notice'

const RENDERED: ReadonlyArray<readonly [lang: string, text: string]> = [
  ['fr, Microsoft 365', "Votre message à jane.doe@client.example n’a pas pu être remis.\n\njane.doe est introuvable sur client.example.\n\nDestinataire\njane.doe@client.example\n"],
  ['fr, Microsoft 365 (straight apostrophe)', "Votre message à jane.doe@client.example n'a pas pu être remis.\n\njane.doe est introuvable sur client.example.\n"],
  ['fr, Gmail', "Adresse introuvable\n\nVotre message n'a pas été remis à jane.doe@client.example, car l'adresse est introuvable ou ne peut pas recevoir de messages.\n"],
  ['nl, Microsoft 365', 'Uw bericht aan jane.doe@client.example kan niet worden bezorgd.\n\njane.doe is niet gevonden op client.example.\n'],
  ['nl, Gmail', 'Adres niet gevonden\n\nUw bericht is niet bezorgd bij jane.doe@client.example omdat het adres niet is gevonden.\n'],
  ['it, Microsoft 365', 'Impossibile recapitare il messaggio a jane.doe@client.example.\n\njane.doe non è stato trovato in client.example.\n'],
  ['it, Gmail', "Indirizzo non trovato\n\nIl tuo messaggio non è stato recapitato a jane.doe@client.example perché l'indirizzo non è stato trovato.\n"],
  ['de, Microsoft 365', 'Ihre Nachricht an jane.doe@client.example konnte nicht zugestellt werden.\n\njane.doe wurde unter client.example nicht gefunden.\n'],
  ['de, Gmail', 'Adresse nicht gefunden\n\nIhre Nachricht wurde nicht an jane.doe@client.example zugestellt, weil die Adresse nicht gefunden wurde.\n'],
  ['es, Microsoft 365', 'No se pudo entregar el mensaje a jane.doe@client.example.\n\nNo se encontró jane.doe en client.example.\n'],
  ['es, Gmail', 'No se ha encontrado la dirección\n\nTu mensaje no se ha entregado a jane.doe@client.example porque no se ha encontrado la dirección.\n'],
  ['pt, Microsoft 365', 'Não foi possível entregar sua mensagem para jane.doe@client.example.\n\njane.doe não foi encontrado em client.example.\n'],
  // Gmail's "Message not delivered" and "Message blocked" notices, localised (issue 9, modern notices).
  ['fr, Gmail not delivered', "Message non distribué\n\nUn problème est survenu lors de la distribution de votre message à jane.doe@client.example. Consultez les détails techniques ci-dessous.\n\nLa réponse du serveur distant était :\n552 5.2.2 Mailbox full\n"],
  ['it, Gmail blocked', 'Messaggio bloccato\n\nIl tuo messaggio a jane.doe@client.example è stato bloccato. Per ulteriori informazioni, visualizza i dettagli tecnici riportati di seguito.\n\nLa risposta del server remoto è stata:\n550 5.7.1 Message rejected as spam\n'],
  ['de, Gmail not delivered', 'Nachricht nicht zugestellt\n\nBeim Zustellen Ihrer Nachricht an jane.doe@client.example ist ein Problem aufgetreten. Weitere Informationen finden Sie in den technischen Details unten.\n\nAntwort des Remoteservers:\n552 5.2.2 Mailbox full\n'],
  ['es, Gmail blocked', 'Mensaje bloqueado\n\nSe ha bloqueado tu mensaje a jane.doe@client.example. Consulta los detalles técnicos que aparecen más abajo para obtener más información.\n\nLa respuesta del servidor remoto fue:\n550 5.7.1 Message rejected as spam\n'],
  ['pt, Gmail', 'Endereço não encontrado\n\nSua mensagem não foi entregue a jane.doe@client.example porque o endereço não foi encontrado.\n'],
]

describe('rendered notice text without sender or subject (issue 9, class 5)', () => {
  for (const [lang, lf] of RENDERED) {
    for (const [ending, to] of ENDINGS) {
      it(`${lang} (${ending})`, () => {
        const r = parseBounceText(to(lf))
        expect(r.recipients.map((x) => x.address)).toEqual(['jane.doe@client.example'])
        expect(r.kind).toBe('bounce')
      })
    }
    it(`${lang}: the webmail content scripts' body markers know it`, () => {
      expect(BODY_MARKERS.some((m) => lf.includes(m))).toBe(true)
    })
  }
})

describe("the importer's header pre-filter (issue 9, class 5)", () => {
  const head = (subject: string) => new TextEncoder().encode(`From: Jane <jane@client.example>\r\nSubject: ${subject}\r\n\r\n`)
  it.each([
    'Uw bericht kan niet worden bezorgd',
    'Bericht kon niet worden bezorgd: Offerte',
    'No se pudo entregar: Propuesta',
    'Messaggio non recapitato: Proposta',
    'Nachricht nicht zugestellt: Angebot',
  ])('%s', (subject) => expect(looksLikeNotice(head(subject))).toBe(true))
  it('ordinary subjects stay out', () => {
    expect(looksLikeNotice(head('Re: Offerte voor volgende week'))).toBe(false)
  })
})
