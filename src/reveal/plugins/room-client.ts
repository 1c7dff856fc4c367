/**
 * The room in the page, loaded by the follow code only where the present server marks the page
 * (`<meta name="deck-room">`), after reveal.js is ready: nothing of it is on the first paint's
 * path. On the audience's pages it is the questions sheet (ask, vote, signal); on the presenter's
 * page it is the room panel inside the speaker view's window.
 */
import type { RevealApi } from 'reveal.js'
import '../../styles/room.css'
import type { Role } from '../../present/protocol.ts'
import {
  MAX_NAME_CHARS,
  MAX_QUESTION_CHARS,
  SIGNAL_KINDS,
  SIGNAL_LABELS,
  byVotes,
  charCount,
  decodeRoomServerMessage,
  encodeRoomClientMessage,
  type ModerationAction,
  type PublicQuestion,
  type QueueQuestion,
  type RoomClientMessage,
  type RoomServerMessage,
  type SignalCounts,
  type SignalKind,
} from '../../present/room-protocol.ts'
import { allSlides, slideTitle } from '../slides.ts'
import type { BackupReturn } from './backup.ts'
import { createOutbox, deviceId, randomId, type Draft } from './room-outbox.ts'
import { ROOM_PANEL_CSS, createRoomPanel, type RoomPanel } from './room-panel.ts'

export type ChannelEvent = { kind: 'open'; role: Role } | { kind: 'message'; text: string } | { kind: 'closed' }
export type ChannelListener = (event: ChannelEvent) => void

/** The follow channel as the room uses it. */
export interface RoomChannel {
  /** Sends on the open channel; false when it is not open (offline). */
  send(text: string): boolean
  /** The role granted while connected; undefined while offline or connecting. */
  role(): Role | undefined
  listen(listener: ChannelListener): void
}

interface RoomUi {
  onOpen(): void
  onMessage(message: RoomServerMessage): void
  onClosed(): void
  stop(): void
}

const QUESTIONS_KEY = { keyCode: 81, key: 'Q', description: 'Questions: ask about this slide, vote, signal' }

const storage = (): Storage | undefined => {
  try {
    return window.localStorage
  } catch {
    return undefined
  }
}

/** Every slide's title by id, read once from the deck. */
function titles(deck: RevealApi): Map<string, string> {
  return new Map(allSlides(deck.getSlidesElement()).map((s) => [s.id, slideTitle(s)]))
}

function goToSlide(deck: RevealApi, id: string): { h: number; v: number } | undefined {
  const slide = allSlides(deck.getSlidesElement()).find((s) => s.id === id)
  if (!slide) return undefined
  const { h, v } = deck.getIndices(slide)
  return { h, v: v ?? 0 }
}

export function startRoom(deck: RevealApi, channel: RoomChannel): () => void {
  const store = storage()
  const device = deviceId(store)
  let ui: RoomUi | undefined
  let counter = 0
  const send = (message: RoomClientMessage) => channel.send(encodeRoomClientMessage(message))
  const ref = () => `m${++counter}`

  const open = (role: Role) => {
    ui ??= role === 'presenter' ? presenterRoom(deck, send, ref) : audienceRoom(deck, send, ref, store)
    send({ type: 'join', ref: ref(), device })
    ui.onOpen()
  }
  channel.listen((event) => {
    if (event.kind === 'open') open(event.role)
    else if (event.kind === 'closed') ui?.onClosed()
    else {
      const message = decodeRoomServerMessage(event.text)
      if (message) ui?.onMessage(message)
    }
  })
  // This module loads after the channel: it may already be open.
  const role = channel.role()
  if (role) open(role)
  return () => ui?.stop()
}

type Send = (message: RoomClientMessage) => boolean

