import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { installReason, projectState, STAMP } from '../../scripts/ensure-deps.mjs'

const script = resolve(import.meta.dirname, '../../scripts/ensure-deps.mjs')

describe('the freshness decision behind npm test and npm start', () => {
  it('installs when node_modules is missing', () => {
    expect(installReason({ hasNodeModules: false, installed: undefined, lock: 1000 })).toBe('node_modules is missing')
  })
  it('installs when node_modules holds no record of an install', () => {
    expect(installReason({ hasNodeModules: true, installed: undefined, lock: 1000 })).toMatch(/no record of an install/)
  })
  it('installs when package-lock.json is newer than the install', () => {
    expect(installReason({ hasNodeModules: true, installed: 999, lock: 1000 })).toBe('package-lock.json is newer than node_modules')
  })
  it('does nothing when the install is as new as the lock file or newer', () => {
    expect(installReason({ hasNodeModules: true, installed: 1000, lock: 1000 })).toBeUndefined()
    expect(installReason({ hasNodeModules: true, installed: 2000, lock: 1000 })).toBeUndefined()
  })
})

describe('node scripts/ensure-deps.mjs --check, in a copy of the project', () => {
  let dir: string
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  /** A project folder holding the script and a lock file; node_modules as the test sets it up. */
  function project(): string {
    dir = mkdtempSync(join(tmpdir(), 'deck-deps-'))
    mkdirSync(join(dir, 'scripts'))
    copyFileSync(script, join(dir, 'scripts/ensure-deps.mjs'))
    writeFileSync(join(dir, 'package-lock.json'), '{}\n')
    utimesSync(join(dir, 'package-lock.json'), new Date(2026, 0, 2), new Date(2026, 0, 2))
    return dir
  }
  const check = (root: string) =>
    spawnSync(process.execPath, [join(root, 'scripts/ensure-deps.mjs'), '--check'], { encoding: 'utf8' }).stdout.trim()
  const installedAt = (root: string, file: string, when: Date) => {
    mkdirSync(join(root, 'node_modules'), { recursive: true })
    writeFileSync(join(root, 'node_modules', file), '{}\n')
    utimesSync(join(root, 'node_modules', file), when, when)
  }

  it('a fresh clone (no node_modules) needs an install', () => {
    expect(check(project())).toBe('install needed: node_modules is missing')
  })

  it('an install older than package-lock.json needs another', () => {
    const root = project()
    installedAt(root, '.package-lock.json', new Date(2026, 0, 1))
    expect(check(root)).toBe('install needed: package-lock.json is newer than node_modules')
    expect(projectState(root).hasNodeModules).toBe(true)
  })

  it('an install after the lock file, by npm or by the script, is up to date', () => {
    const root = project()
    installedAt(root, '.package-lock.json', new Date(2026, 0, 3))
    expect(check(root)).toBe('up to date')
    // npm leaves its record alone when nothing changed; the script's stamp then records the install.
    utimesSync(join(root, 'node_modules/.package-lock.json'), new Date(2026, 0, 1), new Date(2026, 0, 1))
    installedAt(root, STAMP, new Date(2026, 0, 3))
    expect(check(root)).toBe('up to date')
  })
})
