/**
 * The live-talk half of deck-follow, loaded only on a page served by `npm run present`: the follow
 * channel (reconnecting with backoff), following and detaching, the presenter's publishing, the
 * state indicator, and the join code (J).
 */
import type { RevealApi } from 'reveal.js'
import '../../styles/follow.css'
import {
  FOLLOW_PATH,
  isTokenShaped,
  decodeServerMessage,
  encodeClientMessage,
  samePosition,
  type ClientMessage,
  type Position,
  type ServerMessage,
} from '../../present/protocol.ts'
import {
  atPosition,
  backoffDelay,
  channelUrl,
  clampToDeck,
  followLabel,
  followState,
  helloRefused,
  talkFull,
  toPosition,
  type FollowView,
} from './follow-state.ts'
import { allSlides } from '../slides.ts'
import { ROOM_META } from '../../present/room-protocol.ts'
import type { ChannelListener } from './room-client.ts'

export interface FollowOptions {
  audienceUrl: string
  /** The presenter's token from the page's address; undefined on the audience link. */
  token: string | undefined
}

/** The presenter's page sends at most one position per this many ms (the latest one): far under the server's rate limit. */
const PUBLISH_INTERVAL_MS = 50
const JOIN_KEY = { keyCode: 74, key: 'J', description: 'Join code: the audience link as a QR code, full screen' }
const FOLLOW_KEY = { keyCode: 87, key: 'W', description: 'Follow the presenter again (back to the live slide)' }

