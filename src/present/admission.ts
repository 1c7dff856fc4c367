/**
 * Who may hold a follow connection. Admission is decided at hello, when the token is known: a
 * token holder always gets in, beyond every bound, so no audience can lock the presenter out. The
 * audience is capped in all and per address. Before hello a connection waits in a small room of
 * its own, bounded too, and one that must make space there is the oldest of the address holding
 * the most places: a script that opens sockets and never says hello only pushes out its own.
 */

export interface AdmissionLimits {
  /** Audience connections at once (--max-connections). */
  audience: number
  /** Audience connections from one address (an IPv6 /64 counts as one). */
  perAddress: number
  /** Connections that have not said hello yet. */
  waiting: number
}

export type Verdict = { ok: true } | { ok: false; full: 'room' | 'address' }

export interface Admission<C> {
  /** A new connection, before its hello. Returns the one to close to make space, if any. */
  arrive(connection: C, address: string): C | undefined
  /** Its hello: a token holder always gets in; the audience within the caps. */
  admit(connection: C, tokenHolder: boolean): Verdict
  /** Closed, whenever: gives back its place. */
  leave(connection: C): void
  counts(): { waiting: number; audience: number }
}

/**
 * The unit one client is counted by: an IPv4 address, or an IPv6 /64 (one home or phone network
 * gets a whole /64, and a device picks new addresses inside it at will).
 */
export function addressKey(remote: string | undefined): string {
  if (!remote) return 'unknown'
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(remote)
  if (mapped) return mapped[1]!
  if (!remote.includes(':')) return remote
  const [head = '', tail] = remote.toLowerCase().split('%')[0]!.split('::')
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  const groups = tail === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right]
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`
}

export function createAdmission<C>(limits: AdmissionLimits): Admission<C> {
  /** Waiting connections by address, oldest first (a Set keeps insertion order). */
  const waitingBy = new Map<string, Set<C>>()
  const addressOf = new Map<C, string>()
  const audienceBy = new Map<string, number>()
  const audience = new Set<C>()
  let waiting = 0

  const unwait = (connection: C, address: string): boolean => {
    const set = waitingBy.get(address)
    if (!set?.delete(connection)) return false
    if (set.size === 0) waitingBy.delete(address)
    waiting--
    return true
  }

  return {
    arrive(connection, address) {
      let evicted: C | undefined
      if (waiting >= limits.waiting) {
        let most: Set<C> | undefined
        for (const set of waitingBy.values()) if (!most || set.size > most.size) most = set
        evicted = most?.values().next().value
        if (evicted !== undefined) unwait(evicted, addressOf.get(evicted)!)
      }
      addressOf.set(connection, address)
      const set = waitingBy.get(address) ?? new Set<C>()
      waitingBy.set(address, set.add(connection))
      waiting++
      return evicted
    },
    admit(connection, tokenHolder) {
      const address = addressOf.get(connection) ?? 'unknown'
      unwait(connection, address)
      if (tokenHolder) return { ok: true }
      if (audience.size >= limits.audience) return { ok: false, full: 'room' }
      const here = audienceBy.get(address) ?? 0
      if (here >= limits.perAddress) return { ok: false, full: 'address' }
      audience.add(connection)
      audienceBy.set(address, here + 1)
      return { ok: true }
    },
    leave(connection) {
      const address = addressOf.get(connection)
      if (address === undefined) return
      addressOf.delete(connection)
      unwait(connection, address)
      if (audience.delete(connection)) {
        const left = (audienceBy.get(address) ?? 1) - 1
        if (left > 0) audienceBy.set(address, left)
        else audienceBy.delete(address)
      }
    },
    counts: () => ({ waiting, audience: audience.size }),
  }
}
