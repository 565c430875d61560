/**
 * Name resolution inside a container, in the order the C library asks: /etc/hosts first
 * (localhost, --add-host, legacy links), then the DNS server in resolv.conf. On user-defined
 * networks that is Docker's embedded server (127.0.0.11), which answers container names,
 * --network-alias values, short ids, hostnames and `name.network`, only for networks the
 * asking container is on (docs: engine/network/dns; sandbox.go ResolveName). The default
 * bridge has no such server: names of other containers do not resolve there.
 */
import { attachedTo, dnsAddresses, runningAt } from './container-index'
import { namespaceOwner } from './namespace'
import { shortId } from './ids'
import { hostsEntries } from './hosts-file'
import { ref, type Ref } from './reach-hops'
import type { Container, Network, Topology } from './model'
import { servesEmbeddedDns } from './world'
import { worldIndex } from './world-index'

export type DnsMechanism = 'hosts-file' | 'link' | 'add-host' | 'embedded-dns' | 'link-alias'

export interface DnsAnswer {
  readonly name: string
  readonly addresses: readonly string[]
  readonly mechanism: DnsMechanism
  /** The network whose embedded DNS answered, for embedded-dns and link-alias answers. */
  readonly network: string | null
  /** Why it resolves, in a learner's words (English; `source` says it as data). */
  readonly why: string
  /** Where the answer came from, as data, for a prose to word (engine/prose.ts). */
  readonly source: DnsSource
}

/** The /etc/hosts line or the embedded-DNS record that answered a name. */
export type DnsSource =
  | { readonly kind: 'link'; readonly link: string }
  | { readonly kind: 'add-host'; readonly ip: string }
  | { readonly kind: 'self' | 'host' | 'localhost' }
  | {
      readonly kind: 'link-alias'
      readonly network: string
      readonly spec: string
      readonly owner: string
    }
  | { readonly kind: 'embedded-dns'; readonly network: string }

/**
 * Why a name does not resolve from a container, as data (reach-text.ts words it):
 * `default-bridge`: the container is only on the default bridge, which has no embedded DNS
 * (`target`: the container so called on its host, which a --link would name);
 * `no-shared-network`: the container so called is on no user-defined network the asker is on;
 * `host-network`: the asker uses its host's network, whose resolver knows no container names;
 * `other-host`: it runs on another host, and names never cross hosts (links and embedded DNS
 * are one host's); `not-running`: it is stopped, so the embedded DNS drops it;
 * `no-such-name`: nothing by that name anywhere.
 */
export type Unresolved =
  | { readonly code: 'none-network'; readonly params: { readonly container: Ref } }
  | { readonly code: 'host-network'; readonly params: { readonly container: Ref } }
  | { readonly code: 'default-bridge'; readonly params: { readonly target: Ref | null } }
  | {
      readonly code: 'no-shared-network'
      /** `defaultBridge`: both are on the default bridge, which has no embedded DNS. */
      readonly params: {
        readonly container: Ref
        readonly from: Ref
        readonly defaultBridge: boolean
      }
    }
  | {
      readonly code: 'other-host'
      readonly params: { readonly container: Ref; readonly host: string }
    }
  | { readonly code: 'not-running'; readonly params: { readonly container: Ref } }
  | { readonly code: 'no-such-name'; readonly params: { readonly name: string } }

export interface DnsFailure {
  readonly name: string
  readonly cause: Unresolved
}

/** One embedded-DNS table per user-defined network: name → addresses of running members. */
export type NetworkDnsTable = ReadonlyMap<string, readonly string[]>

const tableMemo = new WeakMap<Topology, Map<string, Map<string, string[]>>>()

/** Every user-defined network's DNS table, built once per topology value. */
export function networkDnsTables(t: Topology): Map<string, Map<string, string[]>> {
  const memo = tableMemo.get(t)
  if (memo) return memo
  const tables = new Map<string, Map<string, string[]>>()
  for (const n of t.networks.values()) if (servesEmbeddedDns(n)) tables.set(n.id, new Map())
  const add = (table: Map<string, string[]>, name: string, ip: string) => {
    const list = table.get(name)
    if (!list) table.set(name, [ip])
    else if (!list.includes(ip)) list.push(ip)
  }
  for (const c of worldIndex(t).running) {
    for (const ep of c.endpoints) {
      const table = tables.get(ep.networkId)
      if (!table || ep.ip === null) continue
      add(table, c.name, ep.ip)
      for (const a of ep.aliases) add(table, a, ep.ip)
      add(table, shortId(c.id), ep.ip)
      if (c.hostname !== '') add(table, c.hostname, ep.ip)
    }
  }
  tableMemo.set(t, tables)
  return tables
}

