import { DeckError, type Where } from '../errors.ts'
import { escapeHtml } from './escape.ts'
import { renderMath } from './math.ts'

/**
 * The inline markup: a deliberately small language so that no HTML from a slide module reaches
 * the page. `*emphasis*`, `_Work Title_`, `$tex$`, `[@key]` / `[@a; @b]`; `\` escapes any of
 * the markup characters. Anything else is text and is escaped.
 */
export type InlineNode =
  | { type: 'text'; text: string }
  | { type: 'em'; children: InlineNode[] }
  | { type: 'work'; children: InlineNode[] }
  | { type: 'math'; tex: string }
  | { type: 'cite'; keys: string[] }

const ESCAPABLE = new Set(['*', '_', '$', '[', ']', '\\', '@'])
const KEY = /^[A-Za-z][A-Za-z0-9-]*$/

/** Parse inline markup, throwing a DeckError (with the field) on unknown or unclosed markup. */
export function parseInline(source: string, at: Where): InlineNode[] {
  let i = 0
  // Set when parseUntil stops at its closer, not at the end of the input.
  let closed = false
  const fail = (detail: string): never => {
    throw new DeckError(at, `${detail} (at character ${i + 1} of ${JSON.stringify(source)})`)
  }

  // Parses until `close` (or the end when close is undefined); returns the nodes.
  const parseUntil = (close: '*' | '_' | undefined): InlineNode[] => {
    const nodes: InlineNode[] = []
    let text = ''
    const flush = () => {
      if (text) nodes.push({ type: 'text', text })
      text = ''
    }
    while (i < source.length) {
      const c = source[i]!
      if (c === '\\') {
        const next = source[i + 1]
        if (next === undefined || !ESCAPABLE.has(next)) {
          fail(`unknown escape "\\${next ?? ''}"; a backslash may only precede one of * _ $ [ ] @ \\`)
        }
        text += next
        i += 2
        continue
      }
      if (c === close) {
        flush()
        i++
        closed = true
        return nodes
      }
      if (c === '*' || c === '_') {
        if (source[i + 1] === c) fail(`unknown markup "${c}${c}"; use a single ${c} on each side`)
        if (close !== undefined) fail(`"${c}" inside "${close}…${close}": nesting of emphasis and titles is not supported`)
        flush()
        const start = i
        i++
        const children = parseUntilClosed(c, start)
        if (children.length === 0) fail(`empty "${c}${c}"`)
        nodes.push({ type: c === '*' ? 'em' : 'work', children })
        continue
      }
      if (c === '$') {
        const end = source.indexOf('$', i + 1)
        if (end < 0) fail('"$" opens inline math that is never closed; add the closing "$" or write "\\$" for a dollar sign')
        const tex = source.slice(i + 1, end)
        if (!tex.trim()) fail('empty inline math "$$"')
        flush()
        nodes.push({ type: 'math', tex })
        i = end + 1
        continue
      }
      if (c === '[') {
        if (source[i + 1] !== '@') fail('unknown markup "["; citation markers are written [@key], a literal bracket as \\[')
        const end = source.indexOf(']', i)
        if (end < 0) fail('citation marker "[@" is never closed with "]"')
        const keys = source
          .slice(i + 1, end)
          .split(';')
          .map((k) => k.trim())
        for (const k of keys) {
          if (!k.startsWith('@') || !KEY.test(k.slice(1))) {
            fail(`malformed citation marker "${source.slice(i, end + 1)}"; expected [@key] or [@key1; @key2]`)
          }
        }
        flush()
        nodes.push({ type: 'cite', keys: keys.map((k) => k.slice(1)) })
        i = end + 1
        continue
      }
      if (c === ']') fail('unmatched "]"; write \\] for a literal bracket')
      text += c
      i++
    }
    flush()
    return nodes
  }

  const parseUntilClosed = (c: '*' | '_', start: number): InlineNode[] => {
    closed = false
    const children = parseUntil(c)
    // parseUntil also returns at the end of the input without having seen the closer; an escaped
    // closer just before the end is text, not the closer.
    if (!closed) {
      i = start
      fail(`"${c}" is opened but never closed; close it or write "\\${c}" for a literal ${c === '*' ? 'asterisk' : 'underscore'}`)
    }
    return children
  }

  return parseUntil(undefined)
}

