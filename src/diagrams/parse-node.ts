/**
 * mermaid.parse in Node 20, for build-time validation. mermaid imports DOMPurify, whose default
 * export without a `window` is a bare factory with no `addHook`; mermaid calls addHook at import
 * and fails ("DOMPurify.addHook is not a function"). Parsing never sanitises, so no-op hooks and an
 * identity sanitize are enough. This only works because package.json pins dompurify to the
 * version mermaid asks for, so npm dedupes it into the very copy mermaid imports.
 */
import DOMPurify from 'dompurify'
import type { DiagramParser } from '../render/validate.ts'
import type MermaidApi from 'mermaid'

type Purifier = { addHook?: unknown; removeHook?: unknown; removeHooks?: unknown; sanitize?: unknown }

let mermaidPromise: Promise<typeof MermaidApi> | undefined

async function loadMermaid() {
  const purifier = DOMPurify as unknown as Purifier
  if (typeof purifier.addHook !== 'function') {
    purifier.addHook = () => {}
    purifier.removeHook = () => {}
    purifier.removeHooks = () => {}
    purifier.sanitize = (s: unknown) => s
  }
  const { default: mermaid } = await import('mermaid')
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' })
  return mermaid
}

/** Parse one diagram's source; resolves to the error message, or undefined when it parses. */
export const parseDiagramInNode: DiagramParser = async (source) => {
  mermaidPromise ??= loadMermaid()
  const mermaid = await mermaidPromise
  try {
    await mermaid.parse(source)
    return undefined
  } catch (e) {
    const message = (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ').trim()
    // jison lists every token it could have accepted; the first few say enough.
    return message.replace(
      /Expecting ((?:'[^']*', ){4})(?:'[^']*', )*'[^']*', got '[^']*'/,
      (_m, first: string) => `expected one of ${first}…`,
    )
  }
}
