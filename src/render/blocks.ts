import type { Block, Citation } from '../model.ts'
import { DeckError, type Where } from '../errors.ts'
import type { RenderContext } from './context.ts'
import { diagramId, portraitKey, renderDiagramPlaceholder } from './diagram.ts'
import { blockPath } from './block-path.ts'
import { escapeAttr, escapeHtml } from './escape.ts'
import { renderInline } from './inline.ts'
import { renderMath } from './math.ts'

const field = (at: Where, name: string): Where => ({ ...at, field: `${at.field}.${name}` })

/** Render one block. `counter` numbers diagrams within the slide; `layout` changes how citations show. */
export function renderBlock(block: Block<string>, ctx: RenderContext, at: Where, layout: string, counter: { diagrams: number }): string {
  return markBlock(renderBlockHtml(block, ctx, at, layout, counter), at.field)
}

/**
 * The block's place in the slide module on its outermost element, so a problem found in the page
 * (the build's overflow check, src/compile/measure-overflow.ts) names the field: data-block="2" is
 * blocks[2], "2.0.1" is blocks[2].columns[0][1]. Attribute values are escaped, so the first ">"
 * closes the first tag.
 */
function markBlock(html: string, fieldPath: string): string {
  const path = blockPath(fieldPath)
  return path ? html.replace('>', ` data-block="${path}">`) : html
}

function renderBlockHtml(block: Block<string>, ctx: RenderContext, at: Where, layout: string, counter: { diagrams: number }): string {
  switch (block.kind) {
    case 'text':
      return `<p class="text text-${block.size ?? 'body'}">${renderInline(block.text, ctx, field(at, 'text'))}</p>`
    case 'points': {
      const cls = block.stepwise ? ' class="fragment"' : ''
      const items = block.items.map((item, i) => `<li${cls}>${renderInline(item, ctx, field(at, `items[${i}]`))}</li>`)
      return `<ul class="points">${items.join('')}</ul>`
    }
    case 'quote': {
      const source = ctx.citations[block.source]
      if (!source) throw new DeckError(field(at, 'source'), `unknown citation key "${block.source}"; add it to slides/citations.ts`)
      const page = block.page ? `, ${escapeHtml(block.page)}` : ''
      const via = block.via ? `; ${renderInline(block.via, ctx, field(at, 'via'))}` : ''
      const cite = `<a href="${escapeAttr(ctx.referencesHref(block.source))}">${escapeHtml(source.short)}${page}</a>`
      return (
        `<figure class="quote"><blockquote><p>${escapeHtml(block.text.trim())}</p></blockquote>` +
        `<figcaption>— ${escapeHtml(block.by)}, <span class="cite-marker">${cite}${via}</span></figcaption></figure>`
      )
    }
    case 'math': {
      const math = renderMath(block.tex, block.display ?? true, field(at, 'tex'))
      const caption = block.caption ? `<figcaption>${renderInline(block.caption, ctx, field(at, 'caption'))}</figcaption>` : ''
      return `<figure class="math">${math}${caption}</figure>`
    }
    case 'diagram': {
      const id = diagramId(at.slide, counter.diagrams++)
      for (const [node, target] of Object.entries(block.links ?? {})) {
        if (!ctx.slideIds.has(target)) {
          throw new DeckError(
            field(at, `links.${node}`),
            `links to slide "${target}", which does not exist; use one of the ids in slides/index.ts`,
          )
        }
      }
      const caption = renderInline(block.caption, ctx, field(at, 'caption'))
      return renderDiagramPlaceholder(block, id, caption, ctx.drawnDiagrams.get(id), ctx.drawnDiagrams.get(portraitKey(id)))
    }
    case 'table': {
      // An empty corner cell is a <td>: a header with no text names nothing (axe empty-table-header).
      const head = block.head
        .map((h, i) => (h.trim() ? `<th scope="col">${renderInline(h, ctx, field(at, `head[${i}]`))}</th>` : '<td></td>'))
        .join('')
      const interpreted = new Set(block.interpretedRows ?? [])
      const rows = block.rows.map((row, r) => {
        if (row.length !== block.head.length) {
          throw new DeckError(field(at, `rows[${r}]`), `expected ${block.head.length} cells to match the head, found ${row.length}`)
        }
        const cells = row.map((cell, c) => {
          const html = renderInline(cell, ctx, field(at, `rows[${r}][${c}]`))
          const mark = c === 0 && interpreted.has(r) ? ' <span class="interp-mark" title="Interpretation">interpretation</span>' : ''
          return c === 0 ? `<th scope="row">${html}${mark}</th>` : `<td>${html}</td>`
        })
        return `<tr${interpreted.has(r) ? ' class="is-interpretation"' : ''}>${cells.join('')}</tr>`
      })
      const caption = block.caption ? `<caption>${renderInline(block.caption, ctx, field(at, 'caption'))}</caption>` : ''
      return `<table class="table">${caption}<thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`
    }
    case 'image': {
      const url = ctx.assetUrl(block.asset)
      if (url === undefined) {
        throw new DeckError(
          field(at, 'asset'),
          `image "${block.asset}" was not found; put the file under assets/ and give its path relative to assets/`,
        )
      }
      if (!block.alt.trim())
        throw new DeckError(field(at, 'alt'), 'expected a text alternative describing the image, found an empty string')
      const caption = block.caption ? `<figcaption>${renderInline(block.caption, ctx, field(at, 'caption'))}</figcaption>` : ''
      return `<figure class="image"><img src="${escapeAttr(url)}" alt="${escapeAttr(block.alt)}">${caption}</figure>`
    }
    case 'cite':
      return layout === 'references' ? renderReferenceList(block.keys, ctx, at) : renderCiteLine(block.keys, ctx, at)
    case 'columns': {
      const cols = block.columns.map((blocks, c) =>
        blocks.map((b, i) => renderBlock(b, ctx, field(at, `columns[${c}][${i}]`), layout, counter)).join(''),
      )
      return `<div class="columns">${cols.map((c) => `<div class="column">${c}</div>`).join('')}</div>`
    }
    case 'note':
      return `<p class="note note-${block.tone ?? 'info'}">${renderInline(block.text, ctx, field(at, 'text'))}</p>`
    default: {
      const unhandled: never = block
      throw new DeckError(
        at,
        `unknown block kind ${JSON.stringify((unhandled as { kind?: unknown }).kind)}; expected one of text, points, quote, math, diagram, table, image, cite, columns, note`,
      )
    }
  }
}

