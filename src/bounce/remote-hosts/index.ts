/**
 * Receiving hosts' own code tables (Sisimai's "rhost" idea), tried in this order on each failed
 * recipient after the decoder's own reason: a rule applies when the remote MTA or the recipient's
 * domain is that host's, and answers only when its table knows the code or words.
 */
import type { RemoteHostRule } from '../dialect'
import { apple } from './apple'
import { cox } from './cox'
import { franceptt } from './franceptt'
import { godaddy } from './godaddy'
import { google } from './google'
import { iua } from './iua'
import { kddi } from './kddi'
import { microsoft } from './microsoft'
import { mimecast } from './mimecast'
import { netease } from './netease'
import { nttdocomo } from './nttdocomo'
import { spectrum } from './spectrum'
import { tencent } from './tencent'
import { yahooinc } from './yahooinc'

export const remoteHostRules: RemoteHostRule[] = [
  microsoft, google, yahooinc, apple, franceptt, godaddy, cox, spectrum, mimecast, tencent, netease, kddi, nttdocomo, iua,
]
