import { describe, expect, it } from 'vitest'
import { dropSteadyResizes } from './steady-resize.ts'

/** A window stand-in: an EventTarget with a size. */
function fakeWindow(width: number, height: number) {
  const target = new EventTarget() as EventTarget & { innerWidth: number; innerHeight: number; devicePixelRatio: number }
  return Object.assign(target, { innerWidth: width, innerHeight: height, devicePixelRatio: 1 })
}

describe('dropSteadyResizes', () => {
  it('stops a resize that leaves the window as it was, and lets a real one through', () => {
    const win = fakeWindow(412, 823)
    dropSteadyResizes(win as unknown as Window)
    const seen: string[] = []
    win.addEventListener('resize', () => seen.push(`${win.innerWidth}×${win.innerHeight}`))
    win.dispatchEvent(new Event('resize'))
    expect(seen).toEqual([])
    win.innerHeight = 760 // the toolbar hides
    win.dispatchEvent(new Event('resize'))
    win.dispatchEvent(new Event('resize'))
    win.innerWidth = 823 // turned sideways
    win.innerHeight = 412
    win.dispatchEvent(new Event('resize'))
    win.devicePixelRatio = 2 // zoomed
    win.dispatchEvent(new Event('resize'))
    expect(seen).toEqual(['412×760', '823×412', '823×412'])
  })

  it('can be removed', () => {
    const win = fakeWindow(1280, 720)
    const stop = dropSteadyResizes(win as unknown as Window)
    stop()
    let seen = 0
    win.addEventListener('resize', () => seen++)
    win.dispatchEvent(new Event('resize'))
    expect(seen).toBe(1)
  })
})
