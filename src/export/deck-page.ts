import type { BrowserContext, Page } from 'playwright-core'

/**
 * Refuse every request that leaves the local server at `origin`: the built deck needs nothing
 * from outside (data:, blob: and about: URLs stay inside the page). `onBlocked` hears each refusal.
 */
export async function keepLocal(context: BrowserContext | Page, origin: string, onBlocked?: (url: string) => void): Promise<void> {
  await context.route(
    (url) => !url.href.startsWith(origin) && !/^(data|blob|about):/.test(url.protocol),
    (route) => {
      onBlocked?.(route.request().url())
      return route.abort()
    },
  )
}

/**
 * Wait until the deck says it is ready (`<html data-deck-state>`, src/reveal/state.ts). Throws
 * when it does not say so within `timeout` ms, naming the state it is in, or when it reports an
 * error, with the deck's own reason.
 */
export async function waitForDeckReady(page: Page, timeout: number): Promise<void> {
  try {
    await page.waitForFunction(() => ['ready', 'error'].includes(document.documentElement.dataset.deckState ?? ''), undefined, { timeout })
  } catch (cause) {
    const state = await page.evaluate(() => document.documentElement.dataset.deckState).catch(() => undefined)
    throw new Error(`the deck did not become ready in ${timeout / 1000} s (data-deck-state is "${state ?? 'missing'}")`, { cause })
  }
  const [state, reason] = await page.evaluate(() => [
    document.documentElement.dataset.deckState,
    document.documentElement.dataset.deckError,
  ])
  if (state !== 'ready') throw new Error(`the deck reported an error: ${reason ?? 'no reason given'}`)
}
