/**
 * The phone: the medians of cold loads on Lighthouse's mobile profile (bench/page-loads.ts PHONE),
 * and, with --lighthouse, Lighthouse's own mobile runs (bench/lighthouse.ts), as tables.
 */
import type { LighthouseRun } from './lighthouse.ts'
import { RUNS, type Medians } from './page-loads.ts'
import { ms, kb } from './stats.ts'
import { TARGETS, verdict } from './targets.ts'

const gz = (b: { gzip?: number; raw?: number; requests?: number }) => `${kb(b.gzip)} (${kb(b.raw)} raw, ${b.requests ?? 0} req)`

export function phoneTable(phone: Medians): string[][] {
  return [
    ['phone 412×823, 4× CPU, gzipped, traced', `median (n=${RUNS})`, 'target', ''],
    ['first contentful paint', ms(phone.fcp), '', ''],
    [
      "first slide's title painted",
      `${ms(phone.titlePainted)} (${phone.titleByPaintTiming}/${RUNS} by paint timing)`,
      `< ${TARGETS.phoneTitlePaintMs} ms`,
      verdict(phone.titlePainted === undefined ? undefined : phone.titlePainted < TARGETS.phoneTitlePaintMs),
    ],
    ["reveal.js 'ready'", ms(phone.revealReady), '', ''],
    ['deck ready (data-deck-state)', ms(phone.deckReady), '', ''],
    [
      'total blocking time until ready',
      ms(phone.tbt),
      `< ${TARGETS.phoneTbtMs} ms`,
      verdict(phone.tbt === undefined ? undefined : phone.tbt < TARGETS.phoneTbtMs),
    ],
    ['long tasks until ready + network idle', ms(phone.longTaskMs), '', ''],
    ['style recalculation until ready (trace)', ms(phone.styleMs), '', ''],
    ['layout until ready (trace)', ms(phone.layoutMs), '', ''],
    ['layout objects laid out before first paint (trace)', String(phone.laidOutBeforeFcp ?? 'n/a'), '', ''],
    ['elements styled before first paint (trace)', String(phone.styledBeforeFcp ?? 'n/a'), '', ''],
    ['layout objects laid out until ready (trace)', String(phone.laidOutUntilReady ?? 'n/a'), '', ''],
    [
      'layout shift until ready (CLS, worst load)',
      (phone.clsMax ?? 0).toFixed(3),
      String(TARGETS.layoutShift),
      verdict((phone.clsMax ?? 0) <= TARGETS.layoutShift),
    ],
    ['title moved by reveal.js start (worst load)', `${phone.titleMovedMax.toFixed(1)} px`, '', ''],
    ['style requested before title paint (gzip)', gz(phone.beforeTitle.style), '', ''],
    ['  … of which render-blocking (gzip)', gz(phone.blocking.style), '', ''],
    ['script requested before title paint (gzip)', gz(phone.beforeTitle.script), '', ''],
  ]
}

export function lighthouseTable(lighthouse: LighthouseRun[]): string[][] {
  return [
    ['Lighthouse 12 mobile (gzipped)', ...lighthouse.map((_, i) => `run ${i + 1}`), 'target', ''],
    [
      'performance score',
      ...lighthouse.map((r) => String(Math.round(r.score * 100))),
      `≥ ${TARGETS.lighthouseScore}, every run`,
      verdict(lighthouse.every((r) => r.score * 100 >= TARGETS.lighthouseScore)),
    ],
    ['first contentful paint', ...lighthouse.map((r) => ms(r.fcp)), '', ''],
    ['largest contentful paint', ...lighthouse.map((r) => ms(r.lcp)), '', ''],
    ['total blocking time', ...lighthouse.map((r) => ms(r.tbt)), '', ''],
    ['cumulative layout shift', ...lighthouse.map((r) => r.cls.toFixed(3)), '', ''],
    ['speed index', ...lighthouse.map((r) => ms(r.speedIndex)), '', ''],
  ]
}
