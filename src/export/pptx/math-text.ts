import katex from 'katex'

/** A piece of a formula as text: letters in italics, exponents and indices raised or lowered. */
export interface MathPiece {
  text: string
  italic: boolean
  script?: 'sup' | 'sub'
}

interface MathNode {
  tag: string
  attrs: string
  children: (MathNode | string)[]
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'", '#39': "'" }
const decode = (s: string) => s.replace(/&(#x?[0-9a-f]+|\w+);/gi, (m, e: string) => ENTITIES[e] ?? m)

/** KaTeX's MathML as a tree: its output is well-formed and small, so a tag tokenizer suffices. */
function parseMathMl(xml: string): MathNode {
  const root: MathNode = { tag: '#root', attrs: '', children: [] }
  const stack = [root]
  for (const m of xml.matchAll(/<(\/?)([a-zA-Z]+)([^>]*?)(\/?)>|([^<]+)/g)) {
    const top = stack[stack.length - 1]!
    if (m[5] !== undefined) top.children.push(decode(m[5]))
    else if (m[1]) stack.pop()
    else {
      const node: MathNode = { tag: m[2]!, attrs: m[3]!, children: [] }
      top.children.push(node)
      if (!m[4]) stack.push(node)
    }
  }
  return root
}

/** Operators that read better with a space either side, as TeX sets them. */
const SPACED = new Set(['=', '≈', '×', '<', '>', '≤', '≥', '+', '−', '→', '⇒', '≠'])

/**
 * An inline formula as editable text (PowerPoint has no inline pictures in a line of text): KaTeX's
 * MathML read back into letters, numbers and operators, with super- and subscripts as such.
 */
export function mathToText(tex: string): MathPiece[] {
  const pieces: MathPiece[] = []
  const text = (n: MathNode | string): string => (typeof n === 'string' ? n : n.children.map(text).join(''))
  const walk = (n: MathNode | string, script?: 'sup' | 'sub'): void => {
    if (typeof n === 'string') return
    const add = (t: string, italic: boolean) => t && pieces.push({ text: t, italic, ...(script ? { script } : {}) })
    switch (n.tag) {
      case 'annotation':
        return
      case 'mi': {
        const t = text(n)
        // A single letter is a variable (italic); a name such as "log" is upright and spaced.
        if (t.length === 1) add(t, !/mathvariant="normal"/.test(n.attrs))
        else add(`${pieces.length ? ' ' : ''}${t} `, false)
        return
      }
      case 'mo': {
        const t = text(n).replace(/\u2061/g, '')
        add(SPACED.has(t) && pieces.length ? ` ${t} ` : SPACED.has(t) ? `${t} ` : t, false)
        return
      }
      case 'mn':
      case 'mtext':
        add(text(n), false)
        return
      case 'mspace':
        add(' ', false)
        return
      case 'msup':
      case 'msub':
      case 'msubsup': {
        const [base, first, second] = n.children
        if (base) walk(base, script)
        if (first) walk(first, n.tag === 'msup' ? 'sup' : 'sub')
        if (second) walk(second, 'sup')
        return
      }
      case 'mfrac': {
        const [num, den] = n.children
        const group = (x: MathNode | string | undefined) => {
          const simple = typeof x !== 'string' && x !== undefined && x.tag !== 'mrow'
          if (!simple) add('(', false)
          if (x) walk(x, script)
          if (!simple) add(')', false)
        }
        group(num)
        add('/', false)
        group(den)
        return
      }
      case 'msqrt':
        add('√(', false)
        n.children.forEach((c) => walk(c, script))
        add(')', false)
        return
      default:
        n.children.forEach((c) => walk(c, script))
    }
  }
  walk(parseMathMl(katex.renderToString(tex, { output: 'mathml', throwOnError: true })))
  // Neighbours in one style read as one piece.
  const merged: MathPiece[] = []
  for (const p of pieces) {
    const last = merged[merged.length - 1]
    if (last && last.italic === p.italic && last.script === p.script) last.text += p.text
    else merged.push({ ...p })
  }
  if (merged.length) merged[merged.length - 1]!.text = merged[merged.length - 1]!.text.trimEnd()
  return merged.filter((p) => p.text)
}
