/**
 * MTA dialects in the order they are tried: those recognised by a unique marker first, then the
 * broad shapes (Exim's text, which GMX, 1&1, Mail.ru and MXLogic copy; sendmail's sections).
 */
import type { Dialect } from '../../dialect'
import { apachejames } from './apachejames'
import { biglobe } from './biglobe'
import { domino } from './domino'
import { dragonfly } from './dragonfly'
import { ezweb } from './ezweb'
import { exim } from './exim'
import { facebook } from './facebook'
import { fml } from './fml'
import { imailserver } from './imailserver'
import { interscanmss } from './interscanmss'
import { kddi } from './kddi'
import { mailfoundry } from './mailfoundry'
import { mailmarshalsmtp } from './mailmarshalsmtp'
import { mcafee } from './mcafee'
import { messagelabs } from './messagelabs'
import { messagingserver } from './messagingserver'
import { mfilter } from './mfilter'
import { notes } from './notes'
import { opensmtpd } from './opensmtpd'
import { pec } from './pec'
import { plainFailure } from './plain-failure'
import { postfix } from './postfix'
import { qmail } from './qmail'
import { sendmail } from './sendmail'
import { sieveReject } from './sieve-reject'
import { v5sendmail } from './v5sendmail'
import { verizon } from './verizon'
import { zoho } from './zoho'
import { x1 } from './x1'
import { x3 } from './x3'
import { x5 } from './x5'
import { x6 } from './x6'

export const mtaDialects: Dialect[] = [
  dragonfly,
  sieveReject,
  facebook,
  mcafee,
  messagelabs,
  mfilter,
  kddi,
  ezweb,
  zoho,
  opensmtpd,
  qmail,
  x1,
  x3,
  x6,
  imailserver,
  notes,
  domino,
  pec,
  interscanmss,
  mailfoundry,
  messagingserver,
  mailmarshalsmtp,
  biglobe,
  verizon,
  apachejames,
  fml,
  exim,
  v5sendmail,
  sendmail,
  postfix,
  x5,
  plainFailure,
]
