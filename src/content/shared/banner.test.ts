// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest'
import { buildBanner } from './banner'

describe('buildBanner', () => {
  it('puts hostile notice text in as text, never as markup', () => {
    const hostile = '<img src=x onerror="window.pwned=1">@evil.example: <script>window.pwned=2</script>'
    const banner = buildBanner(document, [hostile])
    document.body.append(banner)
    expect(banner.querySelector('img, script')).toBeNull()
    expect(banner.querySelector('.rebound-banner-line')?.textContent).toBe(hostile)
    expect((window as unknown as { pwned?: number }).pwned).toBeUndefined()
    banner.remove()
  })

  it('has a title, one line per entry, and is announced politely', () => {
    const banner = buildBanner(document, ['a@b.example: x', 'c@d.example: y'])
    expect(banner.getAttribute('role')).toBe('status')
    expect(banner.querySelector('strong')?.textContent).toBe('Rebound')
    expect([...banner.querySelectorAll('.rebound-banner-line')].map((l) => l.textContent)).toEqual(['a@b.example: x', 'c@d.example: y'])
  })

  it('the close button removes it and reports the dismissal', () => {
    const onDismiss = vi.fn()
    const banner = buildBanner(document, ['x'], onDismiss)
    document.body.append(banner)
    const close = banner.querySelector<HTMLButtonElement>('.rebound-banner-dismiss')!
    expect(close.getAttribute('aria-label')).toBe('Dismiss')
    close.click()
    expect(banner.isConnected).toBe(false)
    expect(onDismiss).toHaveBeenCalledOnce()
  })
})