export function startFollowing(deck: RevealApi, options: FollowOptions): () => void {
  const root = document.documentElement
  const view: FollowView = { connection: 'connecting', role: undefined, tokenRejected: false, following: true }
  /** The presenter's last position as this page knows it. */
  let live: Position | null = null
  /** The presenter page: the last position it sent, and whether it has taken control on this page. */
  let sent: Position | null = null
  let inControl = false
  /** The presenter page: its positions the server has not yet answered with 'moved'. */
  let unanswered = 0
  let applying = false
  let socket: WebSocket | undefined
  let attempt = 0
  let retryTimer: ReturnType<typeof setTimeout> | undefined
  let publishTimer: ReturnType<typeof setTimeout> | undefined
  let lastPublish = -Infinity
  let stopped = false
  // A link pasted with a trailing '.' or space, or cut short, can never be accepted: this page is
  // an audience view from the start rather than a page refused on every try.
  let token = options.token !== undefined && isTokenShaped(options.token) ? options.token : undefined
  if (options.token !== undefined && token === undefined) view.tokenRejected = true
  // The room (questions, votes, signals) rides on this channel; loaded below only where the server marks it.
  let roomListener: ChannelListener | undefined
  let stopRoom: (() => void) | undefined

  const scrollView = () => deck.isScrollView()
  const here = () => toPosition(deck.getIndices(), deck.isPaused(), deck.isOverview())
  // From the slides' own indices, backups included (reveal.js's getSlides() leaves out the
  // "uncounted" backup slides, and a presenter on one would pull every follower back).
  const shape = () => {
    const counts: number[] = []
    for (const slide of allSlides(deck.getSlidesElement())) {
      const { h, v } = deck.getIndices(slide)
      counts[h] = Math.max(counts[h] ?? 0, (v ?? 0) + 1)
    }
    return Array.from(counts, (n) => n ?? 1)
  }

  // The indicator: a polite live region, so a screen reader hears "Live", "Offline", … once each.
  const bar = document.createElement('div')
  bar.className = 'deck-follow'
  const label = document.createElement('span')
  label.className = 'deck-follow-label'
  label.setAttribute('role', 'status')
  label.setAttribute('aria-live', 'polite')
  const back = document.createElement('button')
  back.type = 'button'
  back.className = 'deck-follow-return'
  back.textContent = 'Follow'
  back.title = 'Back to the presenter’s slide (W)'
  back.setAttribute('aria-keyshortcuts', 'W')
  bar.append(label, back)
  document.body.append(bar)

  const render = () => {
    const state = followState(view)
    root.dataset.follow = state
    if (view.tokenRejected) root.dataset.followToken = 'rejected'
    const text = followLabel(view)
    if (label.textContent !== text) label.textContent = text
    back.hidden = !(state === 'detached' || (state === 'offline' && view.role === 'audience' && !view.following))
  }

  const apply = (p: Position) => {
    const target = clampToDeck(p, shape())
    applying = true
    try {
      if (deck.isOverview() !== target.overview) deck.toggleOverview(target.overview)
      if (!atPosition(here(), target, false)) deck.slide(target.h, target.v, target.f)
      if (deck.isPaused() !== target.paused) deck.togglePause(target.paused)
    } finally {
      applying = false
    }
  }

  const send = (message: ClientMessage) => {
    if (socket?.readyState === WebSocket.OPEN) socket.send(encodeClientMessage(message))
  }

  const publishNow = () => {
    publishTimer = undefined
    const position = here()
    if (samePosition(position, sent)) return
    sent = position
    lastPublish = performance.now()
    if (socket?.readyState !== WebSocket.OPEN) return
    unanswered++
    send({ type: 'position', position })
  }

  /** The latest position, at most every PUBLISH_INTERVAL_MS: holding an arrow key sends no flood. */
  const publish = () => {
    if (view.role !== 'presenter' || view.connection !== 'open' || publishTimer !== undefined) return
    const wait = lastPublish + PUBLISH_INTERVAL_MS - performance.now()
    if (wait <= 0) publishNow()
    else publishTimer = setTimeout(publishNow, wait)
  }

  const follow = () => {
    view.following = true
    if (live) apply(live)
    render()
  }

  /** A move on this page: the presenter publishes it; a follower who moved away from the live slide is detached. */
  const onMove = () => {
    if (applying) return
    if (view.role === 'presenter') {
      publish()
      return
    }
    if (view.following && live && !atPosition(here(), clampToDeck(live, shape()), scrollView())) {
      view.following = false
      render()
    }
  }

  const onMessage = (message: ServerMessage) => {
    if (message.type === 'welcome') {
      attempt = 0
      view.connection = 'open'
      view.clusterUnreachable = false
      view.full = false
      view.role = message.role
      // Refused by the server now, or dropped by this page after a refusal earlier.
      view.tokenRejected = message.tokenRejected || (options.token !== undefined && token === undefined)
      roomListener?.({ kind: 'open', role: message.role })
      if (message.role === 'presenter') {
        // A fresh presenter page takes up the talk where the server says it is (a reload, a second
        // laptop); a page that was already presenting keeps its own moves made while offline.
        if (!inControl && message.position) apply(message.position)
        inControl = true
        sent = null
        unanswered = 0
        render()
        publishNow()
        return
      }
      live = message.position
      if (view.following && live) apply(live)
      render()
      return
    }
    if (message.type === 'moved') {
      unanswered = Math.max(0, unanswered - 1)
      return
    }
    if (message.type === 'cluster') {
      view.clusterUnreachable = !message.reachable
      render()
      return
    }
    live = message.position
    if (view.role === 'presenter') {
      // Another token holder's move. One that arrives while this page's own move is unsent or
      // unanswered came before it in the server's order, and this page's move wins: every page
      // ends where the server (and so the room) is, with no echo and no tug of war.
      if (unanswered > 0 || publishTimer !== undefined) return
      sent = live
      apply(live)
      return
    }
    if (view.following) apply(live)
  }

  const connect = () => {
    if (stopped) return
    const ws = new WebSocket(channelUrl(location.href))
    socket = ws
    let welcomed = false
    const sentToken = token
    ws.addEventListener('open', () => send(sentToken ? { type: 'hello', token: sentToken } : { type: 'hello' }))
    ws.addEventListener('message', (event: MessageEvent) => {
      if (typeof event.data !== 'string') return
      const decoded = decodeServerMessage(event.data)
      if (!decoded.ok) {
        roomListener?.({ kind: 'message', text: event.data })
        return
      }
      welcomed ||= decoded.message.type === 'welcome'
      onMessage(decoded.message)
    })
    ws.addEventListener('close', (event: CloseEvent) => {
      if (socket !== ws || stopped) return
      if (!welcomed && sentToken !== undefined && helloRefused(event.code)) {
        // Refused for good: follow as the audience from the next try on.
        token = undefined
        view.tokenRejected = true
        attempt = 0
      }
      socket = undefined
      view.full = !welcomed && talkFull(event.code)
      view.connection = 'offline'
      roomListener?.({ kind: 'closed' })
      clearTimeout(publishTimer)
      publishTimer = undefined
      render()
      retryTimer = setTimeout(connect, backoffDelay(attempt++))
    })
  }

  /** Back on the network or in front of the reader again: try now rather than at the next backoff. */
  const retrySoon = () => {
    if (stopped || socket || document.visibilityState === 'hidden') return
    clearTimeout(retryTimer)
    connect()
  }

  // The join code: the audience link as a QR code, over any slide.
  const join = document.createElement('div')
  join.className = 'deck-follow-join'
  join.hidden = true
  join.setAttribute('role', 'dialog')
  join.setAttribute('aria-modal', 'true')
  join.setAttribute('aria-label', 'Join the talk on your own screen')
  const joinCode = document.createElement('img')
  joinCode.src = new URL(`${FOLLOW_PATH}/qr.svg`, location.href).href
  joinCode.alt = `QR code for ${options.audienceUrl}`
  const joinText = document.createElement('p')
  joinText.textContent = `Follow the slides on your screen: ${options.audienceUrl}`
  const joinClose = document.createElement('button')
  joinClose.type = 'button'
  joinClose.textContent = 'Close'
  join.append(joinCode, joinText, joinClose)
  document.body.append(join)
  let returnFocus: HTMLElement | null = null
  const toggleJoin = (open = join.hidden) => {
    if (open === !join.hidden) return
    join.hidden = !open
    root.dataset.followJoin = open ? 'open' : 'closed'
    if (open) {
      returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null
      joinClose.focus({ preventScroll: true })
    } else if (returnFocus?.isConnected) returnFocus.focus({ preventScroll: true })
  }
  // While the code is shown, J and Escape close it and reach nothing else (Escape would open reveal.js's overview).
  const onKeyDown = (e: KeyboardEvent) => {
    if (join.hidden || (e.key !== 'Escape' && e.key.toLowerCase() !== 'j')) return
    e.preventDefault()
    e.stopImmediatePropagation()
    toggleJoin(false)
  }
  joinClose.addEventListener('click', () => toggleJoin(false))
  join.addEventListener('click', (e) => e.target === join && toggleJoin(false))
  window.addEventListener('keydown', onKeyDown, true)

  // The title slide shows the join code while the room fills, the closing slide during questions.
  const showCode = (into: Element, className: string, words: string) => {
    const box = document.createElement('div')
    box.className = className
    const code = joinCode.cloneNode() as HTMLImageElement
    const text = document.createElement('p')
    text.textContent = words
    box.append(code, text)
    into.append(box)
  }
  for (const body of document.querySelectorAll('.reveal .slides section.layout-closing .slide-body'))
    showCode(body, 'deck-follow-inline', `Follow live: ${options.audienceUrl}`)
  for (const title of document.querySelectorAll('.reveal .slides section.layout-title'))
    showCode(title, 'deck-follow-corner', 'Follow the slides on your screen')

  deck.addKeyBinding(JOIN_KEY, () => toggleJoin())
  deck.addKeyBinding(FOLLOW_KEY, () => view.role !== 'presenter' && follow())
  back.addEventListener('click', follow)
  const events = ['slidechanged', 'fragmentshown', 'fragmenthidden', 'paused', 'resumed', 'overviewshown', 'overviewhidden']
  for (const name of events) deck.on(name, onMove)
  window.addEventListener('online', retrySoon)
  document.addEventListener('visibilitychange', retrySoon)
  render()
  connect()
  const roomMode = document.querySelector<HTMLMetaElement>(`meta[name="${ROOM_META}"]`)?.content
  if (roomMode === 'moderated' || roomMode === 'open') {
    void import('./room-client.ts').then(({ startRoom }) => {
      if (stopped) return
      stopRoom = startRoom(deck, {
        send: (text) => {
          if (socket?.readyState !== WebSocket.OPEN || view.role === undefined) return false
          socket.send(text)
          return true
        },
        role: () => (view.connection === 'open' ? view.role : undefined),
        listen: (fn) => (roomListener = fn),
      })
    })
  }

  return () => {
    stopped = true
    stopRoom?.()
    clearTimeout(retryTimer)
    clearTimeout(publishTimer)
    socket?.close()
    for (const name of events) deck.off(name, onMove)
    window.removeEventListener('online', retrySoon)
    window.removeEventListener('keydown', onKeyDown, true)
    document.removeEventListener('visibilitychange', retrySoon)
    deck.removeKeyBinding(JOIN_KEY.keyCode)
    deck.removeKeyBinding(FOLLOW_KEY.keyCode)
    bar.remove()
    join.remove()
    for (const code of document.querySelectorAll('.deck-follow-inline, .deck-follow-corner')) code.remove()
  }
}
