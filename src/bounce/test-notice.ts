/**
 * Test-only helpers: a notice written as LF text, and the same notice with CRLF and CR line endings
 * (real mail has all three: test/fixtures/sisimai, Sisimai's set-of-emails maildir/dos and /mac).
 */

export interface TestNotice {
  name: string
  from: string
  subject: string
  body: string
  /** Extra header lines ("Name: value"). */
  headers?: string[]
}

/** A notice's header lines before its Content-Type (shared by the single-part and multipart builders). */
export function noticeHeaders(n: Omit<TestNotice, 'name' | 'body'>): string[] {
  return [
    `From: ${n.from}`,
    'To: sales@acme.example',
    `Subject: ${n.subject}`,
    'Date: Mon, 3 Nov 2025 10:00:00 +0000',
    'Message-ID: <notice-1@mx.example>',
    'MIME-Version: 1.0',
    ...(n.headers ?? []),
  ]
}

export function rawNotice(n: TestNotice): string {
  return [
    ...noticeHeaders(n),
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    n.body,
  ].join('\n')
}

export const ENDINGS: ReadonlyArray<readonly [string, (lf: string) => string]> = [
  ['LF', (s) => s],
  ['CRLF', (s) => s.replace(/\n/g, '\r\n')],
  ['CR', (s) => s.replace(/\n/g, '\r')],
]

/** Every notice in every line ending: [label, raw message, notice]. */
export function inAllEndings<T extends TestNotice>(notices: readonly T[]): [string, string, T][] {
  return notices.flatMap((n) => ENDINGS.map(([ending, to]) => [`${n.name} (${ending})`, to(rawNotice(n)), n] as [string, string, T]))
}