function lookup(keys: readonly string[], ctx: RenderContext, at: Where): [string, Citation][] {
  return keys.map((key, i) => {
    const c = ctx.citations[key]
    if (!c) throw new DeckError(field(at, `keys[${i}]`), `unknown citation key "${key}"; add it to slides/citations.ts or fix the spelling`)
    return [key, c]
  })
}

function renderCiteLine(keys: readonly string[], ctx: RenderContext, at: Where): string {
  const links = lookup(keys, ctx, at).map(([key, c]) => `<a href="${escapeAttr(ctx.referencesHref(key))}">${escapeHtml(c.short)}</a>`)
  return `<p class="sources">Sources: ${links.join('; ')}</p>`
}

/** One reference entry: author (year). Title. Venue. */
export function renderReference(key: string, c: Citation): string {
  const title = c.kind === 'book' ? `<cite>${escapeHtml(c.title)}</cite>` : `“${escapeHtml(c.title)}”`
  const url = c.url ? ` <span class="ref-url">${escapeHtml(c.url)}</span>` : ''
  return `<li id="ref-${escapeAttr(key)}">${escapeHtml(c.author)} (${escapeHtml(String(c.year))}). ${title}. ${escapeHtml(c.venue)}.${url}</li>`
}

function renderReferenceList(keys: readonly string[], ctx: RenderContext, at: Where): string {
  return `<ol class="references">${lookup(keys, ctx, at)
    .map(([key, c]) => renderReference(key, c))
    .join('')}</ol>`
}
