/**
 * What the audience's page keeps on the device: its random id (one vote per question per device)
 * and the questions written but not yet acknowledged, so a question written offline is sent when
 * the connection is back, or the page says plainly that it was not sent. Storage is passed in, so
 * this is tested without a browser.
 */

export interface Draft {
  ref: string
  slide: string
  text: string
  name: string
}

type Store = Pick<Storage, 'getItem' | 'setItem'>

const DEVICE_KEY = 'deck-room-device'
const OUTBOX_KEY = 'deck-room-outbox'

/** 128 random bits, URL-safe: not a secret, only a way to count one vote per device. */
export function randomId(bytes = 16): string {
  const a = crypto.getRandomValues(new Uint8Array(bytes))
  return btoa(String.fromCharCode(...a))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '')
}

/** This browser's device id, made once and kept; without storage, one for this page's life. */
export function deviceId(store: Store | undefined): string {
  try {
    const kept = store?.getItem(DEVICE_KEY)
    if (kept && /^[A-Za-z0-9_-]{16,64}$/.test(kept)) return kept
    const id = randomId()
    store?.setItem(DEVICE_KEY, id)
    return id
  } catch {
    return randomId()
  }
}

export interface Outbox {
  list(): Draft[]
  /** Keeps a draft until it is acknowledged; false when this browser cannot keep it. */
  add(draft: Draft): boolean
  remove(ref: string): void
}

export function createOutbox(store: Store | undefined): Outbox {
  let memory: Draft[] = []
  const read = (): Draft[] => {
    try {
      const parsed: unknown = JSON.parse(store?.getItem(OUTBOX_KEY) ?? '[]')
      return Array.isArray(parsed)
        ? parsed.filter(
            (d): d is Draft =>
              typeof d === 'object' &&
              d !== null &&
              ['ref', 'slide', 'text', 'name'].every((k) => typeof (d as Record<string, unknown>)[k] === 'string'),
          )
        : []
    } catch {
      return []
    }
  }
  const write = (drafts: Draft[]): boolean => {
    memory = drafts
    try {
      if (!store) return false
      store.setItem(OUTBOX_KEY, JSON.stringify(drafts))
      return true
    } catch {
      return false
    }
  }
  memory = read()
  return {
    list: () => [...memory],
    add: (draft) => write([...memory.filter((d) => d.ref !== draft.ref), draft]),
    remove: (ref) => void write(memory.filter((d) => d.ref !== ref)),
  }
}
