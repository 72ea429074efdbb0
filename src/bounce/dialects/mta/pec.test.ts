/** Italian certified mail (PEC): our handwritten notices in the layout the PEC rules fix (sources in pec.ts). */
import { describe } from 'vitest'
import { expectTable, HANDWRITTEN, type Table } from './lib/corpus-table'

const OURS: Table = [
  // A refused delivery: the recipient's provider does not know the mailbox; the sender is not a recipient.
  ['pec-mancata-consegna.eml', [['mario.rossi@pec.cliente.example', '5.1.1', '550', 'userunknown', true]]],
  // No delivery receipt within 24 hours: the delivery expired, the recipient's side.
  ['pec-tempo-massimo.eml', [['protocollo@pec.ente.example', '', '', 'expired', false]]],
]

describe('pec', () => expectTable('pec', OURS, HANDWRITTEN))
