/**
 * The page with every non-ASCII character written as a numeric character reference (’ as
 * `&#x2019;`), which any HTML parser turns back into the same character.
 *
 * Why: Chromium decodes a document that is all ASCII into 8-bit strings and tokenizes it on its
 * 8-bit path; a single curly quote makes it decode, tokenize and keep the whole page as 16-bit
 * text. The slides' typography (quotes, dashes, the part dots) is a few hundred characters of a
 * 160 KB page, so writing them as references costs about 1 KB and makes the whole parse cheaper.
 * The deck's JavaScript is written as ASCII by the bundler for the same reason (vite.config.ts).
 *
 * The contents of `<script>` and `<style>` are raw text, where a reference is not decoded: they
 * are left as they are (the build's own are ASCII; the Content-Security-Policy hashes them).
 */

/** An HTML `<script>` or `<style>` element, its raw-text content in group 3. */
const RAW_TEXT = /(<(script|style)(?=[\s/>])[^>]*>)([\s\S]*?)(<\/\2\s*>)/gi
const NON_ASCII = /\P{ASCII}/gu

const reference = (char: string) => `&#x${char.codePointAt(0)!.toString(16).toUpperCase()};`
const escapeText = (text: string) => text.replace(NON_ASCII, reference)

export function asciiHtml(html: string): string {
  let out = ''
  let from = 0
  for (const m of html.matchAll(RAW_TEXT)) {
    out += escapeText(html.slice(from, m.index)) + m[0]
    from = m.index + m[0].length
  }
  return out + escapeText(html.slice(from))
}
