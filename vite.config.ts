import { defineConfig } from 'vite'
import preact from '@preact/preset-vite'
import { crx } from '@crxjs/vite-plugin'
import manifest from './manifest.config.ts'

export default defineConfig({
  plugins: [preact(), crx({ manifest })],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, target: 'chrome120' },
})
