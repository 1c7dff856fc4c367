import type { Citation } from '../model.ts'
import type { InlineContext } from './inline.ts'

/** What rendering needs beyond the slide itself. Built once per deck render. */
export interface RenderContext extends InlineContext {
  citations: Readonly<Record<string, Citation>>
  /** Slide ids that exist: diagram links are checked against them. */
  slideIds: ReadonlySet<string>
  /** Resolves an image asset to its URL, or undefined when the file does not exist. */
  assetUrl: (asset: string) => string | undefined
  /** Drawn SVG per diagram id, where the build captured them. */
  drawnDiagrams: ReadonlyMap<string, string>
  /** The public URL of the deck, where set; the closing slide shows it with a QR code. */
  publicUrl?: string
  /** QR code SVG for the public URL, rendered at build time. */
  qrSvg?: string
}

export function createRenderContext(
  citations: Readonly<Record<string, Citation>>,
  slideIds: ReadonlySet<string>,
  options: Partial<Pick<RenderContext, 'assetUrl' | 'drawnDiagrams' | 'publicUrl' | 'qrSvg' | 'referencesHref'>> = {},
): RenderContext {
  return {
    citations,
    slideIds,
    citationLabel: (key) => citations[key]?.short,
    referencesHref: options.referencesHref ?? ((key) => `#ref-${key}`),
    assetUrl: options.assetUrl ?? (() => undefined),
    drawnDiagrams: options.drawnDiagrams ?? new Map(),
    publicUrl: options.publicUrl,
    qrSvg: options.qrSvg,
  }
}
