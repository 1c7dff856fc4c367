import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os'

/**
 * The host name the printed links use. Listening on every interface, that is the machine's first
 * LAN IPv4 address (private ranges first), so a phone on the same Wi-Fi can open it; loopback when
 * there is none. Listening on one address, that address.
 */
export function publicHost(listenHost: string | undefined, interfaces: NodeJS.Dict<NetworkInterfaceInfo[]> = networkInterfaces()): string {
  if (listenHost && listenHost !== '0.0.0.0' && listenHost !== '::') return listenHost
  const v4 = Object.values(interfaces)
    .flatMap((list) => list ?? [])
    .filter((i) => i.family === 'IPv4' && !i.internal)
    .map((i) => i.address)
  const isPrivate = (a: string) => /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/.test(a)
  return v4.find(isPrivate) ?? v4[0] ?? '127.0.0.1'
}
