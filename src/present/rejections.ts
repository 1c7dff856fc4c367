/**
 * What the present server refuses, by kind. The first rejection of each kind is logged with an
 * example; later ones are only counted, so a flood cannot flood the log too.
 */
export type RejectionKind =
  | 'origin'
  | 'host'
  | 'connection-cap'
  | 'address-cap'
  | 'waiting-cap'
  | 'wrong-path'
  | 'oversize'
  | 'binary'
  | 'malformed'
  | 'no-hello'
  | 'repeated-hello'
  | 'bad-token'
  | 'not-presenter'
  | 'flood'
  | 'traversal'
  | 'not-found'
  | 'method'

export interface Rejections {
  reject(kind: RejectionKind, detail: string): void
  counts(): Partial<Record<RejectionKind, number>>
}

export function createRejections(log: (line: string) => void): Rejections {
  const counts: Partial<Record<RejectionKind, number>> = {}
  return {
    reject(kind, detail) {
      const n = (counts[kind] ?? 0) + 1
      counts[kind] = n
      if (n === 1) log(`present: rejected (${kind}): ${detail}; further "${kind}" rejections are counted, not logged`)
    },
    counts: () => ({ ...counts }),
  }
}
