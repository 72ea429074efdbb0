/** The scan command's contract (issues 2 and 9): JSON Lines field names, mbox sources, errors, --csv, flags, exit status. */
import { spawn } from 'node:child_process'
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultJobs, main } from './scan'

const CORE = join(import.meta.dirname, '../../test/fixtures/bounce/core')

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const code = await main(args, { write: (s) => { out += s }, warn: (s) => { err += s }, closed: () => false })
  return { code, out, err }
}

function fixtureDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rebound-scan-'))
  mkdirSync(join(dir, 'sub'))
  copyFileSync(join(CORE, 'o365-5.1.10.eml'), join(dir, 'sub', 'a.eml'))
  const two = ['godaddy-ratelimit-5.1.1.eml', 'autoreply-it.eml']
    .map((f) => `From MAILER-DAEMON Thu Apr 29 23:34:45 2015\n${readFileSync(join(CORE, f), 'utf8').replace(/\r\n/g, '\n')}\n`).join('')
  writeFileSync(join(dir, 'takeout.mbox'), two)
  return dir
}

describe('scan CLI', () => {
  it('prints one JSON line per message with the issue\'s field names; mbox messages get #n', async () => {
    const dir = fixtureDir()
    const { code, out } = await run([dir])
    expect(code).toBe(0)
    const lines = out.trim().split('\n').map((l) => JSON.parse(l))
    expect(lines.map((l) => [l.source.slice(dir.length + 1), l.kind])).toEqual([
      ['sub/a.eml', 'bounce'], ['takeout.mbox#1', 'bounce'], ['takeout.mbox#2', 'autoreply'],
    ])
    expect(Object.keys(lines[0])).toEqual(['source', 'kind', 'recipients', 'original'])
    expect(Object.keys(lines[0].recipients[0])).toEqual(['address', 'action', 'status', 'replyCode', 'reason', 'hard', 'verdict', 'diagnostic', 'remoteMta', 'date'])
    expect(lines[0].recipients[0]).toMatchObject({ address: 'jane.doe@fabrikam.com', reason: 'userunknown', hard: true, verdict: 'remove' })
    expect(lines[0].original.messageId).toBe('<CAF=first-touch-001@mail.example.com>')
  })

  it('lists only failed and delayed recipients as recipients; a success or a complaint goes under others', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rebound-scan-'))
    for (const f of ['delivered.eml', 'arf-complaint.eml', 'delayed.eml']) copyFileSync(join(CORE, f), join(dir, f))
    const lines = (await run([dir])).out.trim().split('\n').map((l) => JSON.parse(l))
    expect(lines.map((l) => [l.source.slice(dir.length + 1), l.kind, l.recipients.map((r: { action: string }) => r.action), (l.others ?? []).map((r: { action: string }) => r.action)])).toEqual([
      ['arf-complaint.eml', 'feedback', [], ['delivered']],
      ['delayed.eml', 'delay', ['delayed'], []],
      ['delivered.eml', 'delivered', [], ['delivered']],
    ])
  })

  it('prints an error line for unreadable input and goes on', async () => {
    const dir = fixtureDir()
    const locked = join(dir, 'locked.eml')
    writeFileSync(locked, 'Subject: x\n\n')
    chmodSync(locked, 0o000)
    const { code, out, err } = await run([join(dir, 'missing.eml'), locked, join(dir, 'sub')])
    const lines = out.trim().split('\n').map((l) => JSON.parse(l))
    expect(lines[0]).toEqual({ source: join(dir, 'missing.eml'), error: 'no such file or directory' })
    // root can read anything; otherwise the locked file is an error line too
    if (process.getuid?.() !== 0) {
      expect(lines[1]).toMatchObject({ source: locked, error: expect.stringContaining('permission denied') })
      expect(err).toContain(`scan: ${locked}: could not read: permission denied\n`)
    }
    expect(lines.at(-1)).toMatchObject({ source: join(dir, 'sub', 'a.eml'), kind: 'bounce' })
    // the rest is read, then the run says it was incomplete
    expect(code).toBe(1)
    expect(err).toContain(`scan: ${join(dir, 'missing.eml')}: no such file or directory\n`)
  })

  it('exits 0 with nothing on stderr when every input was read', async () => {
    const { code, err } = await run([fixtureDir()])
    expect([code, err]).toEqual([0, ''])
  })

  it('--csv names an unreadable input on stderr and exits 1', async () => {
    const missing = join(fixtureDir(), 'gone.eml')
    const { code, out, err } = await run(['--csv', missing])
    expect(out.split('\r\n').filter(Boolean)).toHaveLength(1)
    expect([code, err]).toEqual([1, `scan: ${missing}: no such file or directory\n`])
  })

  it('--csv prints a header and one row per failed recipient, formulas neutralised', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rebound-csv-'))
    const raw = readFileSync(join(CORE, 'godaddy-ratelimit-5.1.1.eml'), 'utf8').replaceAll('mike@northwind.example', '=cmd@northwind.example')
    writeFileSync(join(dir, 'x.eml'), raw)
    const { out } = await run(['--csv', join(dir, 'x.eml'), join(CORE, 'autoreply-fr.eml')])
    const rows = out.split('\r\n').filter(Boolean)
    expect(rows[0]).toBe('source,address,action,status,replyCode,reason,hard,verdict,diagnostic,remoteMta,date,originalMessageId,originalSubject,originalDate')
    expect(rows.length).toBe(2)
    expect(rows[1].split(',')[1]).toBe("'=cmd@northwind.example")
    expect(rows[1]).toContain(',speeding,false,fix-sending,')
  })

  it('asks for a path', async () => {
    expect((await run([])).code).toBe(2)
  })

  it('--help prints the usage on stdout and exits 0', async () => {
    const { code, out, err } = await run(['--help'])
    expect([code, err]).toEqual([0, ''])
    expect(out).toMatch(/^usage: npm run --silent scan -- \[--csv\]/)
  })

  it('an unknown flag is a usage error (exit 2, usage on stderr), not a file name', async () => {
    const { code, out, err } = await run(['--jsno', fixtureDir()])
    expect([code, out]).toEqual([2, ''])
    expect(err).toMatch(/^scan: unknown option: --jsno\nusage: /)
  })

  it('-- ends the flags: what follows is a path', async () => {
    const dir = fixtureDir()
    copyFileSync(join(CORE, 'o365-5.1.10.eml'), join(dir, '--csv'))
    const { code, out } = await run(['--', join(dir, '--csv')])
    expect(code).toBe(0)
    expect(JSON.parse(out)).toMatchObject({ source: join(dir, '--csv'), kind: 'bounce' })
    expect((await run(['--', '--csv'])).err).toBe('scan: --csv: no such file or directory\n')
  })

  it.each([[['--jobs', '2']], [['--jobs', '1']]])('ends quietly (exit 0, nothing on stderr) when the reader of its output goes away, as `| head` does (%j)', async (flags) => {
    const corpus = join(import.meta.dirname, '../../test/fixtures/sisimai')
    // The command as `npm run scan` runs it (src/cli/run.mjs builds the bundle when stale).
    const child = spawn(process.execPath, [join(import.meta.dirname, 'run.mjs'), ...flags, corpus, corpus, corpus], { stdio: ['ignore', 'pipe', 'pipe'] })
    let err = ''
    child.stderr.setEncoding('utf8')
    child.stderr.on('data', (d) => { err += d })
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()))
    child.stdout.destroy()
    const code = await new Promise((resolve) => child.on('close', (c, signal) => resolve(c ?? signal)))
    expect([code, err]).toEqual([0, ''])
  })

  it('parses in one thread on up to 2 cores (the other is busy with V8 and reads), else one thread per core up to 8', () => {
    expect([1, 2, 3, 4, 16].map((cores) => defaultJobs(cores))).toEqual([1, 1, 3, 4, 8])
  })

  it('spread over worker threads, prints the same lines in the same order as in one thread', async () => {
    const dir = fixtureDir()
    const corpus = join(import.meta.dirname, '../../test/fixtures/sisimai')
    const args = [join(dir, 'missing.eml'), corpus, dir]
    const inProcess = await run(args)
    const child = spawn(process.execPath, [join(import.meta.dirname, 'run.mjs'), '--jobs', '2', ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    // Decode as one stream: a chunk boundary can fall inside a multi-byte character (CI once read
    // one Persian letter as two U+FFFD when each chunk was decoded on its own).
    child.stdout.setEncoding('utf8')
    child.stderr.setEncoding('utf8')
    child.stdout.on('data', (d) => { out += d })
    child.stderr.on('data', (d) => { err += d })
    const code = await new Promise((resolve) => child.on('close', resolve))
    expect(inProcess.out.split('\n').length).toBeGreaterThan(590)
    expect({ code, out, err }).toEqual(inProcess)
  })
})
