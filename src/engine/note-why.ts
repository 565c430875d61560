/**
 * Why a topology has a problem Docker itself does not report: a container that is not running,
 * a link whose variables still hold an old address, a LAN address two machines hold, a volume
 * nobody mounts. Each is a coded note (the diagnostics make them) explained as a refusal is:
 * the rule, as data (why-rule.ts), and the records that show it.
 */
import { hostsEntries } from './hosts-file'
import { cidrContains, cidrSize, formatIpv4, networkAddress, parseCidr, parseIpv4 } from './ip'
import { linkEnvVars } from './link-env'
import type { Container, Network, Topology } from './model'
import { listed } from './refusal-why'
import type { LanHolder, RefusalWhy } from './why-rule'

export type DiagnosticNote =
  | { readonly code: 'STOPPED'; readonly containerId: string }
  | { readonly code: 'LINK_ENV_STALE'; readonly containerId: string; readonly alias: string }
  | {
      readonly code: 'LAN_CLASH'
      readonly containerId: string
      readonly networkId: string
      readonly ip: string
      /** Who else holds the address: a host's own LAN address, or a container on another host. */
      readonly holder: { readonly host: string } | { readonly containerId: string }
    }
  | { readonly code: 'VOLUME_UNUSED'; readonly host: string; readonly name: string }

/** What tells two notes apart: the same key is the same problem, in any world. */
export function noteKey(n: DiagnosticNote): string {
  switch (n.code) {
    case 'STOPPED':
      return `${n.code} ${n.containerId}`
    case 'LINK_ENV_STALE':
      return `${n.code} ${n.containerId} ${n.alias}`
    case 'LAN_CLASH':
      return `${n.code} ${n.containerId} ${n.networkId} ${n.ip}`
    case 'VOLUME_UNUSED':
      return `${n.code} ${n.host} ${n.name}`
  }
}

/** The rule behind `note` and the records that show it; null when what it names is gone. */
export function noteWhy(t: Topology, note: DiagnosticNote): RefusalWhy | null {
  switch (note.code) {
    case 'STOPPED': {
      const c = t.containers.get(note.containerId)
      return c ? stoppedWhy(c) : null
    }
    case 'LINK_ENV_STALE':
      return staleEnvWhy(t, note.containerId, note.alias)
    case 'LAN_CLASH':
      return lanClashWhy(t, note)
    case 'VOLUME_UNUSED':
      return t.volumes.has(`${note.host}/${note.name}`)
        ? {
            rule: { kind: 'volume-unused', volume: note.name, host: note.host },
            evidence: [`DRIVER    VOLUME NAME`, `local     ${note.name}`],
          }
        : null
  }
}

function stoppedWhy(c: Container): RefusalWhy {
  return {
    rule: { kind: c.state === 'created' ? 'never-started' : 'stopped', container: c.name },
    evidence: [listed(c)],
  }
}

function staleEnvWhy(t: Topology, parentId: string, alias: string): RefusalWhy | null {
  const parent = t.containers.get(parentId)
  const link = parent?.links.find((l) => l.alias === alias)
  const child = link && t.containers.get(link.childId)
  const now = child?.endpoints.find((e) => e.ip !== null)?.ip
  if (!parent || !link?.ipAtStart || !child || !now) return null
  const old = link.ipAtStart
  const vars = linkEnvVars(parent.name, alias, old, child).filter((v) => v.includes(old))
  const line = hostsEntries(t, parent).find((e) => e.source === 'link' && e.names[0] === alias)
  const reused = [...t.containers.values()].find(
    (c) => c.id !== child.id && c.endpoints.some((e) => e.ip === old),
  )
  return {
    rule: {
      kind: 'link-env-stale',
      parent: parent.name,
      child: child.name,
      alias,
      was: old,
      now,
      reused: reused?.name ?? null,
    },
    evidence: [
      ...vars.slice(0, 3).map((v) => `${parent.name}: ${v}`),
      ...(line ? [`${parent.name} /etc/hosts: ${line.ip}\t${line.names.join(' ')}`] : []),
      ...(reused ? [{ kind: 'holds-now', container: reused.name, ip: old } as const] : []),
    ],
  }
}

function lanClashWhy(
  t: Topology,
  note: Extract<DiagnosticNote, { code: 'LAN_CLASH' }>,
): RefusalWhy | null {
  const c = t.containers.get(note.containerId)
  const n = t.networks.get(note.networkId)
  if (!c || !n) return null
  const other = 'host' in note.holder ? null : t.containers.get(note.holder.containerId)
  const holder: LanHolder =
    'host' in note.holder
      ? { host: note.holder.host, ip: note.ip }
      : { container: other?.name ?? null, on: other?.host ?? null, ip: note.ip }
  return {
    rule: {
      kind: 'lan-clash',
      container: c.name,
      host: c.host,
      driver: n.driver,
      network: n.name,
      holder,
    },
    evidence: [
      {
        kind: 'lan-address',
        container: c.name,
        host: c.host,
        ip: note.ip,
        network: n.name,
        subnet: n.subnet ?? '',
      },
      { kind: 'lan-holder', holder },
    ],
  }
}

/**
 * An address of `n`'s subnet that no machine of the LAN holds: not a host's, not a container's
 * on any host, not the gateway. Counted down from the top of the subnet, where no daemon's
 * IPAM hands out addresses before the lower ones are gone.
 */
export function freeLanAddress(t: Topology, n: Network): string | null {
  const subnet = n.subnet ? parseCidr(n.subnet) : null
  if (!subnet) return null
  const held = new Set<number>()
  const hold = (ip: string | null) => {
    const v = ip === null ? null : parseIpv4(ip)
    if (v !== null && cidrContains(subnet, v)) held.add(v)
  }
  for (const h of t.hosts.values()) hold(h.lanIp)
  for (const c of t.containers.values()) for (const e of c.endpoints) hold(e.ip ?? e.staticIp)
  for (const other of t.networks.values()) if (other.subnet === n.subnet) hold(other.gateway)
  const first = networkAddress(subnet)
  for (let v = first + cidrSize(subnet) - 2; v > first && v > first + cidrSize(subnet) - 4096; v--)
    if (!held.has(v)) return formatIpv4(v)
  return null
}
