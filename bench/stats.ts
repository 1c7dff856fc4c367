/** The finite numbers among values (a load that never reached a mark has null there). */
const present = (values: readonly (number | null | undefined)[]): number[] =>
  values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v))

/** Median of the numbers present; undefined when there are none. */
export function median(values: readonly (number | null | undefined)[]): number | undefined {
  const xs = present(values).sort((a, b) => a - b)
  if (!xs.length) return undefined
  const mid = xs.length >> 1
  return xs.length % 2 ? xs[mid]! : (xs[mid - 1]! + xs[mid]!) / 2
}

export const ms = (v: number | undefined): string => (v === undefined ? 'n/a' : `${Math.round(v)} ms`)
export const kb = (bytes: number | undefined): string => (bytes === undefined ? 'n/a' : `${(bytes / 1024).toFixed(1)} KB`)
export const mb = (bytes: number | undefined): string => (bytes === undefined ? 'n/a' : `${(bytes / 1024 / 1024).toFixed(2)} MB`)

/** A plain-text table: the first row is the header, columns padded to their widest cell. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)))
  const line = (r: readonly string[]) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('   ')
  return [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('   '), ...rows.slice(1).map(line)].join('\n')
}

/**
 * A 95 % percentile-bootstrap interval for median(a) / median(b), each side resampled on its own.
 * Why: one cold load on these shared machines can land a quarter or more from the median, so
 * the median of 7 moves by several per cent, and a ratio read against a target (0.2× and the
 * like) needs its spread beside it.
 * Seeded (mulberry32): the same loads always give the same interval. Undefined without data.
 */
export function ratioInterval(
  a: readonly (number | null | undefined)[],
  b: readonly (number | null | undefined)[],
  { resamples = 2000, seed = 1 }: { resamples?: number; seed?: number } = {},
): [low: number, high: number] | undefined {
  const [xs, ys] = [present(a), present(b)]
  if (!xs.length || !ys.length) return undefined
  let state = seed >>> 0
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const resample = (v: number[]) => median(v.map(() => v[Math.floor(random() * v.length)]!))!
  const ratios: number[] = []
  for (let i = 0; i < resamples; i++) {
    const denominator = resample(ys)
    if (denominator > 0) ratios.push(resample(xs) / denominator)
  }
  if (!ratios.length) return undefined
  ratios.sort((p, q) => p - q)
  const at = (q: number) => ratios[Math.min(ratios.length - 1, Math.max(0, Math.round(q * (ratios.length - 1))))]!
  return [at(0.025), at(0.975)]
}
