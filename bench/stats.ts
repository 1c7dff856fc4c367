/** Median of the numbers present; undefined when there are none. */
export function median(values: readonly (number | null | undefined)[]): number | undefined {
  const xs = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b)
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
