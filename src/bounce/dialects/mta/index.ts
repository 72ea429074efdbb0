/**
 * MTA dialects in the order they are tried: those recognised by a unique marker first, then the
 * broad shapes (Exim's text, which GMX, 1&1, Mail.ru and MXLogic copy; sendmail's sections).
 */
import type { Dialect } from '../../dialect'
import { dragonfly } from './dragonfly'
import { exim } from './exim'
import { opensmtpd } from './opensmtpd'
import { qmail } from './qmail'
import { sendmail } from './sendmail'
import { v5sendmail } from './v5sendmail'

export const mtaDialects: Dialect[] = [
  dragonfly,
  opensmtpd,
  qmail,
  exim,
  v5sendmail,
  sendmail,
]
