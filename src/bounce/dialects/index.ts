/**
 * The dialect registry: order is data. Providers first (their notices are recognised by sender or
 * host and are the most specific), then MTAs; the generic RFC 3464 reader runs after all of them
 * (see ../engine.ts), so a dialect is only needed where the standard path is not enough.
 */
import type { Dialect, RemoteHostRule } from '../dialect'
import { mtaDialects } from './mta/index'
import { providerDialects } from './providers/index'
import { remoteHostRules as hostRules } from '../remote-hosts/index'

export const DIALECTS: readonly Dialect[] = [...providerDialects, ...mtaDialects]

export const remoteHostRules: readonly RemoteHostRule[] = hostRules
