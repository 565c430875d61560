/**
 * The facts a "Verify on real Docker" script asserts, as data: for each running container, the
 * /etc/hosts lines Docker writes, the link variables, the names it resolves (and a few it must
 * not), and a sample of who it reaches on listening ports. Each check is a test run inside the
 * container with plain shell; verify.ts turns checks into script lines.
 *
 * Every test uses commands that both real images and Docknet's simulated userland
 * (cli/inside.ts, inside-tools.ts) have: `grep -E` with `^...$` anchors (the simulation reads
 * every pattern as a regular expression and ignores -x/-F/-q, so exactness lives in the
 * pattern and quietness in `>/dev/null`), `env`, `printenv`, `getent hosts`, busybox
 * `ping -c 1 -W 1` and `nc -z -w 2`.
 */
import {
  checkReach,
  computeDnsView,
  computeHostsFile,
  computeLinkEnv,
  computeProcessEnv,
  DEFAULT_HOST,
  isAnswer,
  listeningPorts,
  lookupImage,
  namespaceOwner,
  resolveName,
  type Container,
  type Topology,
} from '../engine'
import { shLine } from './script-words'

/** One fact and the shell test, run in the container, that asserts it. */
export interface Check {
  /** The container the test runs in, and its host (a Docker context). */
  readonly container: string
  readonly host: string
  readonly kind: 'hosts' | 'env' | 'name' | 'no-name' | 'reach' | 'no-reach'
  /** The fact in words, as PASS / FAIL lines print it. */
  readonly fact: string
  /** A shell pipeline, run in the container, whose status is 0 when it finds what it looks for. */
  readonly test: string
  /** Whether the test must succeed (the fact is a presence) or fail (an absence). */
  readonly expectSuccess: boolean
  readonly expected: string
  /** What was seen on failure: a command run in the container, or a fixed text. */
  readonly seen: { readonly command: string } | { readonly text: string }
}

/**
 * At most this many reachable and this many blocked (server, port) pairs per client, the
 * first in creation order: enough to show both kinds of verdict, few enough to keep the script
 * readable (a blocked probe waits out `nc -w 2`).
 */
export const REACH_SAMPLE = 3

/** At most this many names per container that must not resolve. */
const ABSENT_NAMES = 2

/** Docker-made ids (a container's default hostname, its short id): random on a real daemon. */
const DOCKER_ID = /^[0-9a-f]{12}$/
const ID_PATTERN = '[0-9a-f]{12}'

/** `text` as a POSIX extended regular expression matching it literally. */
function ereLiteral(text: string): string {
  return text.replace(/[.[\]()*+?{}|^$\\]/g, '\\$&')
}

/** Text safe in an `echo` line: no backslashes (dash's echo reads them) or control characters. */
function shown(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\\\u0000-\u001f\u007f]/g, '?')
}

/**
 * /etc/hosts lines Docker writes for --add-host, links and the container itself (not the
 * fixed localhost and IPv6 header). A Docker-made id in a line matches any id.
 */
function hostsChecks(t: Topology, c: Container): Check[] {
  if (namespaceOwner(t, c).networkMode.kind === 'host') return [] // the host's own file
  const lines = computeHostsFile(t, c).split('\n')
  return lines
    .filter((l) => l.includes('\t') && !l.startsWith('127.0.0.1\t') && !l.includes(':'))
    .map((line) => {
      const [ip = '', names = ''] = line.split('\t')
      const words = names.split(' ')
      const pattern = words.map((w) => (DOCKER_ID.test(w) ? ID_PATTERN : ereLiteral(w)))
      const text = shown([ip, ...words.map((w) => (DOCKER_ID.test(w) ? '<id>' : w))].join(' '))
      return {
        container: c.name,
        host: c.host,
        kind: 'hosts' as const,
        fact: `${c.name} /etc/hosts has the line ${text}`,
        // Docker separates the address from the names with a tab (etchosts.go Record.WriteTo).
        test: shLine(['grep', '-E', `^${ereLiteral(ip)}\t${pattern.join(' ')}$`, '/etc/hosts']),
        expectSuccess: true,
        expected: text,
        seen: { command: shLine(['grep', '-F', ip, '/etc/hosts']) },
      }
    })
}

/** The link variables a `docker exec` process sees (the children's current addresses). */
function envChecks(t: Topology, c: Container): Check[] {
  const names = new Set(computeLinkEnv(t, c, false).map((kv) => kv.slice(0, kv.indexOf('='))))
  return computeProcessEnv(t, c, { exec: true })
    .filter((kv) => names.has(kv.slice(0, kv.indexOf('='))) && !kv.includes('\n'))
    .map((kv) => {
      const name = kv.slice(0, kv.indexOf('='))
      return {
        container: c.name,
        host: c.host,
        kind: 'env' as const,
        fact: `${c.name} env ${shown(kv)}`,
        test: `env | ${shLine(['grep', '-E', `^${ereLiteral(kv)}$`])}`,
        expectSuccess: true,
        expected: shown(kv),
        seen: { command: shLine(['printenv', name]) },
      }
    })
}

/**
 * How the container's image looks names up: the busybox image has no getent, so its ping
 * names the address it resolved (`PING db (172.17.0.2)`); Debian, Ubuntu and CentOS images
 * have glibc's getent, Alpine musl-utils'.
 */
