import { describe, expect, it } from 'vitest'
import { externalReferences } from './single-file.ts'

describe('externalReferences', () => {
  it('finds what a page would load: scripts, styles, icons, images, fonts in inline styles', () => {
    const html = [
      '<link rel="stylesheet" href="./assets/index.css">',
      '<link rel="icon" href="favicon.svg" />',
      '<script type="module" src="/assets/boot.js"></script>',
      '<img src=\'https://elsewhere.example.org/x.png\' srcset="a.png 1x, data:image/png;base64,AA 2x">',
      '<style>@font-face{src:url(./f.woff2) format("woff2")}@import "other.css";</style>',
    ].join('\n')
    expect(externalReferences(html)).toEqual([
      './f.woff2',
      'other.css',
      './assets/index.css',
      'favicon.svg',
      '/assets/boot.js',
      'https://elsewhere.example.org/x.png',
      'a.png',
    ])
  })

  it('accepts what is inline, and links a reader may follow', () => {
    const html = [
      '<link rel="icon" href="data:image/svg+xml;base64,PHN2Zy8+">',
      '<script type="module">const s = \'<img src="x.png">\'; import("./chunk.js")</script>',
      '<style>.a{background:url("data:image/gif;base64,R0lGOD")}</style>',
      '<a href="https://example.org/talks/p2p/">the deck online</a>',
      '<a href="#ref-baran1964">Baran 1964</a>',
    ].join('\n')
    expect(externalReferences(html)).toEqual([])
  })
})