const oneTableMemo = new WeakMap<ReadonlyMap<string, Container>, NetworkDnsTable>()

/**
 * One network's DNS table (as in networkDnsTables), memoised by the network's set of running
 * members: after an edit only the networks of the edited containers are rebuilt.
 */
export function networkDnsTable(t: Topology, networkId: string): NetworkDnsTable {
  const members = attachedTo(t, networkId)
  const hit = oneTableMemo.get(members)
  if (hit) return hit
  const table = new Map<string, string[]>()
  const add = (name: string, ip: string) => {
    const list = table.get(name)
    if (!list) table.set(name, [ip])
    else if (!list.includes(ip)) list.push(ip)
  }
  // Creation order, as networkDnsTables walks the running containers.
  for (const c of [...members.values()].sort((a, b) => a.seq - b.seq)) {
    for (const ep of c.endpoints) {
      if (ep.networkId !== networkId || ep.ip === null) continue
      add(c.name, ep.ip)
      for (const a of ep.aliases) add(a, ep.ip)
      add(shortId(c.id), ep.ip)
      if (c.hostname !== '') add(c.hostname, ep.ip)
    }
  }
  oneTableMemo.set(members, table)
  return table
}

/** DNSNames of an endpoint, in buildEndpointDNSNames order: name, aliases, short id, hostname. */
export function endpointDnsNames(c: Container, aliases: readonly string[]): string[] {
  const names = [c.name, ...aliases, shortId(c.id), c.hostname]
  return names.filter((n, i) => n !== '' && names.indexOf(n) === i)
}

function userNetworksOf(t: Topology, c: Container): Network[] {
  const out: Network[] = []
  for (const ep of c.endpoints) {
    const n = t.networks.get(ep.networkId)
    if (n && servesEmbeddedDns(n)) out.push(n)
  }
  return out
}

/** Resolves `name` from inside container `c`, or says why it does not resolve. */
export function resolveName(t: Topology, c: Container, name: string): DnsAnswer | DnsFailure {
  const answer = lookupName(t, c, name)
  if (answer) return answer
  const owner = namespaceOwner(t, c)
  return { name, cause: explainUnresolved(t, owner, name, userNetworksOf(t, owner)) }
}

/** The answer for `name` from inside `c`, or null (without working out why). */
export function lookupName(t: Topology, c: Container, name: string): DnsAnswer | null {
  const owner = namespaceOwner(t, c)
  // /etc/hosts first (glibc "files" before "dns"): the first line naming it wins.
  const entries = hostsEntries(t, owner)
  const v4 = entries.filter((e) => !e.ip.includes(':'))
  for (const e of [...v4, ...entries.filter((x) => x.ip.includes(':'))]) {
    if (!e.names.includes(name)) continue
    const why =
      e.source === 'link'
        ? `/etc/hosts: written by --link ${e.link ?? ''}`
        : e.source === 'add-host'
          ? `/etc/hosts: --add-host ${name}:${e.ip}`
          : e.source === 'self'
            ? "/etc/hosts: the container's own hostname"
            : e.source === 'host'
              ? "the host's /etc/hosts"
              : '/etc/hosts: localhost'
    const mechanism: DnsMechanism =
      e.source === 'link' ? 'link' : e.source === 'add-host' ? 'add-host' : 'hosts-file'
    const source: DnsSource =
      e.source === 'link'
        ? { kind: 'link', link: e.link ?? '' }
        : e.source === 'add-host'
          ? { kind: 'add-host', ip: e.ip }
          : { kind: e.source === 'self' ? 'self' : e.source === 'host' ? 'host' : 'localhost' }
    return {
      name,
      addresses: [e.ip],
      mechanism,
      network: e.source === 'link' ? 'bridge' : null,
      why,
      source,
    }
  }
  const nets = userNetworksOf(t, owner)
  for (const n of nets) {
    const ep = owner.endpoints.find((e) => e.networkId === n.id)
    for (const spec of ep?.links ?? []) {
      const [target = '', alias = target] = spec.split(':')
      if (alias !== name) continue
      const ips = dnsAddresses(t, n.id, target)
      if (ips.length > 0) {
        return {
          name,
          addresses: ips,
          mechanism: 'link-alias',
          network: n.name,
          why: `embedded DNS on ${n.name}: --link ${spec} alias, seen only by ${owner.name}`,
          source: { kind: 'link-alias', network: n.name, spec, owner: owner.name },
        }
      }
    }
  }
  for (const n of nets) {
    let ips = dnsAddresses(t, n.id, name)
    // `name.network` resolves too (Sandbox.ResolveName tries every split point).
    if (ips.length === 0 && name.endsWith(`.${n.name}`))
      ips = dnsAddresses(t, n.id, name.slice(0, -(n.name.length + 1)))
    if (ips.length > 0) {
      return {
        name,
        addresses: ips,
        mechanism: 'embedded-dns',
        network: n.name,
        why: `embedded DNS (127.0.0.11) on ${n.name}`,
        source: { kind: 'embedded-dns', network: n.name },
      }
    }
  }
  return null
}

