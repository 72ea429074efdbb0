/**
 * The import graph of src/, read from the source text (no dependency): every `import … from`,
 * `export … from`, side-effect `import '…'` and `import('…')` of a relative path. Type-only imports
 * count too: a type cycle between two modules (messages ↔ store/types) ties them as much as a value one.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'

const EXTENSIONS = ['.ts', '.tsx', '/index.ts', '/index.tsx']
// Statements start a line (the code is formatted so); comments are removed first.
const STATIC = /^\s*(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"\n]+)['"]/gm
const DYNAMIC = /\bimport\(\s*['"]([^'"\n]+)['"]\s*\)/g

export function sourceFiles(dir: string): string[] {
  const out: string[] = []
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path))
    else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(path)
  }
  return out
}

function stripComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '')
}

/** The relative imports of one file, resolved to files (unresolved ones, e.g. `?worker`, dropped). */
export function importsOf(file: string, code = readFileSync(file, 'utf8')): string[] {
  const text = stripComments(code)
  const specs = [...text.matchAll(STATIC), ...text.matchAll(DYNAMIC)].map((m) => m[1]).filter((s) => s.startsWith('.'))
  const out = new Set<string>()
  for (const spec of specs) {
    const base = resolve(dirname(file), spec.replace(/\?.*$/, ''))
    const found = [base, ...EXTENSIONS.map((e) => base + e)].find((p) => {
      try {
        return statSync(p).isFile()
      } catch {
        return false
      }
    })
    if (found && /\.tsx?$/.test(found)) out.add(found)
  }
  return [...out]
}

/** Every cycle's modules (strongly connected components of more than one file, or a file importing itself). */
export function cycles(root: string): string[][] {
  const files = sourceFiles(root)
  const graph = new Map(files.map((f) => [f, importsOf(f).filter((g) => g.startsWith(root))]))
  // Tarjan's algorithm, iterative enough for src/ (a few hundred files): recursion depth = import depth.
  let index = 0
  const stack: string[] = []
  const onStack = new Set<string>()
  const idx = new Map<string, number>()
  const low = new Map<string, number>()
  const found: string[][] = []
  const visit = (v: string) => {
    idx.set(v, index)
    low.set(v, index++)
    stack.push(v)
    onStack.add(v)
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w)
        low.set(v, Math.min(low.get(v)!, low.get(w)!))
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!))
    }
    if (low.get(v) === idx.get(v)) {
      const scc: string[] = []
      let w: string
      do {
        w = stack.pop()!
        onStack.delete(w)
        scc.push(w)
      } while (w !== v)
      if (scc.length > 1 || graph.get(v)?.includes(v)) found.push(scc.map((f) => relative(root, f)).sort())
    }
  }
  for (const f of files) if (!idx.has(f)) visit(f)
  return found
}