/** The audience's questions sheet: a button at the bottom right (Q), a panel over the slide. */
function audienceRoom(deck: RevealApi, send: Send, ref: () => string, store: Storage | undefined): RoomUi {
  const slideTitles = titles(deck)
  const outbox = createOutbox(store)
  const questions = new Map<number, PublicQuestion>()
  const myVotes = new Set<number>()
  const mySignals = new Map<string, SignalKind>()
  /** What each unanswered message was, so its answer can be told in words. */
  const waiting = new Map<string, { kind: 'ask'; draft: Draft } | { kind: 'vote'; question: number; on: boolean } | { kind: 'signal' }>()
  let moderated = false
  let online = false

  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text = ''): HTMLElementTagNameMap[K] => {
    const e = document.createElement(tag)
    if (className) e.className = className
    if (text) e.textContent = text
    return e
  }
  const opener = el('button', 'room-open', 'Questions')
  opener.type = 'button'
  opener.setAttribute('aria-expanded', 'false')
  opener.setAttribute('aria-controls', 'room-sheet')
  opener.setAttribute('aria-keyshortcuts', 'Q')
  opener.title = 'Ask about this slide, vote on questions (Q)'

  const sheet = el('div', 'room-sheet')
  sheet.id = 'room-sheet'
  sheet.hidden = true
  sheet.setAttribute('role', 'dialog')
  sheet.setAttribute('aria-labelledby', 'room-sheet-title')
  const head = el('div', 'room-head')
  const title = el('h2', '', 'Questions')
  title.id = 'room-sheet-title'
  title.tabIndex = -1
  const close = el('button', 'room-close', 'Close')
  close.type = 'button'
  head.append(title, close)

  const signalBox = el('fieldset', 'room-signals')
  const signalLegend = el('legend', '', 'On this slide')
  signalBox.append(signalLegend)
  const signalButtons = new Map<SignalKind, HTMLButtonElement>()
  for (const kind of SIGNAL_KINDS) {
    const b = el('button', 'room-signal', SIGNAL_LABELS[kind])
    b.type = 'button'
    b.dataset.signal = kind
    b.setAttribute('aria-pressed', 'false')
    signalButtons.set(kind, b)
    signalBox.append(b)
  }
  const signalNote = el('p', 'room-note', 'Only the presenter sees the counts.')
  signalBox.append(signalNote)

  const form = el('form', 'room-ask')
  const askLabel = el('label', '', 'Ask about this slide')
  askLabel.htmlFor = 'room-question'
  const text = el('textarea')
  text.id = 'room-question'
  text.rows = 3
  text.maxLength = MAX_QUESTION_CHARS * 2 // the count below is the real limit, in characters
  text.required = true
  const counter = el('span', 'room-counter', `0 / ${MAX_QUESTION_CHARS}`)
  counter.setAttribute('aria-hidden', 'true')
  const nameLabel = el('label', 'room-name-label', 'Your name (optional; anonymous without it)')
  const name = el('input')
  name.id = 'room-name'
  name.maxLength = MAX_NAME_CHARS
  name.setAttribute('autocomplete', 'nickname')
  nameLabel.htmlFor = name.id
  const submit = el('button', 'room-send', 'Send question')
  submit.type = 'submit'
  form.append(askLabel, text, counter, nameLabel, name, submit)

  const status = el('p', 'room-status')
  status.setAttribute('role', 'status')
  status.setAttribute('aria-live', 'polite')
  const listHead = el('h3', '', 'Questions')
  const list = el('ol', 'room-list')
  const listNote = el('p', 'room-note')
  sheet.append(head, signalBox, form, status, listHead, list, listNote)
  document.body.append(opener, sheet)

  const say = (words: string) => {
    status.textContent = words
  }
  const currentSlide = () => (deck.getCurrentSlide() as HTMLElement | undefined)?.id ?? ''

  const renderSlide = () => {
    const id = currentSlide()
    const t = slideTitles.get(id) ?? id
    askLabel.textContent = `Ask about this slide: “${t}”`
    signalLegend.textContent = `On this slide (“${t}”)`
    const mine = mySignals.get(id)
    for (const [kind, b] of signalButtons) b.setAttribute('aria-pressed', String(kind === mine))
  }

  const renderList = () => {
    const visible = [...questions.values()].sort(byVotes)
    opener.textContent = visible.length ? `Questions (${visible.length})` : 'Questions'
    listHead.textContent = visible.length ? `Questions (${visible.length}), most votes first` : 'No questions yet'
    if (sheet.hidden) return
    const focused = document.activeElement as HTMLElement | null
    const focusId = focused && list.contains(focused) ? focused.closest('li')?.dataset.question : undefined
    list.replaceChildren(
      ...visible.slice(0, 200).map((q) => {
        const li = el('li')
        li.dataset.question = String(q.id)
        if (q.pinned) li.dataset.pinned = 'true'
        const body = el('div', 'room-q')
        body.append(el('p', 'room-text', q.text))
        const meta = el('p', 'room-meta')
        const link = el('a', '', slideTitles.get(q.slide) ?? q.slide)
        link.href = `#/${q.slide}`
        link.addEventListener('click', (e) => {
          e.preventDefault()
          const at = goToSlide(deck, q.slide)
          if (!at) return
          toggle(false)
          deck.slide(at.h, at.v)
        })
        meta.append(`${q.name || 'Anonymous'} · on `, link)
        if (q.pinned) meta.append(' · pinned by the presenter')
        if (q.answered) meta.append(' · answered')
        body.append(meta)
        const voted = myVotes.has(q.id)
        const vote = el('button', 'room-vote', `▲ ${q.votes}`)
        vote.type = 'button'
        vote.setAttribute('aria-pressed', String(voted))
        vote.setAttribute('aria-label', `${voted ? 'Take back your vote' : 'Vote'} (${q.votes} vote${q.votes === 1 ? '' : 's'})`)
        vote.addEventListener('click', () => castVote(q.id, !myVotes.has(q.id)))
        li.append(vote, body)
        return li
      }),
    )
    listNote.textContent = visible.length >= 50 ? 'The 50 with the most votes when you joined, and every question since.' : ''
    if (focusId) list.querySelector<HTMLElement>(`li[data-question="${focusId}"] .room-vote`)?.focus({ preventScroll: true })
  }

  const castVote = (id: number, on: boolean) => {
    const q = questions.get(id)
    if (!q) return
    const r = ref()
    if (!send(on ? { type: 'vote', ref: r, question: id } : { type: 'unvote', ref: r, question: id })) {
      say('Not sent: you are offline. Vote again when the connection is back.')
      return
    }
    waiting.set(r, { kind: 'vote', question: id, on })
    // Shown at once; undone if the server refuses.
    if (on) myVotes.add(id)
    else myVotes.delete(id)
    q.votes += on ? 1 : -1
    renderList()
  }

  const sendDraft = (draft: Draft): boolean => {
    if (!send({ type: 'ask', ref: draft.ref, slide: draft.slide, text: draft.text, name: draft.name })) return false
    waiting.set(draft.ref, { kind: 'ask', draft })
    return true
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault()
    const words = text.value.trim()
    const n = charCount(words)
    if (!n) return say('Write your question first.')
    if (n > MAX_QUESTION_CHARS) return say(`A question is at most ${MAX_QUESTION_CHARS} characters; this one has ${n}. Shorten it.`)
    const draft: Draft = { ref: randomId(9), slide: currentSlide(), text: words, name: name.value.trim() }
    const kept = outbox.add(draft)
    if (online && sendDraft(draft)) {
      say('Sending…')
      text.value = ''
    } else if (kept) {
      say('Not sent yet: you are offline. Your question is kept on this device and sent when the connection is back.')
      text.value = ''
    } else {
      say('Not sent: you are offline and this browser cannot keep it. Copy your question and send it again later.')
    }
    updateCounter()
  })
  const updateCounter = () => {
    const n = charCount(text.value.trim())
    counter.textContent = `${n} / ${MAX_QUESTION_CHARS}`
    counter.classList.toggle('over', n > MAX_QUESTION_CHARS)
  }
  text.addEventListener('input', updateCounter)

  for (const [kind, b] of signalButtons)
    b.addEventListener('click', () => {
      const slide = currentSlide()
      const next = mySignals.get(slide) === kind ? null : kind
      if (!send({ type: 'signal', ref: ref(), slide, kind: next }))
        return say('Not sent: you are offline. Try again when the connection is back.')
      if (next) mySignals.set(slide, next)
      else mySignals.delete(slide)
      renderSlide()
      say(next ? `“${SIGNAL_LABELS[next]}” sent for this slide.` : 'Signal taken back.')
    })

  let returnFocus: HTMLElement | null = null
  const toggle = (show = sheet.hidden) => {
    if (show === !sheet.hidden) return
    sheet.hidden = !show
    opener.setAttribute('aria-expanded', String(show))
    document.documentElement.dataset.room = show ? 'open' : 'closed'
    if (show) {
      returnFocus = document.activeElement as HTMLElement | null
      renderSlide()
      renderList()
      title.focus({ preventScroll: true })
    } else if (returnFocus?.isConnected) returnFocus.focus({ preventScroll: true })
  }
  opener.addEventListener('click', () => toggle())
  close.addEventListener('click', () => toggle(false))
  // Keys typed in the sheet are the reader's, not reveal.js's (Escape closes the sheet, not into the overview).
  const onKey = (e: KeyboardEvent) => {
    if (sheet.hidden || !sheet.contains(e.target as Node)) return
    if (e.key === 'Escape') {
      e.preventDefault()
      toggle(false)
    }
    e.stopPropagation()
  }
  sheet.addEventListener('keydown', onKey)
  deck.addKeyBinding(QUESTIONS_KEY, () => toggle())
  deck.on('slidechanged', renderSlide)

  const resend = (stored: readonly string[]) => {
    for (const draft of outbox.list()) {
      if (stored.includes(draft.ref)) {
        outbox.remove(draft.ref)
        continue
      }
      if (!waiting.has(draft.ref) && sendDraft(draft)) say('Back online: sending the question you wrote offline…')
    }
  }

  const answered = (message: Extract<RoomServerMessage, { type: 'received' | 'refused' }>) => {
    const was = waiting.get(message.ref)
    waiting.delete(message.ref)
    if (!was) return
    if (was.kind === 'ask') {
      outbox.remove(was.draft.ref)
      if (message.type === 'refused') {
        // The words come back, to shorten or send later.
        if (!text.value) text.value = was.draft.text
        updateCounter()
        return say(`Not sent: ${message.reason}`)
      }
      return say(
        message.state === 'pending'
          ? 'Received: your question waits for the presenter’s approval.'
          : 'Received: your question is in the list.',
      )
    }
    if (message.type === 'refused') {
      if (was.kind === 'vote') {
        const q = questions.get(was.question)
        if (was.on) myVotes.delete(was.question)
        else myVotes.add(was.question)
        if (q) q.votes += was.on ? -1 : 1
        renderList()
      }
      say(`Not sent: ${message.reason}`)
    }
  }

  return {
    onOpen() {
      online = true
    },
    onClosed() {
      online = false
      // What was sent but not acknowledged stays in the outbox and goes again on reconnection.
      waiting.clear()
    },
    onMessage(message) {
      switch (message.type) {
        case 'room':
          moderated = message.moderated
          form.dataset.moderated = String(moderated)
          questions.clear()
          for (const q of message.questions) questions.set(q.id, q)
          myVotes.clear()
          for (const id of message.votes) myVotes.add(id)
          mySignals.clear()
          for (const [slide, kind] of message.signals) mySignals.set(slide, kind)
          resend(message.asked)
          renderSlide()
          renderList()
          return
        case 'room-update':
          if (message.reset) questions.clear()
          for (const q of message.questions) questions.set(q.id, q)
          for (const [id, votes] of message.votes) {
            const q = questions.get(id)
            if (q) q.votes = votes
          }
          for (const id of message.removed) questions.delete(id)
          renderList()
          return
        case 'received':
        case 'refused':
          answered(message)
          return
        case 'queue':
          return
      }
    },
    stop() {
      deck.removeKeyBinding(QUESTIONS_KEY.keyCode)
      deck.off('slidechanged', renderSlide)
      opener.remove()
      sheet.remove()
    },
  }
}

