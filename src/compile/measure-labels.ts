import { rmSync } from 'node:fs'
import type { Browser } from 'playwright-core'
import type { BuiltPage } from './built-page.ts'
import { legibilityProblems, type DiagramMeasure } from '../diagrams/legibility.ts'
import { keepLocal, waitForDeckReady } from '../export/deck-page.ts'
import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../reveal/config.ts'

/** The two screens a diagram must read on: a projected 16:9 slide, and a phone held upright. */
export const SCREENS = {
  projector: { viewport: { width: SLIDE_WIDTH, height: SLIDE_HEIGHT }, isMobile: false, hasTouch: false },
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
} as const

export type Screen = keyof typeof SCREENS

/** Open the deck on one screen (?deck-measure exposes the measurement) and measure every diagram. */
async function measureDiagramsOn(browser: Browser, url: string, screen: Screen): Promise<DiagramMeasure[]> {
  const context = await browser.newContext({ ...SCREENS[screen], reducedMotion: 'reduce' })
  try {
    await keepLocal(context, new URL(url).origin)
    const page = await context.newPage()
    await page.goto(`${url}?deck-measure`)
    // ?deck-measure makes the diagrams plugin expose the measurement before reveal.js is ready.
    await waitForDeckReady(page, 60_000).catch((cause: Error) => {
      throw new Error(`measuring the diagrams: ${cause.message}`, { cause })
    })
    return await page.evaluate(() => window.__deckMeasure!())
  } finally {
    await context.close()
  }
}

export interface LegibilityOutcome {
  problems: string[]
  warnings: string[]
  measures: Record<Screen, DiagramMeasure[]>
}

/**
 * The build's legibility check: every diagram of the built page, as drawn, measured at the
 * 1280×720 design size and on a 390 px phone. Labels that would be too small, or a diagram
 * squeezed into a corner of its slide, are authoring errors naming the slide.
 */
async function checkDiagramLegibility(built: BuiltPage): Promise<LegibilityOutcome> {
  const { browser, url } = built
  const [projector, phone] = await Promise.all([measureDiagramsOn(browser, url, 'projector'), measureDiagramsOn(browser, url, 'phone')])
  const problems = [...legibilityProblems(projector, 'projector'), ...legibilityProblems(phone, 'phone')]
  const warnings = legibilityProblems(projector, 'projector', true).filter((p) => !problems.includes(p))
  return { problems, warnings, measures: { projector, phone } }
}

/**
 * The build's step, in its one browser (withBuiltPage): fails it, listing every diagram too small
 * to read; warns of diagrams squeezed under 30% of their slide.
 */
export async function assertDiagramsLegible(htmlFile: string, warn: (message: string) => void, built: BuiltPage): Promise<void> {
  const outcome = await checkDiagramLegibility(built)
  for (const w of outcome.warnings) warn(`[deck] ${w}`)
  if (outcome.problems.length) {
    // As the overflow check does: a failed build leaves no page that could be deployed by mistake.
    rmSync(htmlFile)
    throw new Error(`${outcome.problems.length} diagram problem(s):\n${outcome.problems.map((p) => `  - ${p}`).join('\n')}`)
  }
}
