/**
 * The deck's Content-Security-Policy, as a `<meta http-equiv>` tag computed from the final HTML.
 * Pure: strings in, strings out (hashing aside), so the Vite plugin, the tests and the README
 * all read the same policy. What each relaxation is for is written next to it below and in the
 * README ("Content Security Policy").
 */
import { createHash } from 'node:crypto'

/** A CSP hash source for an inline script or style: `'sha256-<base64>'` of its exact text. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
}

/** The text inside every inline `<script>` (no `src`) and every `<style>` of an HTML page, in order. */
export function inlineCode(html: string): { scripts: string[]; styles: string[] } {
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)]
    .filter((m) => !/\bsrc\s*=/i.test(m[1]!))
    .map((m) => m[2]!)
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)].map((m) => m[1]!)
  return { scripts, styles }
}

/**
 * The inline code reveal.js's speaker view writes into its `about:blank` popup, which inherits the
 * deck's policy: read from the notes plugin's source (the `document.write("…")` string literal),
 * so the hashes follow the installed reveal.js version. Throws when the literal is not found, so a
 * reveal.js upgrade that changes it fails the build instead of a speaker view stuck at "Loading".
 */
export function speakerViewCode(notesPluginSource: string): { scripts: string[]; styles: string[] } {
  const literal = /\.document\.write\(\s*("(?:[^"\\]|\\[\s\S])*"|`(?:[^`\\$]|\\[\s\S]|\$(?!\{))*`)\s*\)/.exec(notesPluginSource)?.[1]
  if (!literal)
    throw new Error('reveal.js notes plugin: the speaker view page (document.write("…")) was not found; the CSP cannot allow it')
  return inlineCode(decodeJsString(literal))
}

/** Decode a JavaScript string literal: double-quoted, or a template without substitutions (no evaluation). */
export function decodeJsString(literal: string): string {
  const SIMPLE: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' }
  return literal.slice(1, -1).replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|\r\n|[\s\S])/g, (_, e: string) => {
    if (e.startsWith('u{')) return String.fromCodePoint(parseInt(e.slice(2, -1), 16))
    if (/^[ux][0-9a-fA-F]/.test(e)) return String.fromCharCode(parseInt(e.slice(1), 16))
    if (e === '\n' || e === '\r' || e === '\r\n' || e === '\u2028' || e === '\u2029') return '' // line continuation
    return SIMPLE[e] ?? e
  })
}

/**
 * The two `<style>` elements reveal.js's print view (`?print-pdf`) adds to the page, for a slide
 * size given in pixels (reveal.js js/controllers/printview.js: the page is the slide plus its
 * margin, floored). A unit test checks these templates against the installed reveal.js.
 */
export function printViewStyles(size: { width: number; height: number; margin: number }): string[] {
  const pageWidth = Math.floor(size.width * (1 + size.margin))
  const pageHeight = Math.floor(size.height * (1 + size.margin))
  return [
    `@page{size:${pageWidth}px ${pageHeight}px; margin: 0px;}`,
    `.reveal section>img, .reveal section>video, .reveal section>iframe{max-width: ${size.width}px; max-height:${size.height}px}`,
  ]
}

export interface CspOptions {
  /** Inline scripts the page will run that are not in its HTML (the speaker view's). */
  extraScripts?: readonly string[]
  /** Inline `<style>` elements added at run time (print view, speaker view). */
  extraStyles?: readonly string[]
  /**
   * mermaid draws the diagrams in the browser (a build with DECK_CAPTURE=0, or where no browser
   * was found): it injects `<style>` elements with per-diagram content no hash can predict.
   * @default false
   */
  runtimeDiagrams?: boolean
}

/** The policy for a built page: directive name -> sources. */
export function cspDirectives(html: string, options: CspOptions = {}): [string, string[]][] {
  const found = inlineCode(html)
  const hashes = (list: readonly string[]) => [...new Set(list.map(hashSource))].sort()
  const scriptHashes = hashes([...found.scripts, ...(options.extraScripts ?? [])])
  const styleHashes = hashes([...found.styles, ...(options.extraStyles ?? [])])
  return [
    ['default-src', ["'self'"]],
    // Inline scripts by hash only: the theme restore, the speaker view, the single file's bundle.
    ['script-src', ["'self'", ...scriptHashes]],
    // A hash in style-src would disable 'unsafe-inline', so mermaid drawing at run time gets
    // 'unsafe-inline' alone; otherwise every inline <style> is listed by hash.
    ['style-src', options.runtimeDiagrams ? ["'self'", "'unsafe-inline'"] : ["'self'", ...styleHashes]],
    // style="" attributes: KaTeX's glyph metrics, mermaid's classDef styles, the speaker view's
    // and the search box's markup. They cannot run script or load anything img-src forbids.
    ['style-src-attr', ["'unsafe-inline'"]],
    // reveal.js's stylesheet draws its overlay icons and spinner as data: images; the single
    // file inlines the favicon and every image the same way.
    ['img-src', ["'self'", 'data:']],
    // The single file inlines its fonts as data: URLs.
    ['font-src', ["'self'", 'data:']],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
  ]
}

/** The policy as the header/meta value. */
export function cspPolicy(html: string, options: CspOptions = {}): string {
  return cspDirectives(html, options)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ')
}

const META = /\s*<meta http-equiv="Content-Security-Policy"[^>]*>/i

/**
 * The page with its policy: any earlier policy meta removed, the new one inserted right after
 * `<meta charset>` (a meta policy only governs what comes after it, and charset must stay first).
 */
export function applyCsp(html: string, options: CspOptions = {}): string {
  const bare = html.replace(META, '')
  const meta = `<meta http-equiv="Content-Security-Policy" content="${cspPolicy(bare, options)}" />`
  const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(bare)
  if (charset) {
    const at = charset.index + charset[0].length
    return `${bare.slice(0, at)}\n    ${meta}${bare.slice(at)}`
  }
  const head = /<head[^>]*>/i.exec(bare)
  if (!head) throw new Error('the page has no <head>; the Content-Security-Policy has nowhere to go')
  const at = head.index + head[0].length
  return `${bare.slice(0, at)}\n    ${meta}${bare.slice(at)}`
}
