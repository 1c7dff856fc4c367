/**
 * Where the room of a talk is read from after it (`npm run questions`, the handout of
 * `npm run export:pdf`): the session file of a single server, or, for a talk served by several
 * servers (`present --redis URL --token-file F`), the Redis they shared. There the talk is known
 * only by its token (redis-link.ts: the keys' prefix is its hash), so the same token file names it.
 */
import { resolve } from 'node:path'
import { UsageError } from '../cli/command-line.ts'
import { checkRedisUrl } from './args.ts'
import { connectRedis, defaultNodeName, redactUrl } from './redis-link.ts'
import { readRedisRoom, roomKeys } from './room-redis-store.ts'
import { readRoomFile, type RoomSnapshot } from './room-store.ts'
import { readTokenFile } from './token.ts'

export type RoomSource = { kind: 'file'; file: string } | { kind: 'redis'; redis: string; tokenFile: string }

/** The options a command adds to read a clustered talk's room; the same names `present` uses. */
export const REDIS_ROOM_OPTIONS = { redis: { type: 'string' }, 'token-file': { type: 'string' } } as const

export const REDIS_ROOM_USAGE = `  --redis URL     a talk served by several servers: read its room from the Redis they shared
                  (redis://[:PASSWORD@]HOST:PORT/DB or rediss://…), instead of a session file
  --token-file F  with --redis: the talk's token file (the one its servers were given); it names the talk there`

/**
 * The room's source from a command line: `file` (named by `fileOption` in errors) or --redis with
 * --token-file, never both; undefined if none. Throws UsageError for a contradiction or a half.
 */
export function roomSourceOf(
  fileOption: string,
  file: string | undefined,
  values: { redis?: string | undefined; 'token-file'?: string | undefined },
): RoomSource | undefined {
  const { redis, 'token-file': tokenFile } = values
  if (tokenFile !== undefined && redis === undefined)
    throw new UsageError('--token-file: names a talk on Redis; give --redis URL too (a single server’s room is in its session file)')
  if (redis === undefined) return file === undefined ? undefined : { kind: 'file', file }
  if (file !== undefined)
    throw new UsageError(`${fileOption}: with --redis the room is read from Redis, not from a session file; give one or the other`)
  if (!tokenFile) throw new UsageError('--redis: the talk is known there by its token; give --token-file F (the file its servers shared)')
  return { kind: 'redis', redis: checkRedisUrl(redis), tokenFile }
}

/** How a report names where its room came from (no password). */
export function describeSource(source: RoomSource): string {
  if (source.kind === 'file') return source.file
  return `Redis ${redactUrl(source.redis)}, the talk of ${source.tokenFile}`
}

/**
 * The room, as its source holds it. Errors are one line: the session file's (naming it), Redis
 * unreachable (naming the URL), or a token that names no talk there.
 */
export async function readRoom(source: RoomSource): Promise<RoomSnapshot> {
  if (source.kind === 'file') return readRoomFile(resolve(source.file))
  const token = readTokenFile(resolve(source.tokenFile))
  const link = await connectRedis({ url: source.redis, node: defaultNodeName(), token, log: () => undefined, connectTimeoutMs: 3000 })
  try {
    // Every server of a talk reserves question ids on its counter as it starts: no counter, no talk.
    if (!(await link.commands.exists(roomKeys(link.prefix).ids)))
      throw new Error(
        `Redis ${link.describe} holds no talk with the token in ${source.tokenFile}: no present server of that talk has used this Redis (or its data was lost)`,
      )
    return await readRedisRoom(link)
  } finally {
    await link.close()
  }
}
