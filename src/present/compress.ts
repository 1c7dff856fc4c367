import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

export type Encoding = 'br' | 'gzip'

/** Content types worth compressing: text. Fonts (woff2), PNG and WebP are compressed already. */
export const compressible = (type: string): boolean => /^(text\/|application\/(json|xml|manifest\+json)|image\/svg\+xml)/.test(type)

/**
 * A file's brotli and gzip forms, each kept only where it is smaller. Made once, at start, on
 * zlib's thread pool. Brotli at quality 5, not 11: 11 takes some 25 s for this deck's 6 MB on a
 * 2-core machine, 5 about 1.5 s, for a few per cent more bytes (and browsers send `br` only over
 * HTTPS, so phones on the venue's plain-HTTP link take gzip anyway). gzip at 9: cheap at this size.
 */
export async function compressVariants(body: Buffer): Promise<Partial<Record<Encoding, Buffer>>> {
  const [br, gz] = await Promise.all([
    brotli(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 5,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      },
    }),
    gzipAsync(body, { level: 9 }),
  ])
  return { ...(br.length < body.length ? { br } : {}), ...(gz.length < body.length ? { gzip: gz } : {}) }
}

/**
 * The encoding to send, from an Accept-Encoding header (RFC 9110 §12.5.3): the smallest one the
 * client accepts with a non-zero q (brotli before gzip), else the file as it is.
 */
export function chooseEncoding(acceptEncoding: string | undefined, available: readonly Encoding[]): Encoding | 'identity' {
  if (!acceptEncoding) return 'identity'
  const q = new Map<string, number>()
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';')
    const weight = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined)
    q.set(name.trim(), weight === undefined ? 1 : Number(weight))
  }
  const accepts = (e: Encoding) => (q.get(e) ?? q.get('*') ?? 0) > 0
  return (['br', 'gzip'] as const).find((e) => available.includes(e) && accepts(e)) ?? 'identity'
}
