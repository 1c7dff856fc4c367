import type { RevealApi, RevealPlugin } from 'reveal.js'
import { FOLLOW_META } from '../../present/protocol.ts'
import { isPrintView, isSpeakerPreview } from '../print.ts'

/** What the follow plugin reads from the page; tests pass their own. */
export interface FollowEnv {
  /** The audience link from the present server's marker, or undefined on any other page. */
  audienceUrl: string | undefined
  search: string
  printView: boolean
}

const browserEnv = (): FollowEnv => ({
  audienceUrl: document.querySelector<HTMLMetaElement>(`meta[name="${FOLLOW_META}"]`)?.content || undefined,
  search: location.search,
  printView: isPrintView(),
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
