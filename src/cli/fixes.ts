/**
 * The smallest changes that make `from` reach `name` (on `port`): candidate edits from a
 * catalogue, each a list of docker commands, run against the world in memory and kept only if
 * every command succeeds and the question is then answered yes. A kept fix also lists the pairs
 * that worked before and no longer do (`breaks`, as "from>to:port"). Fixes are ranked: those
 * that break nothing first, then by how many commands they take.
 */
import {
  ask,
  containerCalled,
  listeningPorts,
  namespaceOwner,
  type Container,
  type Topology,
} from '../engine'
import { execute } from './execute'
import type { FixKind } from './fix-rule'
import { fixWhy } from './fix-text'
import { quoteWord } from './quote'
import { runCommandOf } from './run-command'
import type { ShellState } from './state'

export interface Fix {
  readonly commands: readonly string[]
  readonly rule: FixKind
  readonly why: string
  /** Pairs reachable by name before the fix and not after: "from>to:port". */
  readonly breaks: readonly string[]
  /**
   * Which pairs `breaks` looked at: every pair (`all`), or, in a world too big to check every
   * pair for every fix, the pairs from or to a container the fix changes (`changed`).
   */
  readonly checked: 'all' | 'changed'
}

/**
 * Up to this many running containers, every pair is checked before and after each fix; past
 * it, only the pairs of the containers a fix changes (all pairs at 500 containers took seconds
 * per fix, on the main thread).
 */
const CHECK_ALL_UP_TO = 40

interface Candidate {
  readonly commands: readonly string[]
  readonly rule: FixKind
}

/** The fixes that make `from` reach `name` on `port` (null: ping), best first. */
export function proposeFixes(
  state: ShellState,
  from: Container,
  name: string,
  port: number | null,
): Fix[] {
  const t = state.topology
  if (ask(t, from, name, port).reachable) return []
  const all =
    [...t.containers.values()].filter((c) => c.state === 'running').length <= CHECK_ALL_UP_TO
  const before = all ? reachablePairs(t) : null
  const fixes: Fix[] = []
  const seen = new Set<string>()
  for (const c of candidates(state, from, name, port)) {
    const key = c.commands.join('\n')
    if (seen.has(key)) continue
    seen.add(key)
    const after = applied(state, c.commands)
    if (!after) continue
    const client = [...after.topology.containers.values()].find(
      (x) => x.name === from.name && x.host === from.host,
    )
    if (!client || !ask(after.topology, client, name, port).reachable) continue
    const changed = all ? null : changedNames(t, after.topology)
    const was = before ?? reachablePairs(t, changed)
    const now = reachablePairs(after.topology, changed)
    const breaks = [...was].filter((p) => !now.has(p))
    fixes.push({ ...c, why: fixWhy(c.rule), breaks, checked: all ? 'all' : 'changed' })
  }
  fixes.sort(
    (a, b) =>
      Number(a.breaks.length > 0) - Number(b.breaks.length > 0) ||
      a.commands.length - b.commands.length ||
      a.breaks.length - b.breaks.length,
  )
  // A fix that starts with the whole of a better one adds nothing: `docker start db` alone
  // works, so `docker start db` and a link is not proposed beside it.
  const starts = (f: Fix, g: Fix) => g.commands.every((line, i) => f.commands[i] === line)
  return fixes.filter((f, i) => !fixes.slice(0, i).some((g) => starts(f, g)))
}

/** The state after `commands`, or null when one fails as Docker would refuse it. */
export function applied(state: ShellState, commands: readonly string[]): ShellState | null {
  let s = state
  for (const line of commands) {
    const r = execute(s, line)
    if (r.output.exitCode !== 0) return null
    s = r.state
  }
  return s
}

/**
 * The pairs reachable by name in `before` and not in `after`, and which pairs were looked at:
 * all of them in a small world, those of the containers that changed in a big one.
 */
export function brokenPairs(
  before: Topology,
  after: Topology,
): { breaks: string[]; checked: 'all' | 'changed' } {
  const running = [...before.containers.values()].filter((c) => c.state === 'running').length
  const changed = running <= CHECK_ALL_UP_TO ? null : changedNames(before, after)
  const was = reachablePairs(before, changed)
  const now = reachablePairs(after, changed)
  return { breaks: [...was].filter((p) => !now.has(p)), checked: changed ? 'changed' : 'all' }
}

/** The names of the containers whose records differ between two worlds (made, changed, gone). */
function changedNames(before: Topology, after: Topology): Set<string> {
  const names = new Set<string>()
  for (const [id, c] of before.containers) if (after.containers.get(id) !== c) names.add(c.name)
  for (const [id, c] of after.containers) if (before.containers.get(id) !== c) names.add(c.name)
  return names
}

/**
 * Every pair that works by name: each running container to each other's listening ports; with
 * `among`, only the pairs from or to a container so named.
 */
export function reachablePairs(t: Topology, among: ReadonlySet<string> | null = null): Set<string> {
  const running = [...t.containers.values()].filter((c) => c.state === 'running')
  const out = new Set<string>()
  for (const a of running)
    for (const b of running) {
      if (a === b || (among && !among.has(a.name) && !among.has(b.name))) continue
      for (const p of listeningPorts(t, b))
        if (p.proto === 'tcp' && ask(t, a, b.name, p.port).reachable)
          out.add(`${a.name}>${b.name}:${p.port}`)
    }
  return out
}

