/**
 * `npm run present`: build the deck if dist/ is stale, then serve it with the follow channel and
 * print the presenter's and the audience's links, and the audience link as a QR code.
 */
import { resolve } from 'node:path'
import QRCode from 'qrcode'
import { ensureBuilt } from '../export/freshness.ts'
import { runCommandLine } from '../cli/command-line.ts'
import { parsePresentArgs, USAGE } from './args.ts'
import { publicHost } from './lan.ts'
import { startPresentServer } from './server.ts'
import { generateToken, tokenFromFile } from './token.ts'

const root = resolve(import.meta.dirname, '../..')

async function main(): Promise<void> {
  const args = runCommandLine('present', USAGE, process.argv.slice(2), parsePresentArgs)
  const distDir = resolve(root, 'dist')
  await ensureBuilt(root, distDir, (line) => console.log(line))
  const token = args.tokenFile ? tokenFromFile(resolve(args.tokenFile)) : generateToken()
  const server = await startPresentServer({
    distDir,
    token,
    port: args.port,
    host: args.host,
    publicHost: args.publicNames[0] ?? publicHost(args.host),
    publicNames: args.publicNames,
    maxConnections: args.maxConnections,
    maxPerAddress: args.maxPerAddress,
    room: { session: resolve(args.session), moderate: args.moderate },
    cluster: args.redis === undefined ? undefined : { redis: args.redis, node: args.node },
  })
  const room = server.room!.stats()
  console.log(
    `room: ${server.cluster ? `shared on Redis ${server.cluster.link.describe}` : args.session}${args.moderate ? ', moderated' : ''}` +
      (room.questions || server.hub.position ? ` (resumed: ${room.questions} questions, ${room.votes} votes)` : ''),
  )
  console.log(`presenter: ${server.presenterUrl}`)
  console.log(`audience:  ${server.audienceUrl}`)
  console.log(await QRCode.toString(server.audienceUrl, { type: 'terminal', small: true, errorCorrectionLevel: 'M' }))
  const stop = () => {
    const refused = Object.entries(server.rejections.counts()).map(([kind, n]) => `${kind} ${n}`)
    if (refused.length) console.log(`present: refused in all: ${refused.join(', ')}`)
    void server.close().then(() => process.exit(0))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

main().catch((e: unknown) => {
  console.error(`present: ${e instanceof Error ? e.message : String(e)}`)
  process.exit(1)
})
