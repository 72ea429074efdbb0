/**
 * Provider dialects in the order they are tried. Each recognises its notices by sender, headers and
 * a marker phrase, so the order only matters where two could claim the same notice: Google Groups
 * before the other Google formats (same sender; only Groups has the "Google Groups" signature).
 */
import type { Dialect } from '../../dialect'
import { amazonSes } from './amazon-ses'
import { amazonSesReceiving } from './amazon-ses-receiving'
import { exchange2003 } from './exchange2003'
import { exchange2007 } from './exchange2007'
import { gmail } from './gmail'
import { googleGroups } from './google-groups'
import { googleWorkspace } from './google-workspace'
import { outlookCom } from './outlook-com'
import { yahoo } from './yahoo'

export const providerDialects: Dialect[] = [googleGroups, googleWorkspace, gmail, exchange2007, outlookCom, exchange2003, yahoo, amazonSes, amazonSesReceiving]
