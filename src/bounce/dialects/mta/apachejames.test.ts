/** Apache James (and Verizon vtext.com): every corpus sample this dialect decodes, rows from labels.json. */
import { describe } from 'vitest'
import { expectTable, HANDWRITTEN, type Table } from './lib/corpus-table'

const TABLE: Table = [
  ['lhost-apachejames-01.eml', [['000000000000@vtext.example.com', '5.0.910', '550', 'filtered', false]]],
]

describe('apachejames', () => expectTable('apachejames', TABLE))

// Written for Rebound: the same James text in a well-formed MIME notice (the corpus samples' MIME is broken).
// James does not say which SMTP step failed; "no such user" in a permanent failure is a dead address
// all the same (issue 9; Sisimai reads it as a filter, test/fixtures/sisimai/DISAGREEMENTS.md).
const OURS: Table = [
  ['apachejames-mime.eml', [['kim@james.example.org', '', '550', 'userunknown', true]]],
]

describe('apachejames, handwritten', () => expectTable('apachejames', OURS, HANDWRITTEN))
