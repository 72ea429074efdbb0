/** EZweb: every corpus sample this dialect decodes, rows from labels.json. */
import { describe } from 'vitest'
import { expectTable, type Table } from './lib/corpus-table'

const TABLE: Table = [
  ['lhost-ezweb-01.eml', [['this-message-rejected-by-the-domain-filter@ezweb.ne.jp', '5.0.910', '', 'filtered', false]]],
  ['lhost-ezweb-02.eml', [['this-local-part-does-not-exist-on-the-server@ezweb.ne.jp', '5.0.0', '', 'suspend', false]]],
  ['lhost-ezweb-03.eml', [['this-local-part-does-not-exist-on-the-site@ezweb.ne.jp', '5.0.921', '', 'suspend', false]]],
  ['lhost-ezweb-04.eml', [['this-local-part-does-not-exist-on-the-server@ezweb.ne.jp', '5.0.911', '550', 'userunknown', true]]],
  ['lhost-ezweb-05.eml', [['this-local-part-does-not-exist-on-the-server@ezweb.ne.jp', '5.0.947', '', 'expired', false]]],
  ['lhost-ezweb-07.eml', [['this-local-part-does-not-exist@ezweb.ne.jp', '5.0.911', '550', 'userunknown', true]]],
  ['lhost-ezweb-08.eml', [['kijitora-neko-nyaan-22222-cats@hotmail.com', '5.0.971', '550', 'blocked', false]]],
]

describe('ezweb', () => expectTable('ezweb', TABLE))
