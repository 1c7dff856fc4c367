import { describe, expect, it } from 'vitest'
import { slideNumberParts } from './slide-number.ts'

// Just what slideNumberParts reads of the DOM: each slide's deck, and the slides in it (no stacks).
const slidesElement = { querySelectorAll: () => [...talk, ...backups] }
const slide = (backup: boolean) =>
  ({ dataset: backup ? { backup: '' } : {}, closest: () => slidesElement, querySelector: () => null }) as unknown as HTMLElement
const talk = [slide(false), slide(false), slide(false)]
const backups = [slide(true), slide(true)]

describe('slideNumberParts', () => {
  const deck = {
    // reveal.js counts only the slides before this one that are not "uncounted".
    getSlidePastCount: (s?: HTMLElement) => Math.min(talk.indexOf(s!) === -1 ? 3 : talk.indexOf(s!), 3),
    getTotalSlides: () => talk.length,
  }

  it('counts the talk’s slides only, as reveal.js’s c/t', () => {
    expect(slideNumberParts(talk[0], deck)).toEqual(['1', '/', 3])
    expect(slideNumberParts(talk[2], deck)).toEqual(['3', '/', 3])
  })

  it('names a backup slide as such, in its own count', () => {
    expect(slideNumberParts(backups[1], deck)).toEqual(['backup 2/2'])
  })
})
