/**
 * The presenter's view of the room, as a render function over any Document: the speaker view's
 * window uses it, and so can the phone remote. Two parts, placed where the host likes:
 * `current` (the current slide's signal counts and questions) and `queue` (every question by
 * votes, with approve, hide, answered, pin and go to slide). Text is set with textContent only.
 */
import {
  SIGNAL_KINDS,
  countsLine,
  type ModerationAction,
  type QuestionState,
  type QueueQuestion,
  type SignalCounts,
} from '../../present/room-protocol.ts'

export interface RoomPanelState {
  moderated: boolean
  /** The queue's first questions (waiting ones first, then by votes), of `total`. */
  questions: readonly QueueQuestion[]
  total: number
  signals: ReadonlyMap<string, SignalCounts>
  /** The slide the presenter is on. */
  slide: string | undefined
  titles: ReadonlyMap<string, string>
  /** Where R returns to now, if anywhere (after "go to slide"). */
  returnTo: string | undefined
}

export interface RoomPanelActions {
  moderate(action: ModerationAction, question: number): void
  goTo(slide: string): void
}

export interface RoomPanel {
  current: HTMLElement
  queue: HTMLElement
  update(state: RoomPanelState): void
  /** A short line for screen readers and the eye: what was just done. */
  announce(text: string): void
}

const STATE_WORDS: Readonly<Record<QuestionState, string>> = {
  pending: 'waiting for approval',
  shown: 'shown',
  hidden: 'hidden',
  answered: 'answered',
}

export const ROOM_PANEL_CSS = `
.room-panel { padding: 10px 16px; border-bottom: 1px solid rgba(200, 200, 200, 0.5); font-size: 16px; line-height: 1.35; }
.room-panel h4 { margin: 0 0 6px; font-size: 0.66em; font-weight: normal; text-transform: uppercase; color: #555; }
.room-panel .room-counts { margin: 0 0 4px; font-size: 1.15em; font-weight: 600; }
.room-panel ol, .room-panel ul { list-style: none; margin: 0; padding: 0; }
.room-panel li { padding: 6px 0; border-top: 1px solid #e3e6ea; }
.room-panel .room-text { margin: 0 0 3px; overflow-wrap: anywhere; }
.room-panel .room-meta { margin: 0 0 4px; font-size: 0.85em; color: #555; }
.room-panel li[data-state='pending'] { background: #fff8e0; }
.room-panel li[data-state='hidden'] .room-text { color: #777; text-decoration: line-through; }
.room-panel li[data-pinned='true'] { border-left: 4px solid #1f5f99; padding-left: 6px; }
.room-panel button { font: inherit; font-size: 0.85em; margin: 0 4px 2px 0; padding: 3px 9px; min-height: 30px; border: 1px solid #8a939e; border-radius: 4px; background: #f4f6f8; color: #1b1f24; cursor: pointer; }
.room-panel button:focus-visible { outline: 3px solid #1f5f99; outline-offset: 1px; }
.room-panel .room-status { min-height: 1.2em; margin: 4px 0 0; font-size: 0.85em; color: #1f5f99; }
`

