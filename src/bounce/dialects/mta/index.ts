/** MTA dialects in the order they are tried (owned by the MTA dialects engineer). */
import type { Dialect } from '../../dialect'

export const mtaDialects: Dialect[] = []
