/**
 * The room (questions, votes, signals) on the presenter's remote: the same presenter panel the
 * speaker view shows (room-panel.ts), fed by the room's messages on the remote's own channel.
 * Loaded only where the present server marks the room as on.
 */
import {
  decodeRoomServerMessage,
  encodeRoomClientMessage,
  type ModerationAction,
  type QueueQuestion,
  type RoomClientMessage,
  type SignalCounts,
} from '../../present/room-protocol.ts'
import { ROOM_PANEL_CSS, createRoomPanel } from './room-panel.ts'
import { deviceId } from './room-outbox.ts'

export interface RemoteRoomHost {
  /** Sends on the open channel; false when offline. */
  send(text: string): boolean
  /** The slide the remote shows. */
  slide(): string | undefined
  titles: ReadonlyMap<string, string>
  /** A question's "go to slide": the remote moves the talk there. */
  goTo(slide: string): void
  /** Where Back goes now, as a title. */
  returnTo(): string | undefined
  /** The questions changed. */
  changed(): void
}

export interface RemoteRoom {
  /** The channel opened as a token holder: join the room. */
  opened(): void
  /** A message the follow protocol did not know: true if it was the room's. */
  message(text: string): boolean
  closed(): void
  /** The remote moved: the panel's "on this slide" follows. */
  render(): void
  /** Questions still open (neither hidden nor answered): the remote's Questions button shows it. */
  open(): number
  stop(): void
}

const storage = (): Storage | undefined => {
  try {
    return window.localStorage
  } catch {
    return undefined
  }
}

export function startRemoteRoom(into: HTMLElement, host: RemoteRoomHost): RemoteRoom {
  const device = deviceId(storage())
  let counter = 0
  const ref = () => `r${++counter}`
  let moderated = false
  let questions: QueueQuestion[] = []
  let total = 0
  const signals = new Map<string, SignalCounts>()
  const send = (message: RoomClientMessage) => host.send(encodeRoomClientMessage(message))

  const panel = createRoomPanel(document, {
    moderate(action: ModerationAction, question: number) {
      if (!send({ type: action, ref: ref(), question })) panel.announce('Offline: not sent. Try again when the remote says Live.')
    },
    goTo: (slide) => host.goTo(slide),
  })
  // A constructed sheet: the deck's Content-Security-Policy allows no new <style> element.
  const sheet = new CSSStyleSheet()
  sheet.replaceSync(ROOM_PANEL_CSS)
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]
  into.append(panel.current, panel.queue)
  into.hidden = false

  const render = () =>
    panel.update({ moderated, questions, total, signals, slide: host.slide(), titles: host.titles, returnTo: host.returnTo() })
  render()

  return {
    opened() {
      send({ type: 'join', ref: ref(), device })
    },
    message(text) {
      const message = decodeRoomServerMessage(text)
      if (!message) return false
      if (message.type === 'room') moderated = message.moderated
      else if (message.type === 'queue') {
        questions = message.questions
        total = message.total
        signals.clear()
        for (const [slide, counts] of message.signals) signals.set(slide, counts)
      } else if (message.type === 'refused') panel.announce(`Not done: ${message.reason}`)
      render()
      host.changed()
      return true
    },
    closed() {
      panel.announce('Offline: reconnecting to the room…')
    },
    render,
    open: () => questions.filter((q) => q.state === 'pending' || q.state === 'shown').length,
    stop() {
      panel.current.remove()
      panel.queue.remove()
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet)
    },
  }
}
