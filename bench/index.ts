/**
 * `npm run bench`: runs every bench/*.bench.ts in its own process (clean memory figures), the
 * engine first, then the others by name; each prints its own figures. A failing bench is reported
 * and the others still run. Extra arguments are passed to every bench; `--only NAME` picks benches.
 */
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'

const dir = import.meta.dirname
// `--only engine` runs only the benches whose file name contains "engine"; other arguments pass through.
const args = process.argv.slice(2)
const onlyAt = args.indexOf('--only')
const only = onlyAt >= 0 ? args.splice(onlyAt, 2)[1] ?? '' : ''
const benches = readdirSync(dir).filter((f) => f.endsWith('.bench.ts') && f.includes(only))
  .sort((a, b) => (a === 'engine.bench.ts' ? -1 : b === 'engine.bench.ts' ? 1 : a.localeCompare(b)))
const failed: string[] = []
for (const file of benches) {
  console.log(`\n── ${file} ──`)
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(dir, file), ...args], { stdio: 'inherit' })
  if (r.status !== 0) failed.push(file)
}
if (failed.length) {
  console.log(`\nbenches that failed: ${failed.join(', ')}`)
  process.exitCode = 1
}
