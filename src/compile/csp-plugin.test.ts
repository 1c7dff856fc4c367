import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { ResolvedConfig } from 'vite'
import { describe, expect, it } from 'vitest'
import { deckCsp } from './csp-plugin.ts'
import { hashSource, speakerViewCode } from './csp.ts'

const root = resolve(import.meta.dirname, '../..')
const notesFile = resolve(root, 'node_modules/reveal.js/dist/plugin/notes.mjs')
const speakerScript = hashSource(speakerViewCode(readFileSync(notesFile, 'utf8')).scripts[0]!)

type Hook = (this: unknown, ...args: unknown[]) => unknown
const handler = (hook: unknown): Hook => (typeof hook === 'function' ? hook : (hook as { handler: Hook }).handler) as Hook

/** Run the plugin's hooks as Vite does, on one HTML asset; returns the HTML it leaves. */
async function runPlugin(html: string, moduleIds: string[]): Promise<string> {
  const plugin = deckCsp()
  const warnings: string[] = []
  handler(plugin.configResolved).call(undefined, { root, logger: { warn: (m: string) => warnings.push(m) } } as unknown as ResolvedConfig)
  await handler(plugin.buildStart).call({ resolve: async () => ({ id: notesFile }) })
  const bundle = { 'index.html': { type: 'asset', fileName: 'index.html', source: html } }
  handler(plugin.generateBundle).call({ getModuleIds: () => moduleIds.values() }, {}, bundle)
  return bundle['index.html'].source
}

const page = '<!doctype html><html><head><meta charset="utf-8" /><script>theme()</script></head><body></body></html>'

describe('deck:csp', () => {
  it('is a build-only, post plugin: the dev server never gets the policy', () => {
    const plugin = deckCsp()
    expect(plugin.apply).toBe('build')
    expect(plugin.enforce).toBe('post')
  })

  it('writes the policy into the HTML asset with the page’s and the print view’s hashes', async () => {
    const out = await runPlugin(page, [])
    expect(out).toMatch(
      /^<!doctype html><html><head><meta charset="utf-8" \/>\n {4}<meta http-equiv="Content-Security-Policy" content="default-src 'self'; /,
    )
    expect(out).toContain(hashSource('theme()'))
    expect(out).toContain(hashSource('@page{size:1331px 748px; margin: 0px;}'))
  })

  it('allows the speaker view only where the bundle holds the notes plugin', async () => {
    expect(await runPlugin(page, [notesFile])).toContain(speakerScript)
    expect(await runPlugin(page, [])).not.toContain(speakerScript)
  })
})
