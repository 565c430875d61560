/**
 * The smallest changes after which a refused command succeeds: candidates for the refusal's
 * rule (free the name, start the container linked to, publish another host port...), each a
 * list of docker commands ending with the command again (as refused, or with the one value
 * changed), run against the world in memory and kept only if every command then succeeds. Each
 * kept fix lists the pairs that worked by name before and no longer do.
 */
import { explainedRefusal, type Container, type EngineError, type Topology } from '../engine'
import type { FixRule } from './fix-rule'
import { applied, brokenPairs } from './fixes'
import { quoteWord } from './quote'
import type { ShellState } from './state'

export interface RefusalFix {
  readonly commands: readonly string[]
  /** What it does, as data: fix-text.ts words it. */
  readonly rule: FixRule
  /** Pairs reachable by name before the fix and not after: "from>to:port". */
  readonly breaks: readonly string[]
  readonly checked: 'all' | 'changed'
}

export interface Candidate {
  readonly commands: readonly string[]
  readonly rule: FixRule
}

/**
 * Fixes for `line`, refused with `refused` on `host`; `state` is the world after the refusal
 * (a `docker run` refused at start leaves its container created).
 */
export function fixRefusal(
  state: ShellState,
  line: string,
  host: string,
  refused: EngineError,
): RefusalFix[] {
  const docker = host === state.currentHost ? 'docker' : `docker --context ${quoteWord(host)}`
  const rule = explainedRefusal(refused)
  return rule ? verifiedFixes(state, candidates(state.topology, host, docker, line, rule)) : []
}

/**
 * The candidates whose commands Docker all accepts and after which `solved` holds of the world,
 * each with the pairs it breaks; best first (breaking nothing, then fewest commands).
 */
export function verifiedFixes(
  state: ShellState,
  candidates: readonly Candidate[],
  solved: (after: Topology) => boolean = () => true,
): RefusalFix[] {
  const fixes: RefusalFix[] = []
  for (const c of candidates) {
    const after = applied(state, c.commands)
    if (!after || !solved(after.topology)) continue
    fixes.push({ ...c, ...brokenPairs(state.topology, after.topology) })
  }
  return fixes.sort(
    (a, b) =>
      Number(a.breaks.length > 0) - Number(b.breaks.length > 0) ||
      a.commands.length - b.commands.length,
  )
}

const named = (t: Topology, host: string, name: string): Container | null =>
  [...t.containers.values()].find((c) => c.host === host && c.name === name) ?? null

const withId = (t: Topology, id: string): Container | null =>
  t.containers.get(id) ?? [...t.containers.values()].find((c) => c.id.startsWith(id)) ?? null

/**
 * `line` again; a `docker run` refused at start left its container created, under the name
 * it asked for: that one is removed first.
 */
function again(t: Topology, host: string, docker: string, line: string): string[] {
  const name = /\s--name[=\s]\s*(\S+)/.exec(line)?.[1]
  const left = name ? named(t, host, name) : null
  return left && left.state === 'created' ? [`${docker} rm ${quoteWord(left.name)}`, line] : [line]
}

function candidates(
  t: Topology,
  host: string,
  docker: string,
  line: string,
  refused: EngineError,
): Candidate[] {
  switch (refused.code) {
    case 'NAME_IN_USE':
    case 'RENAME_NAME_IN_USE': {
      const holder = withId(t, refused.params.id)
      if (!holder) return []
      const name = quoteWord(holder.name)
      return [
        {
          commands: [`${docker} rename ${name} ${quoteWord(freeName(t, host, holder.name))}`, line],
          rule: { kind: 'rename-holder', holder: holder.name },
        },
        {
          commands: [`${docker} rm -f ${name}`, line],
          rule: { kind: 'remove-holder', holder: holder.name },
        },
      ]
    }
    case 'LINK_NOT_RUNNING':
      return [
        {
          commands: [
            `${docker} start ${quoteWord(refused.params.child)}`,
            ...again(t, host, docker, line),
          ],
          rule: { kind: 'start-link-child', child: refused.params.child },
        },
      ]
    case 'JOIN_NOT_RUNNING':
    case 'NOT_RUNNING': {
      const c = named(t, host, refused.params.id) ?? withId(t, refused.params.id)
      return c
        ? [
            {
              commands: [`${docker} start ${quoteWord(c.name)}`, ...again(t, host, docker, line)],
              rule: { kind: 'start-then-again', container: c.name },
            },
          ]
        : []
    }
    case 'RUNNING_REMOVE':
      return [
        {
          commands: [`${docker} stop ${quoteWord(refused.params.ref)}`, line],
          rule: { kind: 'stop-then-remove', container: refused.params.ref },
        },
      ]
    case 'PORT_ALLOCATED':
    case 'CONNECT_PORT_ALLOCATED':
      return portFixes(t, host, docker, line, refused.params)
    case 'NETWORK_ACTIVE_ENDPOINTS': {
      const members = [...t.containers.values()].filter(
        (c) =>
          c.host === host &&
          c.state === 'running' &&
          c.endpoints.some((e) => t.networks.get(e.networkId)?.name === refused.params.name),
      )
      const net = quoteWord(refused.params.name)
      return [
        {
          commands: [
            ...members.map((c) => `${docker} network disconnect ${net} ${quoteWord(c.name)}`),
            line,
          ],
          rule: {
            kind: 'disconnect-then-remove',
            network: refused.params.name,
            members: members.map((c) => c.name),
          },
        },
      ]
    }
    case 'VOLUME_IN_USE': {
      const users = refused.params.ids.split(', ').flatMap((id) => withId(t, id) ?? [])
      return [
        {
          commands: [`${docker} rm -f ${users.map((c) => quoteWord(c.name)).join(' ')}`, line],
          rule: { kind: 'remove-volume-users', users: users.map((c) => c.name) },
        },
      ]
    }
    case 'STATIC_IP_DEFAULT':
      return staticIpFix(t, host, docker, line)
    case 'NO_SUCH_CONTAINER': {
      const there = [...t.containers.values()].find(
        (c) => c.host !== host && c.name === refused.params.ref,
      )
      if (!there || !/^docker\s/.test(line) || /\s--context[\s=]/.test(line)) return []
      return [
        {
          commands: [line.replace(/^docker\s+/, `docker --context ${quoteWord(there.host)} `)],
          rule: { kind: 'send-to-host', host: there.host, container: there.name },
        },
      ]
    }
    default:
      return []
  }
}

