/**
 * The /etc/hosts Docker writes for a container (daemon/libnetwork/sandbox_dns_unix.go
 * buildHostsFile, etchosts.go; Engine 28 wording): localhost lines, the IPv6 block,
 * --add-host entries, legacy link lines, then the container's own address per network.
 * User-defined networks add nothing here: their names are answered by the embedded DNS.
 */
import { namespaceOwner } from './namespace'
import type { Container, Link, Topology } from './model'
import { isDefaultBridge } from './world'

/** One line of /etc/hosts, with where it came from (for the DNS view's "why"). */
export interface HostsEntry {
  readonly ip: string
  readonly names: readonly string[]
  readonly source: 'localhost' | 'host' | 'add-host' | 'link' | 'self'
  /** For link lines: the `--link child:alias` that wrote it. */
  readonly link?: string
}

const HEADER: readonly HostsEntry[] = [
  { ip: '127.0.0.1', names: ['localhost'], source: 'localhost' },
  { ip: '::1', names: ['localhost', 'ip6-localhost', 'ip6-loopback'], source: 'localhost' },
  { ip: 'fe00::', names: ['ip6-localnet'], source: 'localhost' },
  { ip: 'ff00::', names: ['ip6-mcastprefix'], source: 'localhost' },
  { ip: 'ff02::1', names: ['ip6-allnodes'], source: 'localhost' },
  { ip: 'ff02::2', names: ['ip6-allrouters'], source: 'localhost' },
]

const HEADER_TEXT = HEADER.map((e) => `${e.ip}\t${e.names.join(' ')}\n`).join('')

/** The simulated host's own /etc/hosts, which host-network containers see. */
export function hostMachineHostsFile(hostName: string, lanIp: string): string {
  return [
    '127.0.0.1\tlocalhost',
    `127.0.1.1\t${hostName}`,
    `${lanIp}\t${hostName}`,
    '',
    '# The following lines are desirable for IPv6 capable hosts',
    '::1     ip6-localhost ip6-loopback',
    'fe00::0 ip6-localnet',
    'ff00::0 ip6-mcastprefix',
    'ff02::1 ip6-allnodes',
    'ff02::2 ip6-allrouters',
    '',
  ].join('\n')
}

function hostMachineEntries(hostName: string, lanIp: string): HostsEntry[] {
  return [
    { ip: '127.0.0.1', names: ['localhost'], source: 'host' },
    { ip: '127.0.1.1', names: [hostName], source: 'host' },
    { ip: lanIp, names: [hostName], source: 'host' },
    { ip: '::1', names: ['ip6-localhost', 'ip6-loopback'], source: 'host' },
  ]
}

/** The address a legacy link line shows: the child's default-bridge IP, or the last one it had. */
export function linkTargetIp(t: Topology, child: Container): string | null {
  const owner = namespaceOwner(t, child)
  for (const ep of owner.endpoints) {
    const n = t.networks.get(ep.networkId)
    if (n && isDefaultBridge(n)) return ep.ip ?? ep.lastIp
  }
  return null
}

/** The names a legacy link line carries: alias, child hostname, then child name if different. */
export function linkLineNames(child: Container, alias: string, name = child.name): string[] {
  const names = [alias, child.hostname]
  if (name !== alias) names.push(name)
  return names
}

function linkLine(t: Topology, child: Container, l: Link): { ip: string; names: string[] } | null {
  const ip = linkTargetIp(t, child)
  return ip ? { ip, names: linkLineNames(child, l.alias, l.nameAtStart) } : null
}

/**
 * The line a removed child leaves: Docker writes the parent's /etc/hosts when the parent starts
 * and does not rewrite it when the child goes, so the old address and names stay.
 */
function removedChildLine(l: Link): { ip: string; names: string[] } | null {
  if (!l.ipAtStart || !l.hostnameAtStart || !l.nameAtStart) return null
  const names = [l.alias, l.hostnameAtStart]
  if (l.nameAtStart !== l.alias) names.push(l.nameAtStart)
  return { ip: l.ipAtStart, names }
}

/** A dotted hostname (or hostname + domainname) is written as the full name, then the short one. */
function ownNames(c: Container): string[] {
  const full = c.domainname ? `${c.hostname}.${c.domainname}` : c.hostname
  const dot = full.indexOf('.')
  return dot > 0 ? [full, full.slice(0, dot)] : [full]
}

/**
 * The lines of a container's /etc/hosts, in file order. Name lookups search them first, as the
 * C library does, so what resolves is exactly what `cat /etc/hosts` shows.
 */
export function hostsEntries(t: Topology, c: Container): readonly HostsEntry[] {
  let memo = entriesMemo.get(t)
  if (!memo) {
    memo = new Map()
    entriesMemo.set(t, memo)
  }
  let entries = memo.get(c.id)
  if (!entries) {
    entries = buildEntries(t, c)
    memo.set(c.id, entries)
  }
  return entries
}

const entriesMemo = new WeakMap<Topology, Map<string, readonly HostsEntry[]>>()

function buildEntries(t: Topology, c: Container): HostsEntry[] {
  const owner = namespaceOwner(t, c)
  const host = t.hosts.get(owner.host)
  if (owner.networkMode.kind === 'host' && owner.addHosts.length === 0 && host) {
    return hostMachineEntries(host.name, host.lanIp)
  }
  const out: HostsEntry[] = HEADER.slice()
  for (const h of owner.addHosts) out.push({ ip: h.ip, names: [h.name], source: 'add-host' })
  for (const l of owner.links) {
    const child = t.containers.get(l.childId)
    const line = child ? linkLine(t, child, l) : removedChildLine(l)
    if (line)
      out.push({
        ...line,
        source: 'link',
        link: `${child?.name ?? l.nameAtStart ?? l.alias}:${l.alias}`,
      })
  }
  for (const ep of owner.endpoints)
    if (ep.ip) out.push({ ip: ep.ip, names: ownNames(owner), source: 'self' })
  return out
}

/** /etc/hosts inside a container, as `cat /etc/hosts` prints it. */
export function computeHostsFile(t: Topology, c: Container): string {
  const owner = namespaceOwner(t, c)
  const host = t.hosts.get(owner.host)
  if (owner.networkMode.kind === 'host' && owner.addHosts.length === 0 && host) {
    return hostMachineHostsFile(host.name, host.lanIp)
  }
  // Built by concatenation from the same parts as hostsEntries, without its arrays and objects:
  // this runs for every container on every edit.
  let text = HEADER_TEXT
  for (const h of owner.addHosts) text += `${h.ip}\t${h.name}\n`
  for (const l of owner.links) {
    const child = t.containers.get(l.childId)
    const line = child ? linkLine(t, child, l) : removedChildLine(l)
    if (line) text += `${line.ip}\t${line.names.join(' ')}\n`
  }
  const own = owner.endpoints.some((e) => e.ip) ? ownNames(owner).join(' ') : ''
  for (const ep of owner.endpoints) if (ep.ip) text += `${ep.ip}\t${own}\n`
  return text
}