export function createRoomPanel(doc: Document, actions: RoomPanelActions): RoomPanel {
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text = ''): HTMLElementTagNameMap[K] => {
    const e = doc.createElement(tag)
    if (className) e.className = className
    if (text) e.textContent = text
    return e
  }
  // The speaker view sends every key to its slide preview (a space would move the talk): keys
  // pressed on the panel's own buttons stay in the panel.
  const keepKeys = (root: HTMLElement) => root.addEventListener('keydown', (e) => e.stopPropagation())

  const current = el('section', 'room-panel room-current')
  current.setAttribute('aria-label', 'The room on this slide')
  const currentHead = el('h4', '', 'The room on this slide')
  const counts = el('p', 'room-counts')
  const currentList = el('ul')
  current.append(currentHead, counts, currentList)

  const queue = el('section', 'room-panel room-queue')
  queue.setAttribute('aria-label', 'Questions from the room')
  const queueHead = el('h4', '', 'Questions')
  const status = el('p', 'room-status')
  status.setAttribute('role', 'status')
  status.setAttribute('aria-live', 'polite')
  const queueList = el('ol')
  const more = el('p', 'room-meta')
  queue.append(queueHead, status, queueList, more)
  keepKeys(current)
  keepKeys(queue)

  const button = (label: string, name: string, question: QueueQuestion, run: () => void) => {
    const b = el('button', '', label)
    b.type = 'button'
    b.dataset.action = name
    b.setAttribute('aria-label', `${label}: ${question.text.slice(0, 60)}`)
    b.addEventListener('click', run)
    return b
  }

  const item = (q: QueueQuestion, state: RoomPanelState, withActions: boolean) => {
    const li = el('li')
    li.dataset.question = String(q.id)
    li.dataset.state = q.state
    li.dataset.pinned = String(q.pinned)
    li.append(el('p', 'room-text', q.text))
    const who = q.name ? `${q.name} · ` : ''
    const title = state.titles.get(q.slide) ?? q.slide
    const votes = `${q.votes} vote${q.votes === 1 ? '' : 's'}`
    const meta = el('p', 'room-meta', `${who}${title} · ${votes} · ${STATE_WORDS[q.state]}${q.pinned ? ' · pinned' : ''}`)
    li.append(meta)
    if (!withActions) return li
    const act = (action: ModerationAction) => () => actions.moderate(action, q.id)
    if (q.state === 'pending' || q.state === 'hidden')
      li.append(button(q.state === 'hidden' ? 'Show' : 'Approve', 'approve', q, act('approve')))
    if (q.state !== 'hidden') li.append(button('Hide', 'hide', q, act('hide')))
    if (q.state !== 'answered' && q.state !== 'hidden') li.append(button('Answered', 'answer', q, act('answer')))
    if (q.state !== 'hidden') li.append(q.pinned ? button('Unpin', 'unpin', q, act('unpin')) : button('Pin', 'pin', q, act('pin')))
    li.append(button('Go to slide', 'goto', q, () => actions.goTo(q.slide)))
    return li
  }

  return {
    current,
    queue,
    update(state) {
      // Rebuilt whole, so the focused button is found again by its question and action.
      // (Not instanceof: the speaker view's elements belong to another window's HTMLElement.)
      const focused = doc.activeElement as HTMLElement | null
      const focusKey =
        focused?.dataset && queue.contains(focused) ? [focused.closest('li')?.dataset.question, focused.dataset.action] : undefined

      const title = state.slide ? (state.titles.get(state.slide) ?? state.slide) : ''
      currentHead.textContent = title ? `The room on this slide: ${title}` : 'The room on this slide'
      const slideCounts = state.slide ? state.signals.get(state.slide) : undefined
      counts.textContent = countsLine(slideCounts)
      counts.dataset.counts = SIGNAL_KINDS.map((k) => slideCounts?.[k] ?? 0).join(',')
      const here = state.questions.filter((q) => q.slide === state.slide && q.state !== 'hidden')
      currentList.replaceChildren(...here.slice(0, 5).map((q) => item(q, state, false)))
      if (!here.length) currentList.replaceChildren(el('li', 'room-meta', 'No questions about this slide.'))

      const waiting = state.questions.filter((q) => q.state === 'pending').length
      queueHead.textContent =
        `Questions (${state.total})` +
        (state.moderated ? ` · moderated, ${waiting} waiting` : '') +
        (state.returnTo ? ` · R returns to “${state.returnTo}”` : '')
      queueList.replaceChildren(...state.questions.map((q) => item(q, state, true)))
      more.textContent =
        state.total > state.questions.length ? `and ${state.total - state.questions.length} more (npm run questions lists every one)` : ''

      if (focusKey) {
        const again = queueList.querySelector<HTMLElement>(`li[data-question="${focusKey[0]}"] button[data-action="${focusKey[1]}"]`)
        ;(again ?? queueList.querySelector<HTMLElement>(`li[data-question="${focusKey[0]}"] button`))?.focus({ preventScroll: true })
      }
    },
    announce(text) {
      status.textContent = text
    },
  }
}
