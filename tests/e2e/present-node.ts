/**
 * One present server in a process of its own, for the cluster tests that kill a node with SIGKILL
 * (in-process, a crash cannot be had). argv[2]: the PresentOptions as JSON. Prints `{"port":N}`
 * once it listens; logs go to stderr.
 */
import { startPresentServer, type PresentOptions } from '../../src/present/server.ts'

const options = JSON.parse(process.argv[2] ?? '{}') as PresentOptions
const server = await startPresentServer({ ...options, log: (line) => process.stderr.write(`${line}\n`) })
process.stdout.write(`${JSON.stringify({ port: server.port })}\n`)