/** The presenter's page: the room panel, drawn into the speaker view's window whenever one is open. */
function presenterRoom(deck: RevealApi, send: Send, ref: () => string): RoomUi {
  const slideTitles = titles(deck)
  const backup = deck.getPlugin('deck-backup') as unknown as BackupReturn | undefined
  let questions: QueueQuestion[] = []
  let total = 0
  const signals = new Map<string, SignalCounts>()
  let moderated = false
  const panels = new Map<Window, RoomPanel>()
  const pending = new Map<string, string>()

  const state = () => ({
    moderated,
    questions,
    total,
    signals,
    slide: (deck.getCurrentSlide() as HTMLElement | undefined)?.id,
    titles: slideTitles,
    returnTo: backup?.returnTitle(),
  })
  const render = () => {
    for (const [w, panel] of panels) {
      if (w.closed || !panel.queue.isConnected) panels.delete(w)
      else panel.update(state())
    }
  }
  const announce = (words: string) => {
    for (const panel of panels.values()) panel.announce(words)
  }

  const actions = {
    moderate(action: ModerationAction, question: number) {
      const r = ref()
      if (!send({ type: action, ref: r, question })) return announce('Offline: not sent. Try again when the connection is back.')
      pending.set(r, action)
    },
    goTo(slide: string) {
      const at = goToSlide(deck, slide)
      if (!at || !backup) return
      backup.jump(at.h, at.v)
      const back = backup.returnTitle()
      announce(`On “${slideTitles.get(slide) ?? slide}”.${back ? ` R returns to “${back}”.` : ''}`)
    },
  }

  /** The speaker view's window, once its page is written: the panel goes beside the notes. */
  const attach = (w: Window) => {
    if (panels.has(w)) return
    let doc: Document
    try {
      doc = w.document
    } catch {
      return // not the deck's own speaker view (another origin)
    }
    const controls = doc.getElementById('speaker-controls')
    if (!controls) return
    // A panel left by this page before a reload belongs to a page that is gone.
    for (const old of doc.querySelectorAll('.room-panel')) old.remove()
    const panel = createRoomPanel(doc, actions)
    // A constructed stylesheet: the deck's Content-Security-Policy (which the popup inherits) allows no new <style>.
    const WinSheet = (w as unknown as { CSSStyleSheet: typeof CSSStyleSheet }).CSSStyleSheet
    const sheet = new WinSheet()
    sheet.replaceSync(ROOM_PANEL_CSS)
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet]
    const notes = controls.querySelector('.speaker-controls-notes')
    controls.insertBefore(panel.current, notes)
    controls.append(panel.queue)
    // R in the speaker window returns from a question's slide too (the window sends keys to its preview, which knows no detour).
    w.addEventListener(
      'keydown',
      (e: KeyboardEvent) => {
        if (e.key.toLowerCase() !== 'r' || e.metaKey || e.ctrlKey || e.altKey || !backup?.returnTitle()) return
        e.preventDefault()
        e.stopImmediatePropagation()
        backup.back()
      },
      true,
    )
    panels.set(w, panel)
    panel.update(state())
  }
  const onWindowMessage = (event: MessageEvent) => {
    if (typeof event.data !== 'string' || !event.data.includes('"reveal-notes"')) return
    const source = event.source as Window | null
    if (source && source !== window && 'document' in source) attach(source)
  }
  window.addEventListener('message', onWindowMessage)
  const events = ['slidechanged', 'fragmentshown', 'fragmenthidden']
  for (const name of events) deck.on(name, render)

  return {
    onOpen() {},
    onClosed() {
      announce('Offline: reconnecting to the room…')
    },
    onMessage(message) {
      if (message.type === 'room') moderated = message.moderated
      else if (message.type === 'queue') {
        questions = message.questions
        total = message.total
        signals.clear()
        for (const [slide, counts] of message.signals) signals.set(slide, counts)
        render()
      } else if (message.type === 'received' || message.type === 'refused') {
        const action = pending.get(message.ref)
        pending.delete(message.ref)
        if (action && message.type === 'refused') announce(`Not done: ${message.reason}`)
      }
    },
    stop() {
      window.removeEventListener('message', onWindowMessage)
      for (const name of events) deck.off(name, render)
      for (const panel of panels.values()) {
        panel.current.remove()
        panel.queue.remove()
      }
    },
  }
}
