/**
 * The real HTTPS server behind mail-attachment.googleusercontent.com, where Gmail's raw-source URL
 * redirects (a route handler cannot serve a redirect's target: shared/BROWSER-TESTING.md). Chromium
 * is pointed at it with --host-resolver-rules; the certificate is self-signed, made per run.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:https'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const ATTACHMENT_HOST = 'mail-attachment.googleusercontent.com'

function selfSignedCert(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'rebound-cert-'))
  try {
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1',
      '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
      '-subj', `/CN=${ATTACHMENT_HOST}`, '-addext', `subjectAltName=DNS:${ATTACHMENT_HOST}`,
    ], { stdio: 'ignore' })
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export interface AttachmentServer {
  port: number
  /** Chromium switches that send the attachment host to this server. */
  chromiumArgs: string[]
  /** Requests served, by "u/N:<id>". */
  hits: Map<string, number>
  /** Keys ("u/N:<id>") answered without CORS headers, so only the worker (host permission) can read them. */
  noCors: Set<string>
  /** Makes the next request for this key wait until the returned function is called. */
  hold(key: string): () => void
  close(): Promise<void>
}

/** `lookup(account, id)` gives the raw message bytes, or undefined for a 404. */
export async function startAttachmentServer(lookup: (account: string, id: string) => Buffer | undefined): Promise<AttachmentServer> {
  const hits = new Map<string, number>()
  const noCors = new Set<string>()
  const holds = new Map<string, Promise<void>>()
  const server: Server = createServer(selfSignedCert(), async (req, res) => {
    const url = new URL(req.url ?? '/', `https://${ATTACHMENT_HOST}`)
    // Path shape: /attachment/u/<N>/?permmsgid=msg-f:<id>&... (what the fake Gmail redirects to).
    const m = /^\/attachment\/(u\/\d+)\/$/.exec(url.pathname)
    const id = (url.searchParams.get('permmsgid') ?? '').replace('msg-f:', '')
    if (!m) {
      res.writeHead(404).end()
      return
    }
    const key = `${m[1]}:${id}`
    const origin = req.headers.origin
    // Let Gmail's own page read it (the content script's fetch), as the real host must for Gmail.
    if (origin === 'https://mail.google.com' && !noCors.has(key)) {
      res.setHeader('Access-Control-Allow-Origin', origin)
      res.setHeader('Access-Control-Allow-Credentials', 'true')
    }
    hits.set(key, (hits.get(key) ?? 0) + 1)
    const held = holds.get(key)
    if (held) {
      holds.delete(key)
      await held
    }
    const body = lookup(m[1], id)
    if (!body) {
      res.writeHead(404, { 'content-type': 'text/html' }).end('<html><body>Not found</body></html>')
      return
    }
    res.writeHead(200, { 'content-type': 'message/rfc822', 'content-length': String(body.length), 'cache-control': 'no-store' })
    res.end(body)
  })
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
  const port = (server.address() as { port: number }).port
  return {
    port,
    chromiumArgs: [`--host-resolver-rules=MAP ${ATTACHMENT_HOST} 127.0.0.1:${port}, EXCLUDE localhost`, '--ignore-certificate-errors'],
    hits,
    noCors,
    hold(key) {
      let release!: () => void
      holds.set(key, new Promise<void>((ok) => (release = ok)))
      return () => release()
    },
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections()
        server.close(() => ok())
      }),
  }
}
