/**
 * The question the seeds ask, as a learner types it: can `from` connect to `name` (on `port`,
 * or by ping when there is none)? The name is resolved from inside `from` as its C library
 * would (/etc/hosts, then the DNS server), then the first address is dialled, as ping, curl
 * and nc do. The answer is data: whether it works, how (the hops), why not (the rule that
 * decided, then the others), what shows it (the /etc/hosts line, the DNS answer, the iptables
 * rule, the published port) and what would work instead (an address that does).
 * reach-text.ts and why-text.ts word it; fixes are the CLI's (cli/fixes.ts).
 */
import { computeHostsFile } from './hosts-file'
import {
  containerCalled,
  isAnswer,
  resolveName,
  type DnsAnswer,
  type DnsFailure,
  type Unresolved,
} from './dns'
import { parseIpv4 } from './ip'
import type { Container, Topology } from './model'
import { namespaceOwner } from './namespace'
import { bridgeName, hostIptables, publishedPorts } from './ports'
import { pingable, probeTcp } from './probe'
import { ref, type Blocker, type Hop, type Ref } from './reach-hops'
import { checkReach, type ReachVerdict } from './reachability'
import { computeResolvConf } from './resolv-conf'
import { listeningPorts } from './services'

/** Why not: the name did not resolve, or the connection to its address failed. */
export type WhyReason =
  | { readonly kind: 'dns'; readonly cause: Unresolved }
  | { readonly kind: 'connection'; readonly blocker: Blocker }

/** What shows a reason or a way, as the container or host would show it. */
export type Evidence =
  /** The line of the client's /etc/hosts that names it. */
  | { readonly kind: 'hosts-line'; readonly container: Ref; readonly line: string }
  /** The embedded DNS server's answer (127.0.0.11, for one user-defined network). */
  | {
      readonly kind: 'dns-answer'
      readonly network: string
      readonly name: string
      readonly addresses: readonly string[]
    }
  /** The client's resolv.conf nameservers: not the embedded server on the default bridge. */
  | {
      readonly kind: 'resolv-conf'
      readonly container: Ref
      readonly nameservers: readonly string[]
    }
  /** A rule of the host's filter table, as `iptables-save` lists it, on a bridge's interface. */
  | {
      readonly kind: 'iptables'
      readonly host: string
      readonly bridge: string
      readonly rule: string
    }
  /** The target's published ports, as `docker port` lists them (none: an empty list). */
  | {
      readonly kind: 'published'
      readonly container: Ref
      readonly host: string
      readonly bindings: readonly string[]
    }
  /** The ports something listens on in the target. */
  | { readonly kind: 'listening'; readonly container: Ref; readonly ports: readonly number[] }

/** A way that works: an address (and port) the client reaches the target at, and its names. */
export interface Way {
  readonly address: string
  readonly port: number | null
  readonly names: readonly string[]
}

export interface Asked {
  readonly from: Ref
  readonly name: string
  /** null: the question is ping's (the IP level). */
  readonly port: number | null
  readonly reachable: boolean
  /** How the name resolved, or why not; null when it was an address already. */
  readonly resolution: DnsAnswer | DnsFailure | null
  /** The address dialled: the first answer (null when the name did not resolve). */
  readonly address: string | null
  /** The container the name means: the one that answered, or the one so called. */
  readonly target: Ref | null
  /** The connection's hops, when it is made. */
  readonly hops: readonly Hop[]
  /** Why not, the deciding rule first; empty when reachable. */
  readonly reasons: readonly WhyReason[]
  readonly evidence: readonly Evidence[]
  /** Addresses that do reach the target when the name does not. */
  readonly instead: readonly Way[]
}

/** Can `from` connect to `name` on `port` (or ping it, with `port` null)? */
export function ask(t: Topology, from: Container, name: string, port: number | null): Asked {
  const base = { from: ref(from), name, port }
  const named = parseIpv4(name) === null ? resolveName(t, from, name) : null
  const address = named === null ? name : isAnswer(named) ? (named.addresses[0] ?? null) : null
  const called =
    named === null ? containerAt(t, from.host, name) : containerCalled(t, from.host, name)
  // The answer when no connection is made: the client stopped, or the name unresolved.
  const none = {
    ...base,
    reachable: false,
    resolution: named,
    address,
    target: called ? ref(called) : null,
    hops: [],
  }
  if (from.state !== 'running') {
    const blocker: Blocker = { code: 'not-running', params: { container: ref(from) } }
    return { ...none, reasons: [{ kind: 'connection', blocker }], evidence: [], instead: [] }
  }
  const evidence = named ? resolutionEvidence(t, from, named) : []
  if (address === null) {
    const cause = (named as DnsFailure).cause
    const verdict = called ? checkReach(t, from, called) : null
    const more = verdict?.reason ? [{ kind: 'connection' as const, blocker: verdict.reason }] : []
    return {
      ...none,
      reasons: [{ kind: 'dns', cause }, ...more],
      evidence: [
        ...evidence,
        ...(verdict?.reason && called ? blockerEvidence(t, from, called, verdict.reason) : []),
      ],
      instead: verdict ? waysIn(verdict, port) : [],
    }
  }
  const reached = port === null ? ping(t, from, address, called) : dial(t, from, address, port)
  // The name still resolves (a link's /etc/hosts line outlives its target's start) to the
  // address of a container that is not running: that is what decides, not the missing route.
  const dialled =
    !reached.reachable && called && called.state !== 'running'
      ? {
          ...reached,
          blocker: { code: 'not-running', params: { container: ref(called) } } as Blocker,
        }
      : reached
  const target = dialled.target ?? (called ? ref(called) : null)
  const server = dialled.target ? t.containers.get(dialled.target.id) : called
  const verdict = !dialled.reachable && server ? checkReach(t, from, server) : null
  return {
    ...base,
    reachable: dialled.reachable,
    resolution: named,
    address,
    target,
    hops: dialled.hops,
    reasons: dialled.blocker ? [{ kind: 'connection', blocker: dialled.blocker }] : [],
    evidence: [
      ...evidence,
      ...(dialled.blocker && server ? blockerEvidence(t, from, server, dialled.blocker) : []),
    ],
    instead: verdict
      ? waysIn(verdict, port).filter((w) => w.address !== address || w.port !== port)
      : [],
  }
}

