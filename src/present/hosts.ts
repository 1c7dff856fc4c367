import type { IncomingMessage } from 'node:http'
import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os'

/**
 * The host names the server answers to. A request naming any other host reached it through a
 * name someone else controls: DNS rebinding, where a page a follower visits points its own name
 * at this server and so gets the follower's browser to talk to it as that page's own origin
 * (Vite's `server.allowedHosts` guards its dev server the same way).
 */
export interface HostCheck {
  /** Whether a Host header names this server. */
  allows(hostHeader: string | undefined): boolean
  /** Whether a WebSocket upgrade comes from one of the deck's own pages, on an allowed host. */
  originAllowed(req: IncomingMessage): boolean
}

export interface HostCheckOptions {
  /** The interface listened on; undefined (or 0.0.0.0, ::) for all of them. */
  listenHost: string | undefined
  /** The name the printed links use. */
  publicHost: string
  /** Names given with --public-name (a DNS name, behind a proxy). */
  publicNames?: readonly string[]
  interfaces?: () => NodeJS.Dict<NetworkInterfaceInfo[]>
}

/** The host name of a Host header or URL host, lower case, without port or IPv6 brackets; undefined if it is not one. */
export function hostName(host: string | undefined): string | undefined {
  if (!host || !/^[A-Za-z0-9.:[\]-]+$/.test(host)) return undefined
  try {
    return new URL(`http://${host}`).hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase()
  } catch {
    return undefined
  }
}

export function createHostCheck(options: HostCheckOptions): HostCheck {
  const everywhere = options.listenHost === undefined || options.listenHost === '0.0.0.0' || options.listenHost === '::'
  const read = options.interfaces ?? networkInterfaces
  const fixed = new Set(
    ['localhost', '127.0.0.1', '::1', options.publicHost, ...(everywhere ? [] : [options.listenHost!]), ...(options.publicNames ?? [])]
      // An IPv6 literal is a name as it is; anything else as a Host header would give it.
      .map((n) => (n.includes(':') ? n.toLowerCase() : hostName(n)))
      .filter((n): n is string => n !== undefined),
  )
  const addresses = () =>
    new Set(
      Object.values(read())
        .flatMap((list) => list ?? [])
        .map((i) => i.address.toLowerCase()),
    )
  let known = everywhere ? addresses() : new Set<string>()
  const allowedName = (name: string | undefined): boolean => {
    if (name === undefined) return false
    if (fixed.has(name) || known.has(name)) return true
    // Listening everywhere, a new address (the laptop joined another network) is this server's too.
    if (everywhere) known = addresses()
    return known.has(name)
  }
  return {
    allows: (host) => allowedName(hostName(host)),
    originAllowed(req) {
      const host = req.headers.host
      const origin = req.headers.origin
      if (!origin || !host || !allowedName(hostName(host))) return false
      try {
        const url = new URL(origin)
        return (url.protocol === 'http:' || url.protocol === 'https:') && url.host === host.toLowerCase()
      } catch {
        return false
      }
    },
  }
}
