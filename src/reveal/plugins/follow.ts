import type { RevealApi, RevealPlugin } from 'reveal.js'
import { FOLLOW_META } from '../../present/protocol.ts'
import { isPrintView, isSpeakerPreview } from '../print.ts'

/** What the follow plugin reads from the page; tests pass their own. */
export interface FollowEnv {
  /** The audience link from the present server's marker, or undefined on any other page. */
  audienceUrl: string | undefined
  search: string
  printView: boolean
  /** The window in CSS px: a phone-sized one opens the presenter link as the remote. */
  window: { width: number; height: number }
}

const browserEnv = (): FollowEnv => ({
  audienceUrl: document.querySelector<HTMLMetaElement>(`meta[name="${FOLLOW_META}"]`)?.content || undefined,
  search: location.search,
  printView: isPrintView(),
  window: { width: window.innerWidth, height: window.innerHeight },
})

/**
 * Whether this page takes part in a live talk: it was served by `npm run present` (which marks the
 * page), and it is neither reveal.js's speaker-view previews (`?receiver`) nor the print view.
 * Everywhere else (static hosting, the single file, the dev server) the deck behaves as before.
 */
export function followActive(env: FollowEnv): boolean {
  return env.audienceUrl !== undefined && !env.printView && !isSpeakerPreview(env.search)
}

/** The presenter's token from `?presenter=TOKEN`, if any. */
export function presenterToken(search: string): string | undefined {
  return new URLSearchParams(search).get('presenter') || undefined
}

/** A window whose shorter side is at most this is a phone (upright or sideways): the presenter link shows the remote there. */
export const PHONE_MAX_SIDE = 500

/**
 * Whether this page is the presenter's remote: a live page with a token, on a phone-sized window
 * or with `?remote` (`?remote=0` shows the deck on a small window). Never without a token: an
 * audience page cannot open the remote.
 */
export function remoteActive(env: FollowEnv): boolean {
  if (!followActive(env) || presenterToken(env.search) === undefined) return false
  const asked = new URLSearchParams(env.search).get('remote')
  if (asked !== null) return asked !== '0'
  const side = Math.min(env.window.width, env.window.height)
  return side > 0 && side <= PHONE_MAX_SIDE
}

/**
 * deck-follow: the audience follows the presenter. Only this check ships in the main script; the
 * channel, the state indicator and the join code load (a dynamic import) on a marked page, after
 * reveal.js is ready, so the first paint never waits for them.
 */
export function deckFollow(env: () => FollowEnv = browserEnv): RevealPlugin {
  let stop: (() => void) | undefined
  return {
    id: 'deck-follow',
    init(deck: RevealApi) {
      const e = env()
      if (!followActive(e)) return
      if (remoteActive(e)) {
        // The remote replaces the deck on this page: hidden at once, so the phone never shows the
        // slide beneath it; it needs nothing from reveal.js, so it does not wait for 'ready'.
        document.documentElement.dataset.remote = 'loading'
        void import('./remote.ts').then(({ startRemote }) => {
          stop = startRemote(deck, { token: presenterToken(e.search)! })
        })
        return
      }
      const start = () =>
        void import('./follow-client.ts').then(({ startFollowing }) => {
          stop = startFollowing(deck, { audienceUrl: e.audienceUrl!, token: presenterToken(e.search) })
        })
      deck.on('ready', start)
    },
    destroy() {
      stop?.()
    },
  }
}