function candidates(
  state: ShellState,
  from: Container,
  name: string,
  port: number | null,
): Candidate[] {
  const t = state.topology
  const docker = (host: string) =>
    host === state.currentHost ? 'docker' : `docker --context ${quoteWord(host)}`
  const target = containerCalled(t, from.host, name)
  const out: Candidate[] = []
  for (const c of [from, target])
    if (c && c.state !== 'running')
      out.push({
        commands: [`${docker(c.host)} start ${quoteWord(c.name)}`],
        rule: { kind: 'start', container: c.name },
      })
  if (!target) return out
  const started = out.map((c) => c.commands[0] ?? '')
  if (target.host === from.host && namespaceOwner(t, from).networkMode.kind === 'host')
    out.push(...nameOnHostNetwork(t, from, target, name, docker(from.host)))
  else if (target.host === from.host)
    out.push(...sameHost(t, from, target, name, docker(from.host), started))
  else if (port !== null) out.push(...acrossHosts(t, from, target, name, port, docker))
  return out
}

/** On one host: a link, a network the other is on, or a new network for both. */
function sameHost(
  t: Topology,
  from: Container,
  target: Container,
  name: string,
  docker: string,
  started: readonly string[],
): Candidate[] {
  const out: Candidate[] = []
  const f = namespaceOwner(t, from)
  const to = namespaceOwner(t, target)
  const alias = name === to.name ? [] : ['--alias', quoteWord(name)]
  const userNets = (c: Container) =>
    c.endpoints.flatMap((e) => {
      const n = t.networks.get(e.networkId)
      return n && !n.predefined && n.driver === 'bridge' ? [n] : []
    })
  // On a bridge (the default one or a user-defined one): not host, none or another's namespace.
  const bridged = (c: Container) =>
    c.networkMode.kind === 'network' || c.networkMode.kind === 'bridge'
  if (bridged(f) && bridged(to)) {
    for (const n of userNets(to))
      if (!f.endpoints.some((e) => e.networkId === n.id))
        out.push({
          commands: [
            ...started,
            `${docker} network connect ${quoteWord(n.name)} ${quoteWord(f.name)}`,
          ],
          rule: { kind: 'connect', network: n.name, container: f.name },
        })
    for (const n of userNets(f))
      if (!to.endpoints.some((e) => e.networkId === n.id))
        out.push({
          commands: [
            ...started,
            `${docker} network connect ${[...alias, quoteWord(n.name), quoteWord(to.name)].join(' ')}`,
          ],
          rule: { kind: 'connect', network: n.name, container: to.name },
        })
    const net = freshNetworkName(t, from.host)
    out.push({
      commands: [
        ...started,
        `${docker} network create ${net}`,
        `${docker} network connect ${net} ${quoteWord(f.name)}`,
        `${docker} network connect ${[...alias, net, quoteWord(to.name)].join(' ')}`,
      ],
      rule: { kind: 'new-network', network: net, containers: [f.name, to.name] },
    })
  }
  if (from.joinedTo === null && bridged(from)) {
    const link = to.name === name ? to.name : `${to.name}:${name}`
    out.push({
      commands: [
        ...started,
        `${docker} rm -f ${quoteWord(from.name)}`,
        ...runCommandOf(t, from, docker, { flags: ['--link', link] }),
      ],
      rule: { kind: 'link', from: from.name, target: to.name, alias: name },
    })
  }
  return out
}

/**
 * A client on its host's network resolves no container names: `--add-host` writes the
 * target's address into its /etc/hosts (the host routes to its own bridges).
 */
function nameOnHostNetwork(
  t: Topology,
  from: Container,
  target: Container,
  name: string,
  docker: string,
): Candidate[] {
  const address = namespaceOwner(t, target).endpoints.find((e) => e.ip)?.ip
  if (!address || from.joinedTo !== null) return []
  return [
    {
      commands: [
        `${docker} rm -f ${quoteWord(from.name)}`,
        ...runCommandOf(t, from, docker, { flags: ['--add-host', `${name}:${address}`] }),
      ],
      rule: {
        kind: 'add-host',
        from: from.name,
        name,
        host: from.host,
        address,
        publish: null,
        across: false,
      },
    },
  ]
}

/**
 * On two hosts names never cross: `--add-host` gives the name the target host's address, where
 * the port is published (by a recreate with `-p port:port` when it is not yet).
 */
function acrossHosts(
  t: Topology,
  from: Container,
  target: Container,
  name: string,
  port: number,
  docker: (host: string) => string,
): Candidate[] {
  const host = t.hosts.get(target.host)
  const owner = namespaceOwner(t, target)
  if (!host || from.joinedTo !== null) return []
  const published = owner.ports.some((p) => p.hostPort === port && p.proto === 'tcp')
  const publish = published
    ? []
    : [
        `${docker(owner.host)} rm -f ${quoteWord(owner.name)}`,
        ...runCommandOf(t, owner, docker(owner.host), { flags: ['-p', `${port}:${port}`] }),
      ]
  return [
    {
      commands: [
        ...publish,
        `${docker(from.host)} rm -f ${quoteWord(from.name)}`,
        ...runCommandOf(t, from, docker(from.host), {
          flags: ['--add-host', `${name}:${host.lanIp}`],
        }),
      ],
      rule: {
        kind: 'add-host',
        from: from.name,
        name,
        host: host.name,
        address: host.lanIp,
        publish: published ? null : port,
        across: true,
      },
    },
  ]
}

function freshNetworkName(t: Topology, host: string): string {
  const taken = new Set([...t.networks.values()].filter((n) => n.host === host).map((n) => n.name))
  for (let i = 1; ; i++) {
    const name = i === 1 ? 'appnet' : `appnet${i}`
    if (!taken.has(name)) return name
  }
}
