/**
 * The scan command's arguments. Flags come before or among the paths; `--` ends them (a file
 * named "--csv" is then a path). An unknown flag is a usage error, never taken for a file name.
 */
export const USAGE = `usage: npm run --silent scan -- [--csv] [--jobs N] [--] PATH...

Reads message files (.eml), directories (recursively) and mbox files, and prints one JSON line
per message ({"source", "kind", "recipients", "original"}, or {"source", "error"}).

  --csv       one CSV row per failed recipient instead (RFC 4180, formula-safe)
  --jobs N    threads that parse (default: 1 on up to 2 cores, else one per core, at most 8)
  --help, -h  print this help
  --          end of flags: what follows is a path even if it starts with "-"

Exit status: 0 when every input was read, 1 when a path is missing or a file could not be read
(the rest is still read; stderr names each one), 2 on a usage error.
`

export type Args =
  | { kind: 'scan'; csv: boolean; jobs?: number; paths: string[] }
  | { kind: 'help' }
  | { kind: 'usage-error'; message: string }

export function parseArgs(argv: readonly string[]): Args {
  let csv = false
  let jobs: number | undefined
  const paths: string[] = []
  let flags = true
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (flags && arg === '--') flags = false
    else if (flags && arg === '--jobs') {
      const n = argv[++i] ?? ''
      if (!/^[1-9]\d{0,2}$/.test(n)) return { kind: 'usage-error', message: `--jobs wants a number from 1 to 999, not "${n}"` }
      jobs = Number(n)
    }
    else if (flags && (arg === '--help' || arg === '-h')) return { kind: 'help' }
    else if (flags && arg === '--csv') csv = true
    // "-" alone is a path (stdin is not read, so it will be reported missing, not taken as a flag).
    else if (flags && arg.startsWith('-') && arg !== '-') return { kind: 'usage-error', message: `unknown option: ${arg}` }
    else paths.push(arg)
  }
  if (paths.length === 0) return { kind: 'usage-error', message: 'no PATH given' }
  return jobs === undefined ? { kind: 'scan', csv, paths } : { kind: 'scan', csv, jobs, paths }
}