/** What the renderer needs to know to turn citation markers into links. */
export interface InlineContext {
  /** Citation key -> short label; unknown keys are an error naming the field. */
  citationLabel: (key: string) => string | undefined
  /** Fragment the citation links point to, e.g. "#/references". */
  referencesHref: (key: string) => string
}

/**
 * A run this long with no space (a URL, a long compound, a pasted identifier) is no ordinary word:
 * it may break anywhere rather than run off the slide or stretch a table column past the slide's
 * edge. Ordinary words stay whole: breaking every word anywhere would also let a squeezed table
 * column split "Mode" into "Mo-de".
 */
const LONG_RUN = 24
/** After these a URL or an identifier reads best broken; `<wbr>` is offered there first. */
const RUN_JOINTS = /(?<=[/.\-_?&=#:])(?=.)/

/** Escaped text, each long unbroken run in a `<span class="long-run">` that may break. */
function renderText(text: string): string {
  return text
    .split(/(\s+)/)
    .map((part) =>
      part.length >= LONG_RUN && !/\s/.test(part)
        ? `<span class="long-run">${part.split(RUN_JOINTS).map(escapeHtml).join('<wbr>')}</span>`
        : escapeHtml(part),
    )
    .join('')
}

export function renderInlineNodes(nodes: readonly InlineNode[], ctx: InlineContext, at: Where): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'text':
          return renderText(node.text)
        case 'em':
          return `<em>${renderInlineNodes(node.children, ctx, at)}</em>`
        case 'work':
          return `<cite class="work">${renderInlineNodes(node.children, ctx, at)}</cite>`
        case 'math':
          return renderMath(node.tex, false, at)
        case 'cite': {
          const links = node.keys.map((key) => {
            const label = ctx.citationLabel(key)
            if (label === undefined) {
              throw new DeckError(at, `unknown citation key "${key}"; add it to slides/citations.ts or fix the spelling`)
            }
            return `<a href="${escapeHtml(ctx.referencesHref(key))}">${escapeHtml(label)}</a>`
          })
          return `<span class="cite-marker">(${links.join('; ')})</span>`
        }
        default: {
          const unhandled: never = node
          throw new DeckError(at, `unknown inline node ${JSON.stringify(unhandled)}`)
        }
      }
    })
    .join('')
}

/** Parse and render inline markup to safe HTML. */
export function renderInline(source: string, ctx: InlineContext, at: Where): string {
  return renderInlineNodes(parseInline(source, at), ctx, at)
}

/** Plain text of inline markup: markers and math dropped, for word counts and metadata. */
export function inlineToPlainText(source: string, at: Where = { slide: '?', field: '?' }): string {
  const walk = (nodes: readonly InlineNode[]): string =>
    nodes
      .map((n) => (n.type === 'text' ? n.text : n.type === 'em' || n.type === 'work' ? walk(n.children) : n.type === 'math' ? n.tex : ''))
      .join('')
  return walk(parseInline(source, at)).replace(/\s+/g, ' ').trim()
}

/** All citation keys used in a piece of inline markup. */
export function inlineCitationKeys(source: string, at: Where): string[] {
  const keys: string[] = []
  const walk = (nodes: readonly InlineNode[]) => {
    for (const n of nodes) {
      if (n.type === 'cite') keys.push(...n.keys)
      else if (n.type === 'em' || n.type === 'work') walk(n.children)
    }
  }
  walk(parseInline(source, at))
  return keys
}
