/** No import cycles in src/ (issue 11 part 5): a cycle makes module start-up order matter. */
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cycles, importsOf } from './import-graph'

const SRC = resolve(import.meta.dirname, '../../src')

describe('the import graph of src/', () => {
  it('has no cycle, type-only imports included', () => {
    expect(cycles(SRC)).toEqual([])
  })

  // The walker itself: it must see every import form, or the test above proves nothing.
  it('reads every import form and skips comments', () => {
    const file = resolve(SRC, 'store/db.ts')
    const code = [
      "import type { Report } from '../bounce/types'",
      "import { a,\n  b } from './settings'",
      "export { x } from './tables'",
      "import './notices'",
      "const m = await import('./recompute')",
      "// import { gone } from './cursors'",
      "/* import { gone } from './contacts' */",
      "import Dexie from 'dexie'",
    ].join('\n')
    expect(importsOf(file, code).map((f) => f.slice(SRC.length + 1)).sort()).toEqual(
      ['bounce/types.ts', 'store/notices.ts', 'store/recompute.ts', 'store/settings.ts', 'store/tables.ts'],
    )
  })
})
