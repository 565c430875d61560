/**
 * The facts of a world a teacher may make goals of (issue 14, "Make a lesson"), as goals the
 * checker reads back: who reaches whom (by a name `from` would type, or at an address, on
 * each port the target serves, or by ping), what each name resolves to, each /etc/hosts line
 * and each environment variable. A reach fact that does not hold is listed too, so that "this
 * must stay unreachable" can be a goal (a `not` of it). Computed from the engine's data, the
 * same the inspector and the matrix show; each fact's `holds` is the goal's own check, so a
 * goal made of a fact holds in the world it was picked from.
 */
import {
  computeDnsView,
  containerCalled,
  computeProcessEnv,
  DEFAULT_HOST,
  hostsEntries,
  isAnswer,
  listeningPorts,
  namespaceOwner,
  publishedPorts,
  resolveName,
  type Container,
  type Topology,
} from '../engine'
import type {
  ContainerRef,
  EnvGoal,
  Expected,
  HostsLineGoal,
  ReachesGoal,
  ResolvesGoal,
} from './goal-types'
import { checkGoal } from './goals'
import type { ShellState } from './state'

/** A reach fact: the goal as asked, and whether it holds now. */
export interface ReachFact {
  readonly goal: ReachesGoal
  readonly holds: boolean
}

export interface WorldFacts {
  /** Every running container to every other: by name (each name it could type), then by address. */
  readonly reach: readonly ReachFact[]
  /** What each running container resolves each name it knows to. */
  readonly dns: readonly ResolvesGoal[]
  /** The lines Docker wrote in each container's /etc/hosts for links and --add-host. */
  readonly hosts: readonly HostsLineGoal[]
  /** Each container's main process's variables, but PATH, HOME, HOSTNAME and TERM. */
  readonly env: readonly EnvGoal[]
}

/** Variables every container has, which say nothing about networking. */
const COMMON_ENV = new Set(['PATH', 'HOME', 'HOSTNAME', 'TERM'])

const IPV4 = /^\d+\.\d+\.\d+\.\d+$/
const IPV4_INSIDE = /\d+\.\d+\.\d+\.\d+/

/** Names every /etc/hosts has for the loopback and IPv6 addresses. */
const LOOPBACK_NAMES = /^(localhost|ip6-.*)$/

/** The facts of `state`'s world, in creation order of the containers they are about. */
export function worldFacts(state: ShellState): WorldFacts {
  const t = state.topology
  const all = [...t.containers.values()].sort((a, b) => a.seq - b.seq)
  const running = all.filter((c) => c.state === 'running')
  return {
    reach: running.flatMap((from) => [
      ...reachByName(state, from, all),
      ...reachByAddress(state, from, all),
    ]),
    dns: running.flatMap((c) => dnsFacts(t, c)),
    hosts: all.flatMap((c) => hostsFacts(t, c)),
    env: all.flatMap((c) => envFacts(t, c)),
  }
}

/** A container as a goal names it: by name on the default host, else with its host. */
function refTo(c: Container): ContainerRef {
  return c.host === DEFAULT_HOST ? c.name : { name: c.name, host: c.host }
}

const ownersMemo = new WeakMap<Topology, ReadonlyMap<string, readonly Container[]>>()

/** Each address's containers (those that own their network namespace), once per world. */
function ownersByAddress(t: Topology): ReadonlyMap<string, readonly Container[]> {
  let owners = ownersMemo.get(t)
  if (!owners) {
    const made = new Map<string, Container[]>()
    for (const c of t.containers.values())
      if (namespaceOwner(t, c) === c)
        for (const e of c.endpoints)
          if (e.ip !== null && !made.get(e.ip)?.includes(c))
            made.set(e.ip, [...(made.get(e.ip) ?? []), c])
    owners = made
    ownersMemo.set(t, owners)
  }
  return owners
}

/** The container an address belongs to, on `from`'s host first (hosts reuse subnets). */
function ownerOf(t: Topology, from: Container, address: string | null): Container | undefined {
  const owners = address === null ? [] : (ownersByAddress(t).get(address) ?? [])
  return owners.find((c) => c.host === from.host) ?? owners[0]
}

/**
 * An address as a goal expects it: a container's (any of its addresses then matches, however
 * the learner made it), else written out.
 */
function expected(t: Topology, from: Container, address: string): Expected {
  const owner = ownerOf(t, from, address)
  return owner ? { ipOf: refTo(owner) } : address
}

/** A hostname Docker made from a container's id: another on every run. */
const ID_HOSTNAME = /^[0-9a-f]{12}$/

/**
 * The names `from` could type for the others: each name its /etc/hosts or DNS answers, each
 * container's name on its host, its network aliases, and the aliases `from` linked it as.
 */
function namesFrom(t: Topology, from: Container, all: readonly Container[]): string[] {
  const own = new Set(namespaceOwner(t, from).endpoints.map((e) => e.ip))
  const answered = computeDnsView(t, from)
    .filter((a) => !a.addresses.every((x) => own.has(x)))
    .map((a) => a.name)
    .filter(stable)
  const local = all
    .filter((c) => c !== from && c.host === from.host)
    .flatMap((c) => [
      c.name,
      ...c.endpoints.flatMap((e) => e.aliases),
      ...from.links.filter((l) => l.childId === c.id).map((l) => l.alias),
    ])
  return [...new Set([...answered, ...local])]
}

