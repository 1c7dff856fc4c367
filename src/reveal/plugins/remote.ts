/**
 * The presenter's remote: the presenter link opened on a phone (or with `?remote`). Loaded only on
 * a page served by `npm run present` with a token (follow.ts decides), it replaces the deck on
 * that page: large Previous and Next (and swipe), the slide's title, notes and step, pictures of
 * this slide and the next (drawn at build time: compile/remote-images.ts), the elapsed time
 * against the part budgets, blackout, the argument map, back from a backup slide, and the
 * connection's state. It talks to the follow channel itself (remote-sync.ts), never through
 * reveal.js: the deck beneath it stays hidden and unused.
 */
import type { RevealApi } from 'reveal.js'
import '../../styles/remote.css'
import { decodeServerMessage, encodeClientMessage, isTokenShaped, type ClientMessage, type Position } from '../../present/protocol.ts'
import { formatClock } from '../../render/pacing.ts'
import { loadAsides, notesOf, type AsidesBySlide } from '../asides.ts'
import { createReturnTracker } from './backup.ts'
import { backoffDelay, channelUrl, helloRefused } from './follow-state.ts'
import {
  START,
  blackoutPosition,
  jumpPosition,
  nextPosition,
  describePace,
  placeLabel,
  previousPosition,
  REMOTE_IMAGE_DIR,
  readTalk,
  slideOf,
  type Talk,
  type TalkSlide,
} from './remote-model.ts'
import { ROOM_META } from '../../present/room-protocol.ts'
import type { RemoteRoom } from './remote-room.ts'
import { answered, canSend, dropped, initialSync, relayed, shownPosition, tapped, welcomed, type RemoteSync } from './remote-sync.ts'

export interface RemoteOptions {
  token: string
}

/** Where the clock's start is kept, so a reload of the remote (or the phone's browser) keeps the talk's time. */
const CLOCK_KEY = 'deck-remote-started'
/** A swipe: this far sideways, and more sideways than up or down. */
const SWIPE_PX = 60