function lookup(c: Container, name: string): { command: string; answers: (ips: string) => string } {
  if (lookupImage(c.image).repo === 'busybox')
    return {
      command: `${shLine(['ping', '-c', '1', '-W', '1', name])} 2>&1`,
      answers: (ips) => `^PING ${ereLiteral(name)} \\((${ips})\\)`,
    }
  // getent prints the address, then spaces and the names.
  return { command: shLine(['getent', 'hosts', name]), answers: (ips) => `^(${ips}) ` }
}

/** Names only the simulation knows (ids) and IPv6 answers are left out. */
function checkableName(name: string, addresses: readonly string[]): boolean {
  return !DOCKER_ID.test(name) && addresses.every((a) => !a.includes(':'))
}

function nameChecks(t: Topology, c: Container): Check[] {
  const kept = computeDnsView(t, c).filter(
    (a) => a.mechanism !== 'hosts-file' && checkableName(a.name, a.addresses),
  )
  return kept.map((a) => {
    const { command, answers } = lookup(c, a.name)
    const ips = a.addresses.map(ereLiteral).join('|')
    const expected = a.addresses.length === 1 ? a.addresses[0] : `one of ${a.addresses.join(' ')}`
    return {
      container: c.name,
      host: c.host,
      kind: 'name' as const,
      fact: shown(`${c.name} resolves ${a.name} to ${expected ?? ''}`),
      test: `${command} | ${shLine(['grep', '-E', answers(ips)])}`,
      expectSuccess: true,
      expected: shown(expected ?? ''),
      seen: { command },
    }
  })
}

/** Other containers' names on the same host that `c` must not resolve (say, on the default bridge). */
function absentNameChecks(t: Topology, c: Container): Check[] {
  const others = [...t.containers.values()]
    .filter((o) => o.id !== c.id && o.host === c.host && !DOCKER_ID.test(o.name))
    .sort((a, b) => a.seq - b.seq)
    .filter((o) => !isAnswer(resolveName(t, c, o.name)))
  return others.slice(0, ABSENT_NAMES).map((o) => {
    const { command, answers } = lookup(c, o.name)
    return {
      container: c.name,
      host: c.host,
      kind: 'no-name' as const,
      fact: `${c.name} does not resolve ${o.name}`,
      test: `${command} | ${shLine(['grep', '-E', answers('[0-9.]+')])}`,
      expectSuccess: false,
      expected: 'no address',
      seen: { command },
    }
  })
}

/** busybox's nc (busybox, Alpine, and the busybox-like userland Docknet gives unknown images). */
function hasNc(c: Container): boolean {
  return lookupImage(c.image).ping === 'busybox'
}

interface Probe {
  readonly server: Container
  readonly address: string
  readonly port: number
  readonly reachable: boolean
}

/** The client's verdict per listening TCP port of every other running container. */
function probes(t: Topology, client: Container, servers: readonly Container[]): Probe[] {
  const out: Probe[] = []
  for (const server of servers) {
    if (server.id === client.id) continue
    // A blocked port is probed at the server's own address, which means something only on
    // its host: another host's bridge addresses are that host's private business.
    const owner = namespaceOwner(t, server)
    const fallback =
      server.host === client.host ? (owner.endpoints.find((e) => e.ip !== null)?.ip ?? null) : null
    for (const p of checkReach(t, client, server).ports) {
      if (!p.listening || p.port.proto !== 'tcp') continue
      const via = p.via[0]
      if (p.reachable && via)
        out.push({ server, address: via.address, port: via.port, reachable: true })
      else if (!p.reachable && fallback)
        out.push({ server, address: fallback, port: p.port.port, reachable: false })
    }
  }
  return out
}

function reachChecks(t: Topology, client: Container, servers: readonly Container[]): Check[] {
  if (!hasNc(client)) return []
  const all = probes(t, client, servers)
  const sample = [
    ...all.filter((p) => p.reachable).slice(0, REACH_SAMPLE),
    ...all.filter((p) => !p.reachable).slice(0, REACH_SAMPLE),
  ]
  return sample.map((p) => {
    const where = `${p.address}:${p.port}/tcp`
    return {
      container: client.name,
      host: client.host,
      kind: p.reachable ? ('reach' as const) : ('no-reach' as const),
      fact: `${client.name} ${p.reachable ? 'reaches' : 'does not reach'} ${p.server.name} at ${where}`,
      test: shLine(['nc', '-z', '-w', '2', p.address, String(p.port)]),
      expectSuccess: p.reachable,
      expected: p.reachable ? 'a connection' : 'no connection',
      seen: { text: p.reachable ? 'none' : 'one' },
    }
  })
}

/** Every check, per running container in creation order (hosts, env, names, reach). */
export function verifyChecks(t: Topology): Check[] {
  const running = [...t.containers.values()]
    .filter((c) => c.state === 'running')
    .sort((a, b) => a.seq - b.seq)
  const servers = running.filter((c) => listeningPorts(t, c).length > 0)
  return running.flatMap((c) => [
    ...hostsChecks(t, c),
    ...envChecks(t, c),
    ...nameChecks(t, c),
    ...absentNameChecks(t, c),
    ...reachChecks(t, c, servers),
  ])
}

/** The `docker` words that run a command in a container on its host. */
export function dockerExec(check: Pick<Check, 'container' | 'host'>): string[] {
  const docker = check.host === DEFAULT_HOST ? ['docker'] : ['docker', '--context', check.host]
  return [...docker, 'exec', check.container]
}