/** The container a name means on its host (or, failing that, on another): name, hostname, alias. */
export function containerCalled(t: Topology, host: string, name: string): Container | undefined {
  const called = (o: Container) =>
    o.name === name || o.hostname === name || o.endpoints.some((e) => e.aliases.includes(name))
  const all = [...t.containers.values()]
  return all.find((o) => o.host === host && called(o)) ?? all.find(called)
}

/** Why a name does not resolve: the learner's most likely mistake first. */
function explainUnresolved(t: Topology, c: Container, name: string, nets: Network[]): Unresolved {
  if (c.networkMode.kind === 'none') return { code: 'none-network', params: { container: ref(c) } }
  if (c.networkMode.kind === 'host') return { code: 'host-network', params: { container: ref(c) } }
  const target = containerCalled(t, c.host, name)
  if (target && target.host !== c.host)
    return { code: 'other-host', params: { container: ref(target), host: target.host } }
  if (nets.length === 0)
    return { code: 'default-bridge', params: { target: target ? ref(target) : null } }
  if (!target) return { code: 'no-such-name', params: { name } }
  if (target.state !== 'running') return { code: 'not-running', params: { container: ref(target) } }
  const onDefaultBridge = (o: Container) =>
    o.endpoints.some((e) => {
      const n = t.networks.get(e.networkId)
      return e.ip !== null && n?.predefined === true && n.driver === 'bridge'
    })
  const defaultBridge = onDefaultBridge(c) && onDefaultBridge(target)
  return {
    code: 'no-shared-network',
    params: { container: ref(target), from: ref(c), defaultBridge },
  }
}

export function isAnswer(r: DnsAnswer | DnsFailure): r is DnsAnswer {
  return 'addresses' in r
}

/** Every name a container can resolve, with the answer and the mechanism behind it. */
export function computeDnsView(t: Topology, c: Container): DnsAnswer[] {
  const owner = namespaceOwner(t, c)
  const names: string[] = []
  for (const e of hostsEntries(t, owner)) if (!e.ip.includes(':')) names.push(...e.names)
  for (const n of userNetworksOf(t, owner)) {
    const ep = owner.endpoints.find((e) => e.networkId === n.id)
    for (const spec of ep?.links ?? []) names.push(spec.split(':')[1] ?? spec)
    for (const key of networkDnsTable(t, n.id).keys()) names.push(key)
  }
  const out: DnsAnswer[] = []
  const seen = new Set<string>()
  for (const name of names) {
    if (seen.has(name)) continue
    seen.add(name)
    const r = resolveName(t, c, name)
    if (isAnswer(r)) out.push(r)
  }
  return out
}

/**
 * Reverse lookup from inside a container, as getnameinfo does it: /etc/hosts first (the first
 * name on the address's line), then the embedded DNS, which answers `<first DNS name>.<network>`
 * for containers on networks the asker shares (daemon/libnetwork/network.go ResolveIP).
 */
export function reverseLookup(t: Topology, c: Container, ip: string): string | null {
  for (const e of hostsEntries(t, c)) if (e.ip === ip) return e.names[0] ?? null
  return reverseDns(t, c, ip)
}

/** The embedded DNS's PTR answer alone (what nslookup asks, skipping /etc/hosts). */
export function reverseDns(t: Topology, c: Container, ip: string): string | null {
  const owner = namespaceOwner(t, c)
  for (const n of userNetworksOf(t, owner)) {
    for (const other of runningAt(t, ip)) {
      const ep = other.endpoints.find((e) => e.networkId === n.id && e.ip === ip)
      if (ep) return `${endpointDnsNames(other, ep.aliases)[0] ?? other.name}.${n.name}`
    }
  }
  return null
}
