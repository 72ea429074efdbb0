import { defineConfig } from 'vite'
import preact from '@preact/preset-vite'
import { crx } from '@crxjs/vite-plugin'
import manifest, { CONTENT_SCRIPTS } from './manifest.config.ts'
import { selfContainedContentScripts } from './scripts/vite-content-scripts.ts'

export default defineConfig({
  plugins: [preact(), crx({ manifest }), selfContainedContentScripts(CONTENT_SCRIPTS)],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, target: 'chrome120' },
})
