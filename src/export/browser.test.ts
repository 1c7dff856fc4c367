import { describe, expect, it } from 'vitest'
import { findBrowser } from './browser.ts'

/** A machine with these executables and no others. */
const machine =
  (...paths: string[]) =>
  (p: string) =>
    paths.includes(p)

describe('findBrowser', () => {
  it('gives the build, the exports and the tests the headless shell where it is installed', () => {
    const both = machine('/usr/bin/chromium', '/usr/bin/chromium-headless-shell')
    expect(findBrowser({}, 'automation', both)).toBe('/usr/bin/chromium-headless-shell')
    expect(findBrowser({}, undefined, both)).toBe('/usr/bin/chromium-headless-shell')
  })

  it('gives the benchmark’s page loads the full browser a reader has, and the shell only when it is all there is', () => {
    expect(findBrowser({}, 'reader', machine('/usr/bin/chromium', '/usr/bin/chromium-headless-shell'))).toBe('/usr/bin/chromium')
    expect(findBrowser({}, 'reader', machine('/usr/bin/chromium-headless-shell'))).toBe('/usr/bin/chromium-headless-shell')
  })

  it('falls back to the full browser without the shell, and finds nothing on a machine with no browser', () => {
    expect(findBrowser({}, 'automation', machine('/usr/bin/google-chrome'))).toBe('/usr/bin/google-chrome')
    expect(findBrowser({}, 'automation', machine())).toBeUndefined()
  })

  it('takes CHROMIUM_PATH over every default, and says none when it names nothing', () => {
    const both = machine('/opt/chrome', '/usr/bin/chromium-headless-shell')
    expect(findBrowser({ CHROMIUM_PATH: '/opt/chrome' }, 'automation', both)).toBe('/opt/chrome')
    expect(findBrowser({ CHROMIUM_PATH: '/nonexistent/chromium' }, 'automation', both)).toBeUndefined()
  })
})
