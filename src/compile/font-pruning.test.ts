import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { renderMath } from '../render/math.ts'
import { codePointsOf, keepWoff2Only, parseUnicodeRange, pruneKatexFaces, pruneUnusedSubsets } from './font-pruning.ts'

const katexCss = readFileSync(createRequire(import.meta.url).resolve('katex/dist/katex.min.css'), 'utf8')
const faces = (css: string) => [...css.matchAll(/@font-face\{[^}]*font-family:\s*"?(KaTeX_\w+)/g)].map((m) => m[1])
const at = { slide: 't', field: 'tex' }

describe('font pruning', () => {
  it('keeps only woff2 sources', () => {
    const out = keepWoff2Only(katexCss)
    expect(out).toContain('format("woff2")')
    expect(out).not.toMatch(/\.woff\)|\.ttf\)/)
  })

  it('keeps the KaTeX families a formula uses and drops the rest', () => {
    const html = renderMath('E = \\binom{n}{2} = \\frac{n(n-1)}{2}', true, at)
    const kept = new Set(faces(pruneKatexFaces(katexCss, html)))
    expect(kept).toContain('KaTeX_Main')
    expect(kept).toContain('KaTeX_Math')
    expect(kept).not.toContain('KaTeX_Fraktur')
    expect(kept).not.toContain('KaTeX_Typewriter')
    expect(new Set(faces(katexCss)).size).toBeGreaterThan(kept.size + 5)
  })

  it('adds a family when a formula needs it', () => {
    const plain = new Set(faces(pruneKatexFaces(katexCss, renderMath('x', false, at))))
    const fraktur = new Set(faces(pruneKatexFaces(katexCss, renderMath('\\mathfrak{g}', false, at))))
    expect(plain).not.toContain('KaTeX_Fraktur')
    expect(fraktur).toContain('KaTeX_Fraktur')
  })

  it('drops every KaTeX face from a page without formulas', () => {
    expect(faces(pruneKatexFaces(katexCss, '<p>no math</p>'))).toEqual([])
  })
})

const fontsourceCss = ['400', '400-italic', '600', '700']
  .map((face) => readFileSync(createRequire(import.meta.url).resolve(`@fontsource/source-sans-3/${face}.css`), 'utf8'))
  .join('\n')
const subsets = (css: string) =>
  [...css.matchAll(/@font-face\s*\{[^}]*?source-sans-3-([a-z-]+)-(\d+)-(normal|italic)/g)].map((m) => `${m[1]} ${m[2]} ${m[3]}`)

describe('body font subsets', () => {
  it('reads unicode-range values, wildcards included', () => {
    expect(parseUnicodeRange('U+0-FF, U+131,U+4??')).toEqual([
      [0, 0xff],
      [0x131, 0x131],
      [0x400, 0x4ff],
    ])
    expect(() => parseUnicodeRange('U+0-FF, latin')).toThrow(/latin/)
  })

  it('reads characters and numeric references; a named one it cannot resolve says so', () => {
    const points = codePointsOf('&#x15E;enalp, &#960; and \u0436')!
    expect([0x15e, 960, 0x436, 'e'.codePointAt(0)].every((p) => points.has(p!))).toBe(true)
    expect(points.has(0x3b1)).toBe(false)
    expect(codePointsOf('caf&eacute;')).toBeUndefined()
  })

  it('keeps the Latin faces of every weight for an English deck and drops the other scripts', () => {
    const kept = subsets(pruneUnusedSubsets(fontsourceCss, '<p>Van der Pijl&#x2019;s modes &#x2014; one &#x201C;P2P&#x201D; mode</p>'))
    expect(kept.sort()).toEqual(['latin 400 italic', 'latin 400 normal', 'latin 600 normal', 'latin 700 normal'])
    expect(subsets(fontsourceCss)).toHaveLength(28)
  })

  it('keeps a subset as soon as one character of the text needs it, raw or as a reference', () => {
    expect(subsets(pruneUnusedSubsets(fontsourceCss, '<p>&#x15E;enalp</p>'))).toContain('latin-ext 700 normal')
    expect(subsets(pruneUnusedSubsets(fontsourceCss, '<p>Şenalp</p>'))).toContain('latin-ext 400 italic')
    const greek = subsets(pruneUnusedSubsets(fontsourceCss, 'notes: the word πολιτεία'))
    expect(greek).toContain('greek 600 normal')
    expect(greek).not.toContain('cyrillic 600 normal')
  })

  it('keeps every face when the text holds a named reference it cannot read', () => {
    expect(pruneUnusedSubsets(fontsourceCss, '<p>&Scedil;enalp</p>')).toBe(fontsourceCss)
  })
})
