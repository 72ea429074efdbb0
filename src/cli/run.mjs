/**
 * `npm run scan` starts here. It runs a prebuilt bundle of src/cli/scan.ts (one plain .mjs file:
 * no TypeScript compiled at run time, one module to load), building it first with vite when it is
 * missing or older than any file it was built from. Plain JavaScript so Node runs it as it is.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import v8 from 'node:v8'

const root = fileURLToPath(new URL('../../', import.meta.url))
const cache = `${root}node_modules/.cache/rebound-scan/`
const bundle = `${cache}scan.mjs`
const manifest = `${cache}built-from.json`

/** The bundle is current when no file it was built from changed after its build started. */
function isCurrent() {
  try {
    const { started, files } = JSON.parse(readFileSync(manifest, 'utf8'))
    statSync(bundle)
    return files.every((f) => statSync(root + f).mtimeMs < started)
  } catch {
    return false
  }
}

async function rebuild() {
  const { build } = await import('vite')
  const started = Date.now()
  // Built beside the cache and renamed into it, so two scans started at once never read half a file.
  const outDir = `${cache}build-${process.pid}/`
  const [output] = [await build({
    configFile: false,
    root,
    logLevel: 'warn',
    ssr: { noExternal: true },
    build: {
      ssr: 'src/cli/scan.ts',
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      rollupOptions: { output: { entryFileNames: 'scan.mjs', format: 'es' } },
    },
  })].flat()
  const files = output.output.flatMap((chunk) => chunk.moduleIds ?? [])
    .filter((id) => id.startsWith(root)).map((id) => id.slice(root.length))
  mkdirSync(cache, { recursive: true })
  renameSync(`${outDir}scan.mjs`, bundle)
  rmSync(outDir, { recursive: true, force: true })
  writeFileSync(manifest, JSON.stringify({ started, files }))
}

/**
 * V8 runs a regular expression's first matches in its bytecode interpreter and compiles it to
 * machine code only then; the reason rules' and notice words' alternations (thousands of characters,
 * bounded repeats) cost it tens of ms each in the interpreter. Compiled at once, a scan of the corpus
 * runs 6.8% fewer instructions (callgrind: 4.94 G → 4.61 G; three copies of it 8.81 G → 8.50 G;
 * 2026-12-07). Set before the bundle compiles any; worker threads share the flag.
 */
v8.setFlagsFromString('--no-regexp-tier-up')

/**
 * TurboFan, V8's optimising compiler, inlines callees into a hot function up to a cumulative budget
 * of 920 bytes of bytecode; the reading chain (analyse → dialects → readers → reasons) is compiled
 * into a few large functions, again after each deopt, and on a scan that compiling is the biggest
 * cost: 38% of all instructions on three copies of the corpus (1,779 files). With a budget of 230,
 * 8.50 G → 7.28 G instructions, the parsing itself ~1.5% slower (callgrind, 2026-12-07; 460: 7.60 G,
 * 100: 7.28 G with slower parsing, no inlining: 7.26 G, slower still; so 230). The corpus ten
 * times (5,930 files), with the flag above: 22.71 G → 17.77 G, TurboFan's part 9.18 G → 5.04 G.
 */
v8.setFlagsFromString('--max-inlined-bytecode-size-cumulative=230')

/**
 * And it optimises a function once the function has run through a budget of bytecode (67,584 by
 * default): doubled, fewer lukewarm functions (a dialect that reads a few notices) are compiled.
 * The corpus ten times (5,930 files): 17.77 G → 16.14 G instructions (TurboFan 5.04 G → 2.95 G, the
 * unoptimised code +0.7 G); CPU time −3% in 10 interleaved runs (3.68 → 3.56 s; 4× the budget was no
 * faster). Callgrind and time, 2026-12-07.
 */
v8.setFlagsFromString('--interrupt-budget=135168')

if (!isCurrent()) await rebuild()
const { runFromCommandLine } = await import(bundle)
runFromCommandLine()
