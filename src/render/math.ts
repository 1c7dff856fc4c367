import katex from 'katex'
import { DeckError, type Where } from '../errors.ts'

/** Render TeX with KaTeX at build time. HTML for layout plus MathML for assistive technology. */
export function renderMath(tex: string, display: boolean, at: Where): string {
  // KaTeX draws an untrusted command (\href, \url, \includegraphics, \html…) as its name in red
  // instead of throwing; collect them so the build reports them like any other error.
  const refused: string[] = []
  let html: string
  try {
    // A fresh options object per call: sharing one and flipping displayMode leaks between calls.
    html = katex.renderToString(tex, {
      displayMode: display,
      throwOnError: true,
      output: 'htmlAndMathml',
      strict: 'error',
      trust: (context) => {
        refused.push(context.command)
        return false
      },
    })
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message.replace(/^KaTeX parse error: /, '') : String(cause)
    throw new DeckError(at, `KaTeX could not parse "${tex}": ${reason}`, { cause })
  }
  if (refused.length) {
    const commands = [...new Set(refused)].join(', ')
    throw new DeckError(at, `${commands} is not allowed in a formula (no links, images or HTML inside math), found in "${tex}"`)
  }
  return html
}
