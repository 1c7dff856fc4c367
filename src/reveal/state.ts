/**
 * `<html data-deck-state>`: `loading`, then `ready` once every awaited task has settled, or `error`
 * with the reason in `data-deck-error`. Tests and the PDF exporter wait for this attribute, never
 * for a fixed time. Tasks are registered synchronously, before any can finish, so readiness cannot
 * be declared while a task that was about to start is still missing.
 */
export type DeckStateName = 'loading' | 'ready' | 'error'

export interface DeckState {
  /** Wait for a task; a rejection turns the state to `error` with the task's label. */
  track(label: string, task: Promise<unknown>): void
  /** Reserve a task now, settle it later (for work that starts after an event). */
  expect(label: string): { done(): void; fail(reason: unknown): void }
  /** Everything registered so far is done, and no more tasks will come from the caller. */
  seal(): void
  fail(label: string, reason: unknown): void
  readonly value: DeckStateName
}

export function createDeckState(root: HTMLElement = document.documentElement): DeckState {
  let open = 0
  let sealed = false
  let value: DeckStateName = 'loading'
  root.dataset.deckState = 'loading'

  const settle = () => {
    if (value === 'loading' && sealed && open === 0) {
      value = 'ready'
      root.dataset.deckState = 'ready'
      root.dispatchEvent(new CustomEvent('deck:ready'))
    }
  }
  const fail = (label: string, reason: unknown) => {
    const detail = reason instanceof Error ? reason.message : String(reason)
    value = 'error'
    root.dataset.deckState = 'error'
    root.dataset.deckError = `${label}: ${detail}`
    console.error(`[deck] ${label}:`, reason)
  }
  const expect = (label: string) => {
    open++
    let settled = false
    return {
      done() {
        if (settled) return
        settled = true
        open--
        settle()
      },
      fail(reason: unknown) {
        if (settled) return
        settled = true
        open--
        fail(label, reason)
      },
    }
  }
  return {
    track(label, task) {
      const t = expect(label)
      task.then(
        () => t.done(),
        (e) => t.fail(e),
      )
    },
    expect,
    seal() {
      sealed = true
      settle()
    },
    fail,
    get value() {
      return value
    },
  }
}
