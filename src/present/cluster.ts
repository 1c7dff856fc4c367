/**
 * Several present servers, one talk (--redis): this node's link to Redis, the position bus on it,
 * and the room's store over it. server.ts needs only this module; without --redis none of it runs
 * and nothing needs Redis.
 */
import { createPositionBus, type PositionBus } from './position-bus.ts'
import { connectRedis, defaultNodeName, type RedisLink } from './redis-link.ts'
import type { Rejections } from './rejections.ts'
import { openRedisRoomStore } from './room-redis-store.ts'
import type { RoomStore } from './room-store.ts'

export interface Cluster {
  readonly link: RedisLink
  readonly bus: PositionBus
  /** The room's store in Redis, loaded as the other nodes left it. */
  openRoomStore(): Promise<RoomStore>
  close(): Promise<void>
}

export interface ClusterOptions {
  redis: string
  /** @default host name, process id and a random suffix */
  node?: string
  token: string
  rejections: Rejections
  log: (line: string) => void
}

export async function joinCluster(options: ClusterOptions): Promise<Cluster> {
  const link = await connectRedis({ url: options.redis, node: options.node ?? defaultNodeName(), token: options.token, log: options.log })
  const bus = await createPositionBus(link, options.rejections)
  options.log(`present: node ${link.node} of the talk on Redis ${link.describe}`)
  return {
    link,
    bus,
    openRoomStore: () => openRedisRoomStore(link, options.rejections, options.log),
    close: () => link.close(),
  }
}