/** A small element factory: tag, class, text. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text = ''): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag)
  if (className) e.className = className
  if (text) e.textContent = text
  return e
}

function button(className: string, text = '', label?: string): HTMLButtonElement {
  const b = el('button', className, text)
  b.type = 'button'
  if (label) b.setAttribute('aria-label', label)
  return b
}

export function startRemote(deck: RevealApi, options: RemoteOptions): () => void {
  const root = document.documentElement
  const talk: Talk = readTalk(deck.getSlidesElement() ?? document.createElement('div'))
  // The deck stays beneath, unused: none of its keys, and nothing of it on screen.
  deck.configure({ keyboard: false })
  const revealElement = deck.getRevealElement() as HTMLElement | undefined
  if (revealElement) revealElement.hidden = true

  // A link that can never be accepted (a trailing '.', a space) is not sent at all: the server
  // would refuse it on every try. The remote then says it controls nothing, and shows the talk.
  let token = isTokenShaped(options.token) ? options.token : undefined
  let sync: RemoteSync = initialSync
  const tracker = createReturnTracker()
  let socket: WebSocket | undefined
  let attempt = 0
  let retryTimer: ReturnType<typeof setTimeout> | undefined
  let toastTimer: ReturnType<typeof setTimeout> | undefined
  let stopped = false
  let wakeLock: WakeLockSentinel | undefined
  let room: RemoteRoom | undefined
  /** Where a question's "go to slide" came from: Back returns there, as R does after a detour. */
  let detourFrom: Position | undefined

  // ---- the page -------------------------------------------------------------------------------
  const app = el('main', 'remote')
  app.setAttribute('aria-label', 'Presenter remote')

  const top = el('header', 'remote-top')
  const status = el('p', 'remote-status')
  status.setAttribute('role', 'status')
  status.setAttribute('aria-live', 'polite')
  const clock = button('remote-clock', '0:00', 'Elapsed time; tap to restart the clock')
  const paceLine = el('p', 'remote-pace')
  const timeBox = el('div', 'remote-time')
  timeBox.append(clock, paceLine)
  top.append(status, timeBox)

  const wakeNote = el('p', 'remote-wake')
  wakeNote.hidden = true

  const now = el('section', 'remote-now')
  now.setAttribute('aria-label', 'Current slide')
  const place = el('p', 'remote-place')
  const title = el('h1', 'remote-title')
  const budget = el('p', 'remote-budget')
  now.append(place, title, budget)

  const pictures = el('div', 'remote-pictures')
  const picture = (caption: string) => {
    const figure = el('figure', 'remote-picture')
    const img = el('img')
    img.decoding = 'async'
    img.alt = ''
    const cap = el('figcaption', '', caption)
    img.addEventListener('error', () => (figure.dataset.missing = ''))
    img.addEventListener('load', () => delete figure.dataset.missing)
    figure.append(img, cap)
    pictures.append(figure)
    return { figure, img, cap }
  }
  const nowPicture = picture('Now')
  const nextPicture = picture('Next')

  const notes = el('section', 'remote-notes')
  notes.setAttribute('aria-label', 'Speaker notes')
  notes.tabIndex = 0

  // The room's questions and signals, where the server has the room on (remote-room.ts).
  const roomSection = el('section', 'remote-room')
  roomSection.setAttribute('aria-label', 'The room: questions and signals')
  roomSection.hidden = true

  const tools = el('div', 'remote-tools')
  const blackout = button('remote-tool', 'Blackout')
  blackout.setAttribute('aria-pressed', 'false')
  const mapButton = button('remote-tool', 'Map')
  mapButton.setAttribute('aria-haspopup', 'dialog')
  const back = button('remote-tool', 'Back to talk')
  back.title = 'From a backup slide: back to the slide and step the talk was on (R)'
  const questionsButton = button('remote-tool', 'Questions')
  questionsButton.hidden = true
  questionsButton.addEventListener('click', () => roomSection.scrollIntoView({ block: 'start', behavior: 'smooth' }))
  tools.append(blackout, mapButton, questionsButton, back)

  const nav = el('nav', 'remote-nav')
  nav.setAttribute('aria-label', 'Move the talk')
  const previous = button('remote-previous', 'Previous', 'Previous step or slide')
  const next = button('remote-next', 'Next', 'Next step or slide')
  nav.append(previous, next)

  const toast = el('p', 'remote-toast')
  toast.setAttribute('role', 'alert')
  toast.hidden = true

  const map = el('dialog', 'remote-map')
  map.setAttribute('aria-label', 'Argument map: jump to a slide')
  const mapHead = el('div', 'remote-map-head')
  const mapTitle = el('h2', '', 'Argument map')
  const mapClose = button('remote-map-close', 'Close')
  mapHead.append(mapTitle, mapClose)
  const mapList = el('div', 'remote-map-list')
  map.append(mapHead, mapList)

  const body = el('div', 'remote-body')
  body.append(now, pictures, notes, roomSection)
  app.append(top, wakeNote, body, tools, nav, toast, map)
  document.body.append(app)

  // ---- the argument map ------------------------------------------------------------------------
  const mapButtons = new Map<string, HTMLButtonElement>()
  const groups: { label: string; slides: TalkSlide[] }[] = talk.parts.map((p) => ({
    label: p.label,
    slides: talk.slides.filter((s) => !s.backup && s.part === p.id),
  }))
  groups.push({ label: 'Backup slides (for questions)', slides: talk.slides.filter((s) => s.backup) })
  for (const group of groups) {
    if (!group.slides.length) continue
    const h = el('h3', '', group.label)
    const list = el('ol')
    for (const slide of group.slides) {
      const item = el('li')
      const b = button('remote-map-slide')
      const number = el(
        'span',
        'remote-map-number',
        slide.backup ? `B${group.slides.indexOf(slide) + 1}` : String(talk.slides.indexOf(slide) + 1),
      )
      b.append(number, slide.title)
      b.dataset.target = slide.id
      b.addEventListener('click', () => {
        map.close()
        go(jumpPosition(slide))
      })
      mapButtons.set(slide.id, b)
      item.append(b)
      list.append(item)
    }
    mapList.append(h, list)
  }
  mapButton.addEventListener('click', () => {
    const here = slideOf(talk, shownPosition(sync) ?? START)
    for (const [id, b] of mapButtons) {
      if (id === here?.id) b.setAttribute('aria-current', 'true')
      else b.removeAttribute('aria-current')
    }
    map.showModal()
    const current = here && mapButtons.get(here.id)
    current?.focus()
    current?.scrollIntoView({ block: 'center' })
  })
  mapClose.addEventListener('click', () => map.close())

  // ---- the clock --------------------------------------------------------------------------------
  const started = (): number => {
    const kept = Number(localStorage.getItem(CLOCK_KEY))
    if (kept > 0 && kept <= Date.now()) return kept
    const t = Date.now()
    localStorage.setItem(CLOCK_KEY, String(t))
    return t
  }
  let clockStart = started()
  clock.addEventListener('click', () => {
    clockStart = Date.now()
    localStorage.setItem(CLOCK_KEY, String(clockStart))
    renderTime()
  })
  const elapsed = () => Math.max(0, (Date.now() - clockStart) / 1000)
  const renderTime = () => {
    clock.textContent = formatClock(elapsed())
    // Before the first welcome the talk's position is unknown: the line says it is connecting.
    const known = sync.role !== undefined || shownPosition(sync) !== null
    const line = describePace(talk, known ? (shownPosition(sync) ?? START) : undefined, elapsed())
    paceLine.textContent = line.text
    paceLine.dataset.pace = line.state
    budget.textContent = line.budget
  }
  const tick = setInterval(renderTime, 1000)

  // ---- rendering -------------------------------------------------------------------------------
  const pictureOf = (
    slide: TalkSlide | undefined,
    target: { figure: HTMLElement; img: HTMLImageElement; cap: HTMLElement },
    caption: string,
  ) => {
    target.figure.hidden = !slide
    if (!slide) return
    const src = new URL(`${REMOTE_IMAGE_DIR}/${slide.id}.jpg`, location.href).href
    if (target.img.src !== src) target.img.src = src
    target.img.alt = `${caption}: ${slide.title}`
    target.cap.textContent = caption === 'Now' ? nowCaption(slide) : `Next · ${slide.title}`
  }
  const nowCaption = (slide: TalkSlide) => {
    const left = slide.steps - 1 - (shownPosition(sync) ?? START).f
    return left > 0 ? `Now · ${left} more step${left === 1 ? '' : 's'}` : 'Now'
  }

  let shownNotesFor = ''
  /** The notes are a chunk of their own (asides.ts), asked for as the remote starts. */
  let asides: AsidesBySlide | 'loading' | 'failed' = 'loading'
  const render = () => {
    const at = shownPosition(sync) ?? START
    const here = slideOf(talk, at)
    const following = talk.slides[talk.slides.findIndex((s) => s === here) + 1]
    const rejected = sync.tokenRejected || (sync.connection === 'open' && sync.role === 'audience')
    root.dataset.remote = rejected ? 'rejected' : sync.connection
    root.dataset.remoteSlide = here?.id ?? ''
    root.dataset.remoteStep = String(at.f)
    status.textContent = rejected
      ? 'Presenter link not accepted: this remote controls nothing'
      : sync.connection === 'open'
        ? sync.inFlight.length
          ? 'Live · sending…'
          : 'Live · you control the talk'
        : sync.connection === 'offline'
          ? 'Offline · taps are not sent · reconnecting'
          : 'Connecting…'
    place.textContent = `${placeLabel(talk, at)}${at.paused ? ' · blacked out' : ''}`
    title.textContent = here?.title ?? ''
    pictureOf(here, nowPicture, 'Now')
    pictureOf(following, nextPicture, 'Next')
    if (here && here.id !== shownNotesFor) {
      shownNotesFor = here.id
      // The notes are the deck's own built HTML (escaped at build time, as the slides were).
      const shown = typeof asides === 'object' ? notesOf(asides, here.id) : undefined
      const missing =
        asides === 'loading' ? 'Loading the notes…' : asides === 'failed' ? 'The notes could not be loaded.' : 'No notes for this slide.'
      notes.replaceChildren(...(shown ?? [el('p', '', missing)]))
      notes.scrollTop = 0
    }
    // Not disabled while offline: a tap then says it was not sent (the status line says why).
    app.dataset.control = canSend(sync) ? 'yes' : 'no'
    blackout.setAttribute('aria-pressed', String(at.paused))
    blackout.textContent = at.paused ? 'Show slide' : 'Blackout'
    back.hidden = !here?.backup && !detourFrom
    back.disabled = !detourFrom && !tracker.last
    room?.render()
    if (room) {
      questionsButton.hidden = false
      questionsButton.textContent = `Questions · ${room.open()}`
    }
    renderTime()
  }

  const showToast = (text: string) => {
    toast.textContent = text
    toast.hidden = false
    clearTimeout(toastTimer)
    toastTimer = setTimeout(() => (toast.hidden = true), 4000)
  }

  // ---- the channel ------------------------------------------------------------------------------
  const send = (message: ClientMessage) => socket?.readyState === WebSocket.OPEN && socket.send(encodeClientMessage(message))

  /** The talk moved (the truth changed): note it for R, then show it. */
  const noteMove = () => {
    const at = shownPosition(sync)
    const here = at && slideOf(talk, at)
    if (at && here) tracker.moved(at, here.backup)
  }

  const set = (next: RemoteSync) => {
    sync = next
    noteMove()
    render()
  }

  /** A tap: "go to X", sent only when connected with the token; never queued for later. */
  const go = (target: Position | undefined) => {
    const result = tapped(sync, target)
    if (!result.sent) {
      if (result.why === 'offline') {
        root.dataset.remoteUnsent = String(Number(root.dataset.remoteUnsent ?? 0) + 1)
        showToast('Not sent: the remote is offline. The talk stays where it is; tap again once it says Live.')
      } else if (result.why === 'not-presenter') showToast('Not sent: this link’s presenter token was not accepted.')
      return
    }
    set(result.sync)
    send({ type: 'position', position: target! })
  }

  const here = () => shownPosition(sync) ?? START
  const onNext = () => go(nextPosition(talk, here()))
  const onPrevious = () => go(previousPosition(talk, here()))
  const onBlackout = () => go(blackoutPosition(here(), !here().paused))
  const onBack = () => {
    const to = detourFrom ?? (slideOf(talk, here())?.backup ? tracker.last : undefined)
    if (!to) return
    detourFrom = undefined
    go({ h: to.h, v: to.v, f: to.f ?? -1, paused: false, overview: false })
  }
  const returnTitle = () => {
    const to = detourFrom ?? (slideOf(talk, here())?.backup ? tracker.last : undefined)
    return to && slideOf(talk, { h: to.h, v: to.v, f: -1, paused: false, overview: false })?.title
  }

  const connect = () => {
    if (stopped) return
    const ws = new WebSocket(channelUrl(location.href))
    socket = ws
    let welcome = false
    ws.addEventListener('open', () => send(token ? { type: 'hello', token } : { type: 'hello' }))
    ws.addEventListener('message', (event: MessageEvent) => {
      if (typeof event.data !== 'string') return
      const decoded = decodeServerMessage(event.data)
      if (!decoded.ok) {
        room?.message(event.data)
        return
      }
      const m = decoded.message
      if (m.type === 'welcome') {
        attempt = 0
        welcome = true
        set(welcomed(sync, m.role, m.tokenRejected, m.position))
        if (canSend(sync)) room?.opened()
      } else if (m.type === 'moved') set(answered(sync))
      else if (m.type === 'position') set(relayed(sync, m.position))
    })
    ws.addEventListener('close', (event: CloseEvent) => {
      if (socket !== ws || stopped) return
      // Refused before any welcome as malformed: it would be refused again; follow without it.
      if (!welcome && token !== undefined && helloRefused(event.code)) token = undefined
      socket = undefined
      room?.closed()
      const { sync: next, unconfirmed } = dropped(sync)
      set(next)
      if (unconfirmed) showToast('The connection dropped before the last tap was confirmed: check where the talk is once it says Live.')
      retryTimer = setTimeout(connect, backoffDelay(attempt++))
    })
  }

  /** Unlocked, back on the network: try now rather than at the next backoff; and keep the screen awake again. */
  const onVisible = () => {
    if (document.visibilityState !== 'visible') return
    void keepAwake()
    if (stopped || socket) return
    clearTimeout(retryTimer)
    connect()
  }
  const onOnline = () => {
    if (stopped || socket) return
    clearTimeout(retryTimer)
    connect()
  }

  // ---- the screen stays awake -----------------------------------------------------------------
  const keepAwake = async () => {
    const say = (text: string) => {
      wakeNote.textContent = text
      wakeNote.hidden = false
      root.dataset.remoteWake = 'unavailable'
    }
    if (!('wakeLock' in navigator)) {
      say(
        window.isSecureContext
          ? 'This browser cannot keep the screen awake: set the phone’s auto-lock to “Never” for the talk.'
          : 'The screen may sleep: browsers keep it awake only on https pages. Set the phone’s auto-lock to “Never” for the talk.',
      )
      return
    }
    if (wakeLock && !wakeLock.released) return
    try {
      wakeLock = await navigator.wakeLock.request('screen')
      wakeNote.hidden = true
      root.dataset.remoteWake = 'on'
    } catch {
      say('The screen may sleep (the browser refused to keep it awake): set the phone’s auto-lock to “Never” for the talk.')
    }
  }

  // ---- input ------------------------------------------------------------------------------------
  next.addEventListener('click', onNext)
  previous.addEventListener('click', onPrevious)
  blackout.addEventListener('click', onBlackout)
  back.addEventListener('click', onBack)
  let swipeFrom: { x: number; y: number } | undefined
  body.addEventListener('pointerdown', (e) => (swipeFrom = { x: e.clientX, y: e.clientY }))
  body.addEventListener('pointerup', (e) => {
    if (!swipeFrom) return
    const dx = e.clientX - swipeFrom.x
    const dy = e.clientY - swipeFrom.y
    swipeFrom = undefined
    if (Math.abs(dx) < SWIPE_PX || Math.abs(dx) < 1.5 * Math.abs(dy)) return
    if (dx < 0) onNext()
    else onPrevious()
  })
  body.addEventListener('pointercancel', () => (swipeFrom = undefined))
  // A keyboard or a clicker paired with the phone (or a laptop's `?remote`).
  const onKey = (e: KeyboardEvent) => {
    if (map.open || e.altKey || e.ctrlKey || e.metaKey) return
    const action: Record<string, (() => void) | undefined> = {
      ArrowRight: onNext,
      ArrowDown: onNext,
      PageDown: onNext,
      ' ': onNext,
      ArrowLeft: onPrevious,
      ArrowUp: onPrevious,
      PageUp: onPrevious,
      b: onBlackout,
      '.': onBlackout,
      r: onBack,
    }
    const run = action[e.key.length === 1 ? e.key.toLowerCase() : e.key]
    if (!run || (e.target instanceof HTMLButtonElement && (e.key === ' ' || e.key === 'Enter'))) return
    e.preventDefault()
    run()
  }
  window.addEventListener('keydown', onKey)
  window.addEventListener('online', onOnline)
  document.addEventListener('visibilitychange', onVisible)

  render()
  connect()
  void keepAwake()
  void loadAsides()
    .then(
      (loaded) => (asides = loaded),
      () => (asides = 'failed'),
    )
    .then(() => {
      if (stopped) return
      shownNotesFor = ''
      render()
    })
  const roomMode = document.querySelector<HTMLMetaElement>(`meta[name="${ROOM_META}"]`)?.content
  if (roomMode === 'moderated' || roomMode === 'open') {
    void import('./remote-room.ts').then(({ startRemoteRoom }) => {
      if (stopped) return
      room = startRemoteRoom(roomSection, {
        send: (text) => {
          if (!canSend(sync) || socket?.readyState !== WebSocket.OPEN) return false
          socket.send(text)
          return true
        },
        slide: () => slideOf(talk, here())?.id,
        titles: new Map(talk.slides.map((s) => [s.id, s.title])),
        goTo: (id) => {
          const slide = talk.slides.find((s) => s.id === id)
          if (!slide) return
          const from = here()
          go(jumpPosition(slide))
          if (shownPosition(sync) !== from) detourFrom = from
          render()
        },
        returnTo: returnTitle,
        changed: () => render(),
      })
      // The channel may have opened before this module arrived.
      if (canSend(sync)) room.opened()
      render()
    })
  }

  return () => {
    stopped = true
    clearTimeout(retryTimer)
    clearTimeout(toastTimer)
    clearInterval(tick)
    socket?.close()
    void wakeLock?.release()
    window.removeEventListener('keydown', onKey)
    window.removeEventListener('online', onOnline)
    document.removeEventListener('visibilitychange', onVisible)
    room?.stop()
    app.remove()
    if (revealElement) revealElement.hidden = false
    deck.configure({ keyboard: true })
    delete root.dataset.remote
  }
}
