/**
 * Some of the project's modules as one IIFE a browser page can evaluate, setting `globalThis[name]`:
 * the benches that run store or engine code inside Chromium (popup.bench.ts, engine-chromium.bench.ts)
 * build it on the fly with vite, from a virtual entry that re-exports what they need.
 */
import { resolve } from 'node:path'
import { build, type Rollup } from 'vite'

const ROOT = resolve(import.meta.dirname, '..')

/** `exports`: module path under the repository root → the names it exports to the page. */
export async function browserBundle(name: string, exports: Record<string, string[]>, minify = false): Promise<string> {
  const id = `rebound-${name}-entry`
  const entry = `\0${id}`
  const source = Object.entries(exports)
    .map(([path, names]) => `export { ${names.join(', ')} } from ${JSON.stringify(resolve(ROOT, path))}`)
    .join('\n')
  const out = (await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    plugins: [{
      name: 'bench-entry',
      enforce: 'pre',
      resolveId: (requested) => (requested.endsWith(id) ? entry : null),
      load: (loaded) => (loaded === entry ? source : null),
    }],
    build: { write: false, minify, lib: { entry: id, formats: ['iife'], name } },
  })) as Rollup.RollupOutput[] | Rollup.RollupOutput
  const output = Array.isArray(out) ? out[0] : out
  return (output.output[0] as Rollup.OutputChunk).code
}
