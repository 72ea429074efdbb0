/**
 * Runs code in Rebound's content-script world of a tab (the isolated world Chrome gives the
 * extension's content script), through CDP: what a compromised or confused content script could
 * send the worker. Playwright's page.evaluate runs in the page's own world, which has no
 * chrome.runtime of the extension.
 */
import type { Page } from 'playwright-core'

export async function inContentWorld<T>(page: Page, extensionId: string, expression: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page)
  const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = []
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context))
  await cdp.send('Runtime.enable')
  const deadline = Date.now() + 20_000
  let world: (typeof contexts)[number] | undefined
  while (!(world = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${extensionId}`))) {
    if (Date.now() > deadline) throw new Error(`no content-script world of ${extensionId} in ${page.url()}: ${JSON.stringify(contexts)}`)
    await page.waitForTimeout(100)
  }
  const out = await cdp.send('Runtime.evaluate', { expression, contextId: world.id, awaitPromise: true, returnByValue: true })
  await cdp.detach()
  if (out.exceptionDetails) throw new Error(out.exceptionDetails.exception?.description ?? out.exceptionDetails.text)
  return out.result.value as T
}
