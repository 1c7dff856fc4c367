import type { Deck, Slide } from '../model.ts'
import { DeckError, type Where } from '../errors.ts'
import { backupProblems } from './backup.ts'
import { renderBlock } from './blocks.ts'
import type { RenderContext } from './context.ts'
import { renderInline } from './inline.ts'
import { renderNotes } from './notes.ts'

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Checks one diagram's mermaid source; resolves to an error message, or undefined when valid. */
export type DiagramParser = (source: string) => Promise<string | undefined>

function collect(errors: DeckError[], run: () => void): void {
  try {
    run()
  } catch (e) {
    if (e instanceof DeckError) errors.push(e)
    else throw e
  }
}

/**
 * Every problem in the deck, in slide order. Each field is checked on its own, so one slide
 * with three mistakes reports three errors. Render errors (markup, KaTeX, citations, assets,
 * links) come from rendering each field with the real renderers.
 */
export async function validateDeck(deck: Deck, ctx: RenderContext, parseDiagram?: DiagramParser): Promise<DeckError[]> {
  const errors: DeckError[] = []
  const seen = new Map<string, number>()
  const partIds = new Set(deck.parts.map((p) => p.id))
  const pending: Promise<void>[] = []

  deck.slides.forEach((slide, index) => {
    const id = typeof slide.id === 'string' && slide.id ? slide.id : `#${index + 1}`
    const at = (field: string): Where => ({ slide: id, field, index })
    if (!KEBAB.test(slide.id ?? '')) {
      errors.push(new DeckError(at('id'), `expected a kebab-case id such as "global-governance", found ${JSON.stringify(slide.id)}`))
    }
    const earlier = seen.get(slide.id)
    if (earlier !== undefined) {
      errors.push(
        new DeckError(
          at('id'),
          `duplicate id: slide ${earlier + 1} already uses "${slide.id}"; ids must be unique because links and #/${slide.id} use them`,
        ),
      )
    } else seen.set(slide.id, index)
    if (typeof slide.title !== 'string' || !slide.title.trim()) {
      errors.push(new DeckError(at('title'), 'expected a title that states the point, found an empty string'))
    } else collect(errors, () => renderInline(slide.title, ctx, at('title')))
    if (slide.subtitle !== undefined) collect(errors, () => renderInline(slide.subtitle!, ctx, at('subtitle')))
    collect(errors, () => renderNotes(typeof slide.notes === 'string' ? slide.notes : '', at('notes')))
    if (typeof slide.timing !== 'number' || !Number.isFinite(slide.timing) || slide.timing <= 0) {
      errors.push(new DeckError(at('timing'), `expected a positive number of seconds, found ${JSON.stringify(slide.timing)}`))
    }
    for (const p of backupProblems(slide)) errors.push(new DeckError(at(p.field), p.detail))
    if (!partIds.has(slide.part)) {
      errors.push(new DeckError(at('part'), `unknown part "${slide.part}"; expected one of ${[...partIds].join(', ')}`))
    }
    const counter = { diagrams: 0 }
    slide.blocks.forEach((block, b) => {
      collect(errors, () => renderBlock(block, ctx, at(`blocks[${b}]`), slide.layout ?? 'content', counter))
      if (block.kind === 'diagram') {
        checkDiagramShape(block, at(`blocks[${b}]`), errors)
        if (parseDiagram) {
          pending.push(
            parseDiagram(block.mermaid).then((problem) => {
              if (problem) errors.push(new DeckError(at(`blocks[${b}].mermaid`), `mermaid could not parse the diagram: ${problem}`))
            }),
          )
        }
      }
    })
  })
  await Promise.all(pending)
  const order = new Map(deck.slides.map((s, i) => [s.id, i]))
  return errors.sort((a, b) => (order.get(a.where.slide) ?? -1) - (order.get(b.where.slide) ?? -1))
}

/** Fields of a diagram block that mermaid does not check: accessible text, step and link node ids. */
function checkDiagramShape(block: Extract<Slide['blocks'][number], { kind: 'diagram' }>, at: Where, errors: DeckError[]): void {
  const f = (name: string): Where => ({ ...at, field: `${at.field}.${name}` })
  if (!block.accTitle?.trim()) errors.push(new DeckError(f('accTitle'), 'expected a short accessible title, found an empty string'))
  if (!block.accDescr?.trim())
    errors.push(new DeckError(f('accDescr'), 'expected a text alternative describing the diagram, found an empty string'))
  if (/^\s*(click|accTitle|accDescr)\b/m.test(block.mermaid)) {
    errors.push(
      new DeckError(f('mermaid'), 'found a click/accTitle/accDescr line; use the block fields links, accTitle and accDescr instead'),
    )
  }
  const nodeIds = new Set([...block.mermaid.matchAll(/(?:^|[\s;>-])([A-Za-z][\w]*)\s*(?:[[({>]|$)/gm)].map((m) => m[1]!))
  const mentions = (node: string) => nodeIds.has(node) || new RegExp(`(^|[^\\w])${node}([^\\w]|$)`, 'm').test(block.mermaid)
  for (const [i, step] of (block.steps ?? []).entries()) {
    for (const node of step) {
      if (!mentions(node)) errors.push(new DeckError(f(`steps[${i}]`), `node "${node}" does not occur in the mermaid source`))
    }
  }
  for (const node of Object.keys(block.links ?? {})) {
    if (!mentions(node)) errors.push(new DeckError(f(`links.${node}`), `node "${node}" does not occur in the mermaid source`))
  }
}
