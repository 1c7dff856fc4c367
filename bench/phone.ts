/**
 * The phone: the medians of cold loads on Lighthouse's mobile profile (bench/page-loads.ts PHONE),
 * and, with --lighthouse, Lighthouse's own mobile runs (bench/lighthouse.ts), as tables.
 */
import type { LighthouseRun } from './lighthouse.ts'
import { RUNS, type Medians } from './page-loads.ts'
import { median, ms, kb } from './stats.ts'
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

/**
 * Lighthouse's own figures, run by run and as the median (the headline), beside the targets; and
 * the bench's own phone total blocking time, with a line when the two disagree about the target.
 */
export function lighthouseTable(lighthouse: LighthouseRun[], phone?: Medians): string[][] {
  const med = (pick: (r: LighthouseRun) => number) => median(lighthouse.map(pick)) ?? NaN
  const score = (v: number) => String(Math.round(v * 100))
  const row = (label: string, pick: (r: LighthouseRun) => number, show: (v: number) => string, target = '', met?: boolean) => [
    label,
    ...lighthouse.map((r) => show(pick(r))),
    show(med(pick)),
    target,
    met === undefined ? '' : verdict(met),
  ]
  const tbt = med((r) => r.tbt)
  const rows = [
    ['Lighthouse 12 mobile (gzipped)', ...lighthouse.map((_, i) => `run ${i + 1}`), 'median', 'target', ''],
    row('performance score', (r) => r.score, score, `≥ ${TARGETS.lighthouseScore}`, med((r) => r.score) * 100 >= TARGETS.lighthouseScore),
    row('accessibility', (r) => r.accessibility, score, '100', med((r) => r.accessibility) === 1),
    row('best practices', (r) => r.bestPractices, score, '100', med((r) => r.bestPractices) === 1),
    row('SEO', (r) => r.seo, score, '100', med((r) => r.seo) === 1),
    row('total blocking time', (r) => r.tbt, ms, `≤ ${TARGETS.lighthouseTbtMs} ms`, tbt <= TARGETS.lighthouseTbtMs),
    row('first contentful paint', (r) => r.fcp, ms),
    row('largest contentful paint', (r) => r.lcp, ms),
    row(
      'cumulative layout shift',
      (r) => r.cls,
      (v) => v.toFixed(3),
    ),
    row('speed index', (r) => r.speedIndex, ms),
  ]
  const failing = [...new Set(lighthouse.flatMap((r) => r.failing))]
  if (failing.length) rows.push(['  … below full marks', ...lighthouse.map(() => ''), failing.join(', '), '', ''])
  if (phone?.tbt !== undefined && phone.tbt < TARGETS.phoneTbtMs !== tbt <= TARGETS.lighthouseTbtMs)
    rows.push([
      '  … disagrees with the bench',
      ...lighthouse.map(() => ''),
      `bench phone TBT ${ms(phone.tbt)} (4× CPU, real throttling) vs Lighthouse ${ms(tbt)} (simulated)`,
      '',
      '',
    ])
  return rows
}
