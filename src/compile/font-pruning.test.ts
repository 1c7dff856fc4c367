import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { renderMath } from '../render/math.ts'
import { keepWoff2Only, pruneKatexFaces } from './font-pruning.ts'

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
