import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import vm from 'node:vm'
import { describe, expect, it } from 'vitest'
import { THEME_RESTORE_SCRIPT } from './head.ts'
import { applyCsp, cspDirectives, cspPolicy, decodeJsString, hashSource, inlineCode, printViewStyles, speakerViewCode } from './csp.ts'

const root = resolve(import.meta.dirname, '../..')
const revealFile = (path: string) => readFileSync(resolve(root, 'node_modules/reveal.js/dist', path), 'utf8')

const page = (head: string, body = '') =>
  `<!doctype html>\n<html lang="en">\n  <head>\n    <meta charset="utf-8" />\n${head}\n  </head>\n  <body>${body}<script type="module" crossorigin src="./assets/index.js"></script></body>\n</html>`

const directive = (policy: string, name: string) =>
  policy
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find(([n]) => n === name)
    ?.slice(1) ?? []

describe('hashSource', () => {
  it('hashes the exact text as CSP expects (sha256, base64)', () => {
    // The hash Chromium reports for an empty inline element.
    expect(hashSource('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='")
    expect(hashSource('a ')).not.toBe(hashSource('a'))
  })
})

describe('inlineCode', () => {
  it('finds inline scripts and styles, not external scripts', () => {
    const html = page('<script>one()</script>\n<style>p{color:red}</style>', '<script type="module">two()</script>')
    expect(inlineCode(html)).toEqual({ scripts: ['one()', 'two()'], styles: ['p{color:red}'] })
  })
})

describe('cspPolicy', () => {
  const html = page(`<script>${THEME_RESTORE_SCRIPT}</script>`)

  it('is strict: self only, no eval, no inline script without a hash', () => {
    const policy = cspPolicy(html)
    expect(directive(policy, 'default-src')).toEqual(["'self'"])
    expect(policy).not.toContain('unsafe-eval')
    expect(directive(policy, 'script-src')).toEqual(["'self'", hashSource(THEME_RESTORE_SCRIPT)])
    expect(directive(policy, 'style-src')).toEqual(["'self'"])
    expect(directive(policy, 'object-src')).toEqual(["'none'"])
    expect(directive(policy, 'base-uri')).toEqual(["'none'"])
  })

  it('lists each relaxation on its own directive', () => {
    const policy = cspPolicy(html)
    expect(directive(policy, 'style-src-attr')).toEqual(["'unsafe-inline'"])
    expect(directive(policy, 'img-src')).toEqual(["'self'", 'data:'])
    expect(directive(policy, 'font-src')).toEqual(["'self'", 'data:'])
  })

  it('hashes run-time code passed in, once each', () => {
    const policy = cspPolicy(html, { extraScripts: ['speaker()', 'speaker()'], extraStyles: ['@page{}'] })
    expect(directive(policy, 'script-src')).toEqual(expect.arrayContaining([hashSource('speaker()'), hashSource(THEME_RESTORE_SCRIPT)]))
    expect(directive(policy, 'script-src')).toHaveLength(3)
    expect(directive(policy, 'style-src')).toEqual(["'self'", hashSource('@page{}')])
  })

  it("allows inline <style> by 'unsafe-inline' alone when mermaid draws in the browser", () => {
    // A hash next to 'unsafe-inline' would make browsers ignore 'unsafe-inline'.
    const policy = cspPolicy(page('<style>p{}</style>'), { runtimeDiagrams: true })
    expect(directive(policy, 'style-src')).toEqual(["'self'", "'unsafe-inline'"])
    expect(directive(policy, 'script-src')).not.toContain("'unsafe-inline'")
  })

  it('hashes the single file’s inlined module script and style', () => {
    const single = page('<style>.reveal{}</style>', '<script type="module">import("x")</script>')
    const [, scriptSrc] = cspDirectives(single).find(([n]) => n === 'script-src')!
    expect(scriptSrc).toContain(hashSource('import("x")'))
    expect(directive(cspPolicy(single), 'style-src')).toContain(hashSource('.reveal{}'))
  })
})

describe('applyCsp', () => {
  it('puts the meta right after <meta charset>, before any inline code', () => {
    const out = applyCsp(page(`<script>${THEME_RESTORE_SCRIPT}</script>`))
    const meta = out.indexOf('http-equiv="Content-Security-Policy"')
    expect(meta).toBeGreaterThan(out.indexOf('<meta charset'))
    expect(meta).toBeLessThan(out.indexOf('<script>'))
  })

  it('replaces an earlier policy instead of adding a second one (and does not hash it)', () => {
    const once = applyCsp(page('<script>a()</script>'))
    const twice = applyCsp(once.replace('a()', 'b()'))
    expect(twice.match(/Content-Security-Policy/g)).toHaveLength(1)
    expect(twice).toContain(hashSource('b()'))
    expect(twice).not.toContain(hashSource('a()'))
  })
})

describe('decodeJsString', () => {
  it.each([String.raw`"a\nb\t\"c\" \\ \x41\u00e9\u{1F600} \'"`, '`tpl\n\\`x\\` \\${a}`', '"line\\\ncontinued"', '"plain"'])(
    'decodes %s like JavaScript',
    (literal) => {
      expect(decodeJsString(literal)).toBe(vm.runInNewContext(literal))
    },
  )
})

describe('the installed reveal.js', () => {
  it('speaker view: one inline script and one style, hashed from the notes plugin', () => {
    const code = speakerViewCode(revealFile('plugin/notes.mjs'))
    expect(code.scripts).toHaveLength(1)
    expect(code.styles).toHaveLength(1)
    expect(code.scripts[0]).toContain('reveal-notes')
    // The UMD build writes the same page.
    expect(speakerViewCode(revealFile('plugin/notes.js'))).toEqual(code)
  })

  it('speaker view: a notes plugin without the page fails loudly', () => {
    expect(() => speakerViewCode('export default {}')).toThrow(/speaker view/)
  })

  it('print view: the style templates match reveal.js’s own', () => {
    const reveal = revealFile('reveal.mjs')
    const [page, media] = printViewStyles({ width: 1280, height: 720, margin: 0.04 })
    expect(page).toBe('@page{size:1331px 748px; margin: 0px;}')
    expect(media).toBe('.reveal section>img, .reveal section>video, .reveal section>iframe{max-width: 1280px; max-height:720px}')
    for (const fragment of [
      '"@page{size:" + ',
      ' + "px " + ',
      ' + "px; margin: 0px;}"',
      '".reveal section>img, .reveal section>video, .reveal section>iframe{max-width: " + ',
      ' + "px; max-height:" + ',
    ]) {
      expect(reveal).toContain(fragment)
    }
  })
})
