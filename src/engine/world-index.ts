/**
 * Per-topology lookup tables, built once per Topology value (WeakMap by identity) so that
 * derivations never scan the whole world once per host or per container.
 */
import { driverCaps } from './drivers'
import type { Container, HostName, Network, Topology } from './model'
import { isDefaultBridge } from './world'

export interface WorldIndex {
  /** Containers of each host, in creation order. */
  readonly containersByHost: ReadonlyMap<HostName, readonly Container[]>
  /** Running containers, in creation order. */
  readonly running: readonly Container[]
  /** Linux bridge networks owned by each host (docker0, br-...), in creation order. */
  readonly bridgesByHost: ReadonlyMap<HostName, readonly Network[]>
  readonly defaultBridgeByHost: ReadonlyMap<HostName, Network>
  /** Running containers by the addresses of their endpoints. */
  readonly runningByIp: ReadonlyMap<string, readonly Container[]>
  /** Hosts by LAN address. */
  readonly hostByLanIp: ReadonlyMap<string, HostName>
  /** The containers joined to each one's network namespace (`--net=container:`), by its id. */
  readonly joinedTo: ReadonlyMap<string, readonly Container[]>
}

const memo = new WeakMap<Topology, WorldIndex>()

export function worldIndex(t: Topology): WorldIndex {
  const hit = memo.get(t)
  if (hit) return hit
  const containersByHost = new Map<HostName, Container[]>()
  const joinedTo = new Map<string, Container[]>()
  // Maps keep insertion order and records are replaced in place, so values() is creation order.
  const all = [...t.containers.values()]
  for (const c of all) {
    const list = containersByHost.get(c.host)
    if (list) list.push(c)
    else containersByHost.set(c.host, [c])
    if (c.joinedTo === null) continue
    const joined = joinedTo.get(c.joinedTo)
    if (joined) joined.push(c)
    else joinedTo.set(c.joinedTo, [c])
  }
  const bridgesByHost = new Map<HostName, Network[]>()
  const defaultBridgeByHost = new Map<HostName, Network>()
  for (const n of t.networks.values()) {
    if (n.host === null || !driverCaps(n.driver).linuxBridge) continue
    const list = bridgesByHost.get(n.host)
    if (list) list.push(n)
    else bridgesByHost.set(n.host, [n])
    if (isDefaultBridge(n)) defaultBridgeByHost.set(n.host, n)
  }
  const running = all.filter((c) => c.state === 'running')
  const runningByIp = new Map<string, Container[]>()
  for (const c of running) {
    for (const e of c.endpoints) {
      if (e.ip === null) continue
      const list = runningByIp.get(e.ip)
      if (list) list.push(c)
      else runningByIp.set(e.ip, [c])
    }
  }
  const hostByLanIp = new Map([...t.hosts.values()].map((h) => [h.lanIp, h.name]))
  const index = {
    containersByHost,
    running,
    bridgesByHost,
    defaultBridgeByHost,
    runningByIp,
    hostByLanIp,
    joinedTo,
  }
  memo.set(t, index)
  return index
}

/** A host's containers in creation order. */
export function worldHostContainers(t: Topology, host: HostName): readonly Container[] {
  return worldIndex(t).containersByHost.get(host) ?? []
}
