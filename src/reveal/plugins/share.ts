import type { RevealApi, RevealPlugin } from 'reveal.js'
import { isPrintView } from '../print.ts'

/**
 * U (for URL). Not L, the first idea: reveal.js binds L to "navigate right" (H J K L move
 * like vim), and taking it over would break that for anyone who uses it.
 */
const KEY_CODE = 85

/**
 * The link to one slide. With the deck's public URL known (the canonical link the build writes
 * when DECK_PUBLIC_URL is set) it is the slide's share page, `s/<id>/`, whose preview shows that
 * slide; otherwise the deck's own address with `#/<id>`, naming index.html so it opens from any host.
 */
export function shareLink(id: string, where: { canonical?: string; href: string }): string {
  if (where.canonical) return new URL(`s/${encodeURIComponent(id)}/`, where.canonical).href
  const url = new URL(where.href)
  url.hash = ''
  url.search = ''
  if (url.pathname.endsWith('/')) url.pathname += 'index.html'
  return `${url.href}#/${encodeURIComponent(id)}`
}

/** Copy text: the async clipboard where the page may use it, else a selected textarea and execCommand. */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text)
      return true
    }
  } catch {
    // Refused (no permission, not a secure context): try the old way.
  }
  const area = document.createElement('textarea')
  area.value = text
  area.setAttribute('readonly', '')
  area.className = 'deck-copy-buffer'
  document.body.append(area)
  area.select()
  let copied: boolean
  try {
    copied = document.execCommand('copy')
  } catch {
    copied = false
  }
  area.remove()
  return copied
}

/**
 * deck-share: `U` copies the link to the current slide and says so in a small status message
 * (aria-live, so a screen reader hears it too). Where copying is refused, the message shows the
 * link to copy by hand.
 */
export function deckShare(): RevealPlugin {
  let toast: HTMLElement | undefined
  let hide: ReturnType<typeof setTimeout> | undefined
  return {
    id: 'deck-share',
    init(deck: RevealApi) {
      if (isPrintView()) return
      toast = document.createElement('div')
      toast.className = 'deck-toast'
      toast.setAttribute('role', 'status')
      toast.setAttribute('aria-live', 'polite')
      document.body.append(toast)
      const say = (text: string, state: 'copied' | 'failed') => {
        toast!.textContent = text
        toast!.dataset.state = state
        clearTimeout(hide)
        // A status message, not a dialog: it goes by itself, long enough to be read.
        hide = setTimeout(() => delete toast!.dataset.state, state === 'copied' ? 4000 : 12000)
      }
      deck.addKeyBinding({ keyCode: KEY_CODE, key: 'U', description: 'Copy a link to this slide' }, () => {
        const slide = deck.getCurrentSlide() as HTMLElement | undefined
        if (!slide?.id) return
        const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href
        const link = shareLink(slide.id, { canonical, href: location.href })
        void copyText(link).then((ok) =>
          ok ? say(`Link to this slide copied: ${link}`, 'copied') : say(`Copy this link to the slide: ${link}`, 'failed'),
        )
      })
    },
    destroy() {
      clearTimeout(hide)
      toast?.remove()
    },
  }
}