/** A name a goal can rely on: not the loopback's, not a hostname made from an id. */
const stable = (name: string) => !LOOPBACK_NAMES.test(name) && !ID_HOSTNAME.test(name)

/** What `from` would reach by `name`: the container it means, and the ports it leads to. */
interface NameLeads {
  /** The container its first address belongs to, else the one so called (it did not resolve). */
  readonly target: Container | undefined
  /**
   * The ports the target serves (an ambassador's forwards), or those published on the host
   * whose address it resolves to; none (ping) when it leads to no server.
   */
  readonly ports: readonly (number | null)[]
  /** The name resolves from inside `from`: when it does not, it reaches nothing. */
  readonly resolves: boolean
}

/**
 * Where `name` leads from `from`: its first address, as the resolver answers (no connection is
 * tried: each port's goal is checked on its own), and the container that holds it, else the
 * one so called.
 */
function leads(t: Topology, from: Container, name: string): NameLeads {
  const answer = resolveName(t, from, name)
  const address = isAnswer(answer) ? (answer.addresses[0] ?? null) : null
  const target = ownerOf(t, from, address) ?? containerCalled(t, from.host, name)
  const served = target ? listeningPorts(t, target) : []
  const host = [...t.hosts.values()].find((h) => h.lanIp === address)
  const published = host ? publishedPorts(t, host.name).map((p) => p.binding) : []
  const ports = [
    ...served.filter((p) => p.proto === 'tcp').map((p) => p.port),
    ...published.filter((b) => b.proto === 'tcp').map((b) => b.hostPort),
  ]
  return {
    target,
    ports: ports.length === 0 ? [null] : [...new Set(ports)].sort((a, b) => a - b),
    resolves: address !== null,
  }
}

function reachByName(state: ShellState, from: Container, all: readonly Container[]): ReachFact[] {
  const t = state.topology
  return namesFrom(t, from, all).flatMap((name) => {
    const { target, ports, resolves } = leads(t, from, name)
    return ports.map((port): ReachFact => {
      const goal: ReachesGoal = {
        kind: 'reaches',
        by: 'name',
        from: refTo(from),
        to: name,
        ...(port === null ? {} : { port }),
      }
      const r = resolves ? checkGoal(state, goal) : null
      if (r?.kind !== 'reaches' || !r.met) return { goal, holds: false }
      // Behind an ambassador or a published port another container answers: the goal says who.
      const server = r.server ? t.containers.get(r.server.id) : undefined
      return server && port !== null && server !== target
        ? { goal: { ...goal, server: refTo(server) }, holds: true }
        : { goal, holds: true }
    })
  })
}

function reachByAddress(
  state: ShellState,
  from: Container,
  all: readonly Container[],
): ReachFact[] {
  const t = state.topology
  return all
    .filter((to) => to !== from)
    .flatMap((to) => {
      const served = listeningPorts(t, to).filter((p) => p.proto === 'tcp')
      const ports = served.length === 0 ? [null] : served.map((p) => p.port)
      return ports.map((port): ReachFact => {
        const goal: ReachesGoal = {
          kind: 'reaches',
          by: 'ip',
          from: refTo(from),
          to: refTo(to),
          ...(port === null ? {} : { port }),
        }
        return { goal, holds: checkGoal(state, goal).met }
      })
    })
}

function dnsFacts(t: Topology, c: Container): ResolvesGoal[] {
  const own = new Set(namespaceOwner(t, c).endpoints.map((e) => e.ip))
  return computeDnsView(t, c).flatMap((a): ResolvesGoal[] => {
    const [first] = a.addresses
    if (first === undefined || !stable(a.name) || own.has(first)) return []
    return [{ kind: 'resolves', from: refTo(c), name: a.name, address: expected(t, c, first) }]
  })
}

/**
 * The lines links and --add-host wrote: a link's by its alias and name alone (its address and
 * the id-made hostname change when the target is made again), an --add-host line with the
 * address it was given.
 */
function hostsFacts(t: Topology, c: Container): HostsLineGoal[] {
  return hostsEntries(t, c).flatMap((e): HostsLineGoal[] => {
    if (e.source !== 'link' && e.source !== 'add-host') return []
    const names = e.names.filter((n) => !ID_HOSTNAME.test(n)).join(' ')
    const text = e.source === 'link' ? names : `${e.ip} ${names}`
    return [{ kind: 'hostsLine', container: refTo(c), text }]
  })
}

function envFacts(t: Topology, c: Container): EnvGoal[] {
  return computeProcessEnv(t, c).flatMap((entry): EnvGoal[] => {
    const at = entry.indexOf('=')
    const name = entry.slice(0, at)
    if (at <= 0 || COMMON_ENV.has(name)) return []
    const value = entry.slice(at + 1)
    const goal: EnvGoal = { kind: 'env', container: refTo(c), var: name }
    if (IPV4.test(value)) return [{ ...goal, value: expected(t, c, value) }]
    // Empty, or an address inside a value (`tcp://172.17.0.2:5432`), which a learner's other
    // way may change: the goal asks that the variable is set.
    if (value === '' || IPV4_INSIDE.test(value)) return [goal]
    return [{ ...goal, value }]
  })
}
