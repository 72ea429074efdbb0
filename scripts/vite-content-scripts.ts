/**
 * Builds each content script into one self-contained file (an IIFE: no import, no chunk) and adds it
 * to the built manifest.json. crxjs's own content scripts are module loaders that import their
 * chunks from chrome-extension://<id>/assets/…, so it lists those in web_accessible_resources, and
 * any web page could fetch them to learn that Rebound is installed (issue 10 part 2). With these
 * bundles the extension has nothing web-accessible (src/background/web-accessible.test.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { build, type Plugin, type ResolvedConfig } from 'vite'

export interface ContentScript {
  matches: string[]
  /** One source file, e.g. src/content/gmail/index.ts. */
  js: string[]
  run_at?: 'document_start' | 'document_end' | 'document_idle'
}

/** "src/content/gmail/index.ts" → "content/gmail.js". */
export function bundleName(source: string): string {
  const m = /^src\/content\/([a-z0-9-]+)\/index\.ts$/.exec(source)
  if (!m) throw new Error(`content script must be src/content/<site>/index.ts: ${source}`)
  return `content/${m[1]}.js`
}

export function selfContainedContentScripts(scripts: ContentScript[]): Plugin {
  let config: ResolvedConfig
  return {
    name: 'rebound:self-contained-content-scripts',
    apply: 'build',
    configResolved(c) {
      config = c
    },
    // After crxjs wrote dist/ and its manifest.json.
    async closeBundle() {
      const outDir = resolve(config.root, config.build.outDir)
      for (const script of scripts) {
        for (const source of script.js) {
          const file = bundleName(source)
          await build({
            configFile: false,
            root: config.root,
            logLevel: 'warn',
            publicDir: false,
            build: {
              outDir,
              emptyOutDir: false,
              target: config.build.target,
              minify: config.build.minify,
              sourcemap: false,
              lib: { entry: resolve(config.root, source), formats: ['iife'], name: 'rebound', fileName: () => file },
            },
          })
        }
      }
      const path = resolve(outDir, 'manifest.json')
      const manifest = JSON.parse(readFileSync(path, 'utf8')) as chrome.runtime.ManifestV3
      manifest.content_scripts = scripts.map((s) => ({ ...s, js: s.js.map(bundleName) }))
      writeFileSync(path, JSON.stringify(manifest, null, 2))
    },
  }
}
