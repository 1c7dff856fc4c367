import type { Deck, Slide } from '../model.ts'
import { DeckError, type Where } from '../errors.ts'
import { backupProblems } from './backup.ts'
import { renderBlock } from './blocks.ts'
import type { RenderContext } from './context.ts'
import { renderInline } from './inline.ts'
import { refusedDiagramType } from './diagram-types.ts'
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
    if (slide.sources !== undefined) {
      if (typeof slide.sources !== 'string' || !slide.sources.trim()) {
        errors.push(
          new DeckError(
            at('sources'),
            `expected a source note (inline markup), found ${JSON.stringify(slide.sources)}; leave the field out when there is none`,
          ),
        )
      } else collect(errors, () => renderInline(slide.sources!, ctx, at('sources')))
    }
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
    })
    // Fields the renderers do not check, in every block, columns included.
    for (const { block, field } of walkBlocks(slide.blocks)) {
      if (block.kind === 'table') checkTableIndexes(block, at(field), errors)
      if (block.kind === 'diagram') {
        checkDiagramShape(block, at(field), errors)
        if (parseDiagram) {
          pending.push(
            parseDiagram(block.mermaid).then((problem) => {
              if (problem) errors.push(new DeckError(at(`${field}.mermaid`), `mermaid could not parse the diagram: ${problem}`))
            }),
          )
        }
      }
    }
  })
  await Promise.all(pending)
  const order = new Map(deck.slides.map((s, i) => [s.id, i]))
  return errors.sort((a, b) => (order.get(a.where.slide) ?? -1) - (order.get(b.where.slide) ?? -1))
}

type AnyBlock = Slide['blocks'][number]

/** Every block of a slide with its field path, the blocks inside columns after their columns block. */
function* walkBlocks(blocks: readonly AnyBlock[], prefix = 'blocks'): Generator<{ block: AnyBlock; field: string }> {
  for (const [i, block] of blocks.entries()) {
    const field = `${prefix}[${i}]`
    yield { block, field }
    if (block.kind === 'columns') {
      for (const [c, column] of block.columns.entries()) yield* walkBlocks(column, `${field}.columns[${c}]`)
    }
  }
}

/** interpretedRows index the table's rows: each must name a row that exists, once. */
function checkTableIndexes(block: Extract<AnyBlock, { kind: 'table' }>, at: Where, errors: DeckError[]): void {
  const count = block.rows.length
  const seen = new Set<number>()
  for (const [i, row] of (block.interpretedRows ?? []).entries()) {
    const where: Where = { ...at, field: `${at.field}.interpretedRows[${i}]` }
    const range = count ? `a row number from 0 to ${count - 1} (0 is the first row under the head)` : 'no number: the table has no rows'
    if (!Number.isInteger(row) || row < 0 || row >= count) {
      errors.push(
        new DeckError(
          where,
          `row ${JSON.stringify(row)} does not exist: the table has ${count} row${count === 1 ? '' : 's'}; expected ${range}`,
        ),
      )
    } else if (seen.has(row)) errors.push(new DeckError(where, `row ${row} is listed twice; list each interpreted row once`))
    seen.add(row)
  }
}

/** The mermaid diagram type: the first word of the source, after any front matter and comments. */
export function diagramType(source: string): string {
  const body = source.replace(/^\s*---\n[\s\S]*?\n---\s*\n/, '')
  const line = body.split('\n').find((l) => l.trim() && !l.trim().startsWith('%%')) ?? ''
  return line.trim().split(/[\s;]/)[0] ?? ''
}

/** The diagram types whose drawn nodes carry the author's ids, which step reveal and node links need. */
const NODE_ID_TYPES: readonly string[] = ['flowchart', 'graph']

/** As many steps as src/styles/diagrams.css has step rules: a later step would never be hidden. */
const MAX_DIAGRAM_STEPS = 12

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
  const type = diagramType(block.mermaid)
  const refused = refusedDiagramType(type)
  if (refused) {
    errors.push(new DeckError(f('mermaid'), refused))
    return
  }
  if (!NODE_ID_TYPES.includes(type)) {
    const is = `this diagram is a ${type || 'diagram of unknown type'}`
    if (block.steps?.length)
      errors.push(
        new DeckError(
          f('steps'),
          `step reveal works only in flowcharts ("flowchart" or "graph"); ${is}. Remove steps, or draw it as a flowchart`,
        ),
      )
    if (block.links && Object.keys(block.links).length)
      errors.push(
        new DeckError(
          f('links'),
          `node links work only in flowcharts ("flowchart" or "graph"); ${is}. Remove links, or draw it as a flowchart`,
        ),
      )
    return
  }
  if ((block.steps?.length ?? 0) > MAX_DIAGRAM_STEPS)
    errors.push(
      new DeckError(
        f('steps'),
        `expected at most ${MAX_DIAGRAM_STEPS} steps, found ${block.steps!.length}; reveal several nodes per step or split the diagram`,
      ),
    )
  const stepOf = new Map<string, number>()
  for (const [i, step] of (block.steps ?? []).entries()) {
    if (step.length === 0)
      errors.push(new DeckError(f(`steps[${i}]`), 'expected at least one node id: an empty step is a key press that shows nothing'))
    for (const node of step) {
      const earlier = stepOf.get(node)
      if (earlier !== undefined && earlier !== i)
        errors.push(new DeckError(f(`steps[${i}]`), `node "${node}" is already revealed by steps[${earlier}]; list each node in one step`))
      else stepOf.set(node, i)
    }
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
