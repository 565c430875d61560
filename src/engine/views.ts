/**
 * Every derived view of the world at once: what the canvas and the bench recompute after an
 * edit. Small strings (/etc/hosts, resolv.conf, env) are built for every container; DNS and
 * Reach are kept as shared structures (per-network tables, class bitsets) and formatted per
 * container only when someone looks (performance.md §4.6).
 */
import { computeHostsFile } from './hosts-file'
import { computeProcessEnv } from './link-env'
import { networkDnsTables } from './dns'
import type { ContainerId, Topology } from './model'
import { hostIptables, publishedPorts, type IptablesTables, type PublishedPort } from './ports'
import { computeReachIndex, countReachablePairs, type ReachIndex } from './reach-index'
import { ambassadorChains } from './reachability'
import { computeResolvConf } from './resolv-conf'
import { sharedMounts } from './mounts'

export interface ContainerFiles {
  readonly hosts: string
  readonly resolvConf: string
  readonly env: readonly string[]
}

export interface WorldViews {
  readonly files: ReadonlyMap<ContainerId, ContainerFiles>
  readonly dnsTables: ReadonlyMap<string, ReadonlyMap<string, readonly string[]>>
  readonly reach: ReachIndex
  readonly published: ReadonlyMap<string, readonly PublishedPort[]>
  readonly iptables: ReadonlyMap<string, IptablesTables>
  readonly mounts: ReadonlyMap<string, readonly { id: ContainerId }[]>
  readonly ambassadorChains: number
}

const viewsMemo = new WeakMap<Topology, WorldViews>()

/** All views of a topology value, memoised by its identity. */
export function computeWorldViews(t: Topology): WorldViews {
  const memo = viewsMemo.get(t)
  if (memo) return memo
  const files = new Map<ContainerId, ContainerFiles>()
  for (const c of t.containers.values()) {
    files.set(c.id, {
      hosts: computeHostsFile(t, c),
      resolvConf: computeResolvConf(t, c),
      env: computeProcessEnv(t, c),
    })
  }
  const published = new Map<string, PublishedPort[]>()
  const iptables = new Map<string, IptablesTables>()
  for (const h of t.hosts.keys()) {
    const ports = publishedPorts(t, h)
    published.set(h, ports)
    iptables.set(h, hostIptables(t, h, ports))
  }
  let chains = 0
  for (const list of ambassadorChains(t).values()) chains += list.length
  const views: WorldViews = {
    files,
    dnsTables: networkDnsTables(t),
    reach: computeReachIndex(t),
    published,
    iptables,
    mounts: sharedMounts(t),
    ambassadorChains: chains,
  }
  viewsMemo.set(t, views)
  return views
}

/** A checksum that touches every view, so a benchmark cannot skip work. */
export function viewsChecksum(v: WorldViews): {
  pairs: number
  dnsNames: number
  bytes: number
  rules: number
} {
  let bytes = 0
  for (const f of v.files.values()) {
    bytes += f.hosts.length + f.resolvConf.length
    for (const e of f.env) bytes += e.length
  }
  let dnsNames = 0
  for (const table of v.dnsTables.values()) dnsNames += table.size
  let rules = 0
  for (const r of v.iptables.values()) rules += r.raw.length + r.nat.length + r.filter.length
  return { pairs: countReachablePairs(v.reach), dnsNames, bytes, rules }
}
