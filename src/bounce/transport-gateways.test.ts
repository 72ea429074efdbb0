/**
 * The same notice in another transport form gives the same reading (issue 9), second half: what
 * gateways, list servers and relays do to a notice's structure and text (relabelled parts, a
 * notice wrapped as message/rfc822, padded lines, HTML, a banner, a footer, a subject tag, the
 * returned message cut to its header). Table and rules: transport-variants-kit.ts; transforms:
 * transport-variants.ts.
 */
import { transportTable } from './transport-variants-kit'

transportTable('a notice relabelled, wrapped or added to by a gateway reads the same', [
  'report as mixed',
  'status as text/plain',
  'returned headers only',
  'wrapped by gateway',
  'wrapped, with failure words',
  'base64, then wrapped',
  'padded body',
  'HTML only',
  'HTML twin',
  'external banner',
  'disclaimer footer',
  'subject tagged',
])
