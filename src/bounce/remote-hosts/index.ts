/** Receiving hosts' own code tables (owned by the provider dialects engineer). */
import type { RemoteHostRule } from '../dialect'

export const remoteHostRules: RemoteHostRule[] = []
