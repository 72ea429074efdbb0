import { describe, expect, it } from 'vitest'
import { htmlToText } from './html-text'

describe('htmlToText', () => {
  it('keeps the words, breaks blocks into lines, drops scripts and styles, decodes entities', () => {
    const html = '<html><head><style>p{color:red}</style></head><body><h2>Address not found</h2>' +
      '<p>Your message wasn&#39;t delivered to <a href="mailto:jane@acme.example">jane@acme.example</a> because the address couldn&rsquo;t be found.</p>' +
      '<script>alert(1)</script><table><tr><td>550 5.1.1</td><td>&lt;user unknown&gt;</td></tr></table></body></html>'
    expect(htmlToText(html)).toBe("Address not found\n\nYour message wasn't delivered to jane@acme.example because the address couldn&rsquo;t be found.\n\n550 5.1.1 <user unknown>")
  })

  it('is linear on hostile HTML', () => {
    const t = performance.now()
    htmlToText('<script' + '<'.repeat(300_000))
    htmlToText('<p'.repeat(200_000))
    htmlToText('&#'.repeat(200_000))
    expect(performance.now() - t).toBeLessThan(1000)
  })
})
