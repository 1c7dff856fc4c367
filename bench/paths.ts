/** Where the benchmark reads and writes, and the design size it loads the deck at. */
import { resolve } from 'node:path'

export const root = resolve(import.meta.dirname, '..')
export const resultsDir = resolve(root, 'bench/results')
export const VIEWPORT = { width: 1280, height: 720 }