/** The container with address `ip` (on `host` first): an address typed in place of a name. */
function containerAt(t: Topology, host: string, ip: string): Container | undefined {
  const all = [...t.containers.values()].filter((c) => c.endpoints.some((e) => e.ip === ip))
  return all.find((c) => c.host === host) ?? all[0]
}

interface Dialled {
  readonly reachable: boolean
  readonly target: Ref | null
  readonly hops: readonly Hop[]
  readonly blocker: Blocker | null
}

function dial(t: Topology, from: Container, address: string, port: number): Dialled {
  const p = probeTcp(t, from, address, port)
  if (p.kind === 'open')
    return { reachable: true, target: ref(p.target), hops: p.hops, blocker: null }
  // An address that answers, with nothing on that port: say whose address it is.
  const at = p.reason.code === 'not-listening-at' ? containerAt(t, from.host, address) : undefined
  if (at) {
    const blocker: Blocker = { code: 'not-listening', params: { container: ref(at), port } }
    return { reachable: false, target: ref(at), hops: [], blocker }
  }
  return { reachable: false, target: null, hops: [], blocker: p.reason }
}

/** Ping: the IP level. Its hops are those of the route to that address. */
function ping(
  t: Topology,
  from: Container,
  address: string,
  called: Container | undefined,
): Dialled {
  const verdict = called ? checkReach(t, from, called) : null
  const route = verdict?.routes.find((r) => r.address === address && r.onlyPorts === null)
  if (pingable(t, from, address))
    return {
      reachable: true,
      target: called ? ref(called) : null,
      hops: route?.hops ?? [],
      blocker: null,
    }
  const blocker: Blocker = verdict?.reason ?? {
    code: 'no-route',
    params: { container: ref(from), address },
  }
  return { reachable: false, target: null, hops: [], blocker }
}

/** The addresses the verdict says reach the target: for a port, its routes; for ping, any. */
function waysIn(v: ReachVerdict, port: number | null): Way[] {
  if (port === null)
    return v.routes
      .filter((r) => r.kind !== 'published' && r.kind !== 'ambassador' && r.onlyPorts === null)
      .map((r) => ({ address: r.address, port: null, names: [] }))
  const reached = v.ports.find((p) => p.port.port === port && p.port.proto === 'tcp')
  if (!reached?.reachable) return []
  return reached.via.map((w) => ({ address: w.address, port: w.port, names: w.names }))
}

function resolutionEvidence(t: Topology, from: Container, r: DnsAnswer | DnsFailure): Evidence[] {
  if (isAnswer(r)) {
    if (r.mechanism === 'embedded-dns' || r.mechanism === 'link-alias')
      return [
        { kind: 'dns-answer', network: r.network ?? '', name: r.name, addresses: r.addresses },
      ]
    const line = computeHostsFile(t, from)
      .split('\n')
      .find((l) => l.split(/\s+/).slice(1).includes(r.name))
    return line ? [{ kind: 'hosts-line', container: ref(from), line }] : []
  }
  if (r.cause.code !== 'default-bridge') return []
  const nameservers = [...computeResolvConf(t, from).matchAll(/^nameserver (\S+)$/gm)].map(
    (m) => m[1] ?? '',
  )
  return [{ kind: 'resolv-conf', container: ref(from), nameservers }]
}

/** What shows the blocker: the DROP rule, the published ports, the listening ports. */
function blockerEvidence(t: Topology, from: Container, to: Container, b: Blocker): Evidence[] {
  switch (b.code) {
    case 'icc-disabled':
    case 'icc-link-ports': {
      const network = t.networks.get(
        b.code === 'icc-disabled'
          ? b.params.network.id
          : (namespaceOwner(t, to).endpoints[0]?.networkId ?? ''),
      )
      if (!network || network.host === null) return []
      const br = bridgeName(network)
      const rule = hostIptables(t, network.host).filter.find(
        (r) => r === `-A DOCKER-FORWARD -i ${br} -o ${br} -j DROP`,
      )
      return rule ? [{ kind: 'iptables', host: network.host, bridge: br, rule }] : []
    }
    case 'not-published':
    case 'no-shared-network': {
      const owner = namespaceOwner(t, to)
      const bindings = publishedPorts(t, owner.host)
        .filter((p) => p.container.id === owner.id)
        .map(
          (p) =>
            `${p.binding.containerPort}/${p.binding.proto} -> ${p.binding.hostIp}:${p.binding.hostPort}`,
        )
      return from.host === owner.host && b.code === 'no-shared-network'
        ? []
        : [{ kind: 'published', container: ref(owner), host: owner.host, bindings }]
    }
    case 'not-listening': {
      const ports = listeningPorts(t, to).map((p) => p.port)
      return [{ kind: 'listening', container: ref(to), ports }]
    }
    default:
      return []
  }
}
