/**
 * Every MTA dialect says "not mine" (null) to empty, junk and ordinary mail, never throws on it,
 * and the registry lists every dialect file of this folder, each with its expectation table.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseMime, toParsedMessage } from '../../mime/parsed-message'
import { mtaDialects } from './index'
import { CORPUS } from './lib/corpus-table'

const crlf = (lines: string[]) => lines.join('\r\n')

const INPUTS: Record<string, string> = {
  empty: '',
  junk: '\u0000\u00ff\u0001garbage <<< >>> ... ----- ' + 'x@'.repeat(3000),
  headersOnly: crlf(['From: Mail Delivery System <mailer-daemon@example.org>', 'Subject: Mail delivery failed', '', '']),
  ordinary: crlf([
    'From: Jane <jane@acme.example>', 'To: bob@example.org', 'Subject: Re: failure notice from our vendor',
    'Date: Mon, 2 Nov 2026 10:00:00 +0000', 'Message-ID: <1@acme.example>', '',
    'Hi Bob, the message you sent could not be delivered on time, sorry.', 'Jane <jane@acme.example>', '',
  ]),
  vacation: crlf([
    'From: Bob <bob@example.org>', 'To: jane@acme.example', 'Subject: Out of office: pricing',
    'Auto-Submitted: auto-replied', 'Date: Mon, 2 Nov 2026 10:00:00 +0000', '',
    'I am away until Monday. For urgent matters write to <office@example.org>.', '',
  ]),
  // Exim's frame with nothing in it: a notice naming nobody is not a bounce.
  emptyFrame: crlf([
    'From: Mail Delivery System <Mailer-Daemon@example.org>', 'Subject: Mail delivery failed: returning message to sender', '',
    'This message was created automatically by mail delivery software.', '',
    'A message that you sent could not be delivered to one or more of its', 'recipients. This is a permanent error. The following address(es) failed:', '',
    '------ This is a copy of the message, including all the headers. ------', '',
  ]),
}

describe('MTA dialects contract', () => {
  for (const [name, raw] of Object.entries(INPUTS)) {
    it(`returns null for ${name} input`, async () => {
      const message = toParsedMessage(await parseMime(raw))
      for (const d of mtaDialects) expect([d.name, d.decode(message)]).toEqual([d.name, null])
    })
  }

  it('reads hostile text in bounded time', async () => {
    // Every dialect's markers, so each one gets past its guards, then long runs of the characters
    // its patterns care about: a super-linear expression would take seconds here.
    const markers = [
      'This message was created automatically by mail delivery software.', 'The following address(es) failed:',
      'Hi. This is the qmail-send program at x.', 'This is the DragonFly Mail Agent', 'There was an error delivering your mail to <a@b.c>.',
      'This is the MAILER-DAEMON, please DO NOT REPLY to this e-mail.', 'for the following list of recipients:',
      '----- The following addresses had permanent fatal errors -----', '----- Transcript of session follows -----',
      'The original message was received at', '----- Unsent message follows -----', 'This is the Postfix program at host x.',
      '「m-FILTER」', '-------server message', 'Could not be delivered to:', '------- Failure Reasons  --------',
      'was not delivered to:', 'because:', 'Your message cannot be delivered to the following recipients:',
      'We had trouble delivering your message. Full details follow:', 'This is an automatically generated Delivery Status Notification.',
      'Error message below:', 'Message details:', 'Unable to deliver message to: <a@b.c>', 'Delivery failed for the following reason:',
    ]
    const runs = ['  ' + 'a'.repeat(50000) + '@' + 'b.'.repeat(50000), '<' + '<'.repeat(50000), ' '.repeat(100000) + 'x',
      '550 ' + '5.1.1 '.repeat(20000), 'host ' + 'h['.repeat(30000), '... '.repeat(30000), 'RCPT TO:<' + 'a@'.repeat(40000)]
    const body = [...markers, ...runs, ...markers.map((m) => `${m} ${runs[0]}`)].join('\n')
    const raw = `From: mailer-daemon@ezweb.ne.jp\nSubject: Mail System Error - Returned Mail\nX-Mailer: <SMTP32 v8.22>\nX-MLServer: fml\n\n${body}\n`
    const message = toParsedMessage(await parseMime(raw))
    for (const d of mtaDialects) {
      const start = performance.now()
      d.decode(message)
      expect([d.name, performance.now() - start < 1000]).toEqual([d.name, true])
    }
  })

  it('never throws on mutated corpus messages', async () => {
    // Deterministic mutations (bytes replaced by random or structural characters, runs copied over
    // others) of the corpus: every dialect must answer, whatever the damage.
    const files = readdirSync(CORPUS).filter((f) => f.endsWith('.eml'))
    let seed = 7
    const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff)
    const thrown: string[] = []
    for (let i = 0; i < 400; i++) {
      const file = files[Math.floor(rnd() * files.length)]
      const b = new Uint8Array(readFileSync(join(CORPUS, file)))
      for (let k = 0; k < 1 + Math.floor(rnd() * 20); k++) {
        const p = Math.floor(rnd() * b.length)
        const op = rnd()
        if (op < 0.4) b[p] = Math.floor(rnd() * 256)
        else if (op < 0.7) b[p] = [10, 13, 60, 62, 64, 58, 32, 45][Math.floor(rnd() * 8)]
        else b.copyWithin(p, Math.floor(rnd() * b.length))
      }
      const message = toParsedMessage(await parseMime(b))
      for (const d of mtaDialects) {
        try { d.decode(message) } catch (e) { thrown.push(`${d.name} on mutated ${file}: ${String(e)}`) }
      }
    }
    expect(thrown).toEqual([])
  })

  it('has unique names', () => {
    const names = mtaDialects.map((d) => d.name)
    expect(new Set(names).size).toBe(names.length)
  })

  it('registers every dialect file, and each has its expectation table', () => {
    const files = readdirSync(import.meta.dirname)
    const dialectFiles = files.filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts')
    expect(dialectFiles.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual(mtaDialects.map((d) => d.name).sort())
    for (const f of dialectFiles) expect(files).toContain(f.replace(/\.ts$/, '.test.ts'))
  })
})
