import { describe, expect, it } from 'vitest'
import { launch } from './harness'

describe('harness', () => {
  it('loads the built extension with its worker and opens the popup page', async () => {
    const browser = await launch()
    try {
      const { extensionId, worker } = await browser.loadExtension()
      expect(extensionId).toMatch(/^[a-p]{32}$/)
      expect(worker.url()).toContain('service-worker-loader.js')
      const page = await browser.openPage('src/popup/index.html')
      await expect(page.title()).resolves.toBe('Rebound')
    } finally {
      await browser.close()
    }
  })
})
