import katex from 'katex'
import { DeckError, type Where } from '../errors.ts'

/** Render TeX with KaTeX at build time. HTML for layout plus MathML for assistive technology. */
export function renderMath(tex: string, display: boolean, at: Where): string {
  try {
    // A fresh options object per call: sharing one and flipping displayMode leaks between calls.
    return katex.renderToString(tex, { displayMode: display, throwOnError: true, output: 'htmlAndMathml', strict: 'error', trust: false })
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message.replace(/^KaTeX parse error: /, '') : String(cause)
    throw new DeckError(at, `KaTeX could not parse "${tex}": ${reason}`, { cause })
  }
}
