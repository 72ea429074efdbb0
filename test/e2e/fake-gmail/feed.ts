/**
 * Gmail's unread-inbox Atom feed as Gmail writes it: Atom 0.3, namespace http://purl.org/atom/ns#,
 * entries newest first, `<id>tag:gmail.google.com,2004:<decimal>` and the same id in hex in the link
 * (shared/GMAIL-FORMATS.md).
 */

export interface FeedEntry {
  /** msg-f id in decimal. */
  id: string
  subject: string
  summary: string
  fromName: string
  fromEmail: string
  issued: string
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')
}

/** Gmail lists the 20 newest unread messages; `fullcount` is all of them. */
export const FEED_WINDOW = 20

export function atomFeed(mailbox: string, unread: FeedEntry[], now = new Date()): string {
  const entries = unread.slice(0, FEED_WINDOW)
  const items = entries
    .map(
      (e) => `<entry>
<title>${esc(e.subject)}</title>
<summary>${esc(e.summary)}</summary>
<link rel="alternate" href="https://mail.google.com/mail?account_id=${esc(mailbox)}&amp;message_id=${BigInt(e.id).toString(16)}&amp;view=conv&amp;extsrc=atom" type="text/html" />
<modified>${e.issued}</modified>
<issued>${e.issued}</issued>
<id>tag:gmail.google.com,2004:${e.id}</id>
<author>
<name>${esc(e.fromName)}</name>
<email>${esc(e.fromEmail)}</email>
</author>
</entry>`,
    )
    .join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed version="0.3" xmlns="http://purl.org/atom/ns#">
<title>Gmail - Inbox for ${esc(mailbox)}</title>
<tagline>New messages in your Gmail Inbox</tagline>
<fullcount>${unread.length}</fullcount>
<link rel="alternate" href="https://mail.google.com/mail" type="text/html" />
<modified>${now.toISOString().replace(/\.\d+Z$/, 'Z')}</modified>
${items}
</feed>
`
}

/** What a signed-out browser gets instead of the feed: Google's sign-in page (abridged). */
export const SIGN_IN_PAGE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Gmail</title></head>
<body><div id="initialView"><h1>Sign in</h1><p>to continue to Gmail</p>
<form method="post" action="https://accounts.google.com/v3/signin/identifier"><input type="email" name="identifier"><button>Next</button></form></div></body></html>`