/** A name like `name`, free on `host`: name-old, name-old2... */
function freeName(t: Topology, host: string, name: string): string {
  for (let i = 1; ; i++) {
    const candidate = i === 1 ? `${name}-old` : `${name}-old${i}`
    if (!named(t, host, candidate)) return candidate
  }
}

/** The first host port from `port` up that no running container of `host` publishes. */
function freePort(t: Topology, host: string, port: number): number {
  const taken = new Set(
    [...t.containers.values()]
      .filter((c) => c.host === host && c.state === 'running')
      .flatMap((c) => c.ports.map((p) => p.hostPort)),
  )
  let free = port + 1
  while (taken.has(free)) free++
  return free
}

/** Another host port in the command's -p, or the holder stopped and this container started. */
function portFixes(
  t: Topology,
  host: string,
  docker: string,
  line: string,
  p: { endpoint: string; port: number },
): Candidate[] {
  const out: Candidate[] = []
  const free = freePort(t, host, p.port)
  const publish = new RegExp(`(-p\\s*|--publish[=\\s]\\s*)((?:[0-9.]+:)?)${p.port}:`)
  if (publish.test(line))
    out.push({
      commands: again(t, host, docker, line.replace(publish, `$1$2${free}:`)),
      rule: { kind: 'publish-other-port', port: free, host },
    })
  const holder = [...t.containers.values()].find(
    (c) => c.host === host && c.state === 'running' && c.ports.some((b) => b.hostPort === p.port),
  )
  if (holder) {
    // A `docker run` refused at start left its container created: it is started, not run again.
    const created = named(t, host, p.endpoint)?.state === 'created'
    out.push({
      commands: [
        `${docker} stop ${quoteWord(holder.name)}`,
        created ? `${docker} start ${quoteWord(p.endpoint)}` : line,
      ],
      rule: {
        kind: 'stop-port-holder',
        holder: holder.name,
        port: p.port,
        start: created ? p.endpoint : null,
      },
    })
  }
  return out
}

/**
 * --ip on the default bridge: a user-defined network whose subnet holds the address, and the
 * command again on it; when that subnet overlaps another network's (the default bridge's own),
 * a free one, with the address's last number kept.
 */
function staticIpFix(t: Topology, host: string, docker: string, line: string): Candidate[] {
  const ip = /--ip[=\s]\s*([0-9]+\.[0-9]+\.[0-9]+)\.([0-9]+)/.exec(line)
  const run = /^(docker(?:\s+--context[=\s]\s*\S+)?\s+(?:container\s+)?(?:run|create))\s/.exec(line)
  if (!ip || !run || /\s--net(work)?[=\s]/.test(line)) return []
  const taken = new Set([...t.networks.values()].filter((n) => n.host === host).map((n) => n.name))
  let net = 'staticnet'
  for (let i = 2; taken.has(net); i++) net = `staticnet${i}`
  const on = (prefix: string): Candidate => {
    const address = `${prefix}.${ip[2]}`
    const rerun = line
      .replace(ip[0], ip[0].replace(`${ip[1]}.${ip[2]}`, address))
      .replace(run[0], `${run[1]} --network ${net} `)
    return {
      commands: [`${docker} network create --subnet ${prefix}.0/24 ${net}`, rerun],
      rule: {
        kind: 'static-ip-network',
        network: net,
        subnet: `${prefix}.0/24`,
        moved: prefix === ip[1] ? null : address,
      },
    }
  }
  return [on(ip[1] ?? ''), on('172.30.0')]
}
