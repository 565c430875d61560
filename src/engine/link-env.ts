/**
 * Legacy link environment variables (daemon/links/links.go ToEnv, Engine 28 ordering:
 * TCP ports first, runs of two or more consecutive ports of one protocol form a range) and
 * the process environment a container's command sees
 * (daemon/container/container.go CreateDaemonEnvironment).
 */
import { namespaceOwner } from './namespace'
import { linkTargetIp } from './hosts-file'
import type { Container, Link, Topology } from './model'
import type { ExposedPort } from './port-spec'

function withTcpPriority(a: ExposedPort, b: ExposedPort): number {
  if (a.proto === b.proto) return a.port - b.port
  if (a.proto === 'tcp') return -1
  if (b.proto === 'tcp') return 1
  return a.proto < b.proto ? -1 : 1
}

/** The variables one link gives its parent, in Docker's order. */
export function linkEnvVars(
  parentName: string,
  alias: string,
  childIp: string,
  child: Pick<Container, 'env' | 'exposed'>,
): string[] {
  const name = `/${parentName}/${alias}`
  const upper = alias.toUpperCase().replace(/-/g, '_')
  const ports = [...child.exposed].sort(withTcpPriority)
  const env: string[] = []
  const first = ports[0]
  if (first) env.push(`${upper}_PORT=${first.proto}://${childIp}:${first.port}`)
  let start = first
  let end = first
  for (let i = 0; i < ports.length; i++) {
    const p = ports[i] as ExposedPort
    const prefix = `${upper}_PORT_${p.port}_${p.proto.toUpperCase()}`
    env.push(`${prefix}=${p.proto}://${childIp}:${p.port}`)
    env.push(`${prefix}_ADDR=${childIp}`)
    env.push(`${prefix}_PORT=${p.port}`)
    env.push(`${prefix}_PROTO=${p.proto}`)
    if (!start || !end) continue
    // Docker closes a range only when the next port breaks it, so a range's variables come
    // after the first port outside it (or after its own last port at the end).
    if (p.port === end.port + 1 && p.proto === end.proto) {
      end = p
      if (i < ports.length - 1) continue
    }
    if (start !== end) {
      const rp = `${upper}_PORT_${start.port}_${start.proto.toUpperCase()}`
      env.push(`${rp}_START=${start.proto}://${childIp}:${start.port}`)
      env.push(`${rp}_PORT_START=${start.port}`)
      env.push(`${rp}_END=${end.proto}://${childIp}:${end.port}`)
      env.push(`${rp}_PORT_END=${end.port}`)
    }
    start = p
    end = p
  }
  env.push(`${upper}_NAME=${name}`)
  for (const kv of child.env) {
    const eq = kv.indexOf('=')
    if (eq < 0) continue
    const key = kv.slice(0, eq)
    if (key === 'HOME' || key === 'PATH') continue
    env.push(`${upper}_ENV_${key}=${kv.slice(eq + 1)}`)
  }
  return env
}

/**
 * Link variables of a container. `atStart` uses each child's address when the parent
 * started (what PID 1 sees; Docker never refreshes them); otherwise the current one
 * (what `docker exec` sees).
 */
export function computeLinkEnv(t: Topology, c: Container, atStart = true): string[] {
  if (!t.settings.legacyLinkEnv) return []
  const out: string[] = []
  for (const l of c.links) {
    const child = t.containers.get(l.childId)
    if (!child) continue
    const ip = linkIp(t, l, child, atStart)
    if (ip) out.push(...linkEnvVars(c.name, l.alias, ip, child))
  }
  return out
}

function linkIp(t: Topology, l: Link, child: Container, atStart: boolean): string | null {
  if (atStart && l.ipAtStart) return l.ipAtStart
  return linkTargetIp(t, namespaceOwner(t, child))
}

/**
 * Replace-or-append by variable name, as ReplaceOrAppendEnvValues does. Lists are short, so a
 * linear scan beats building a map per container.
 */
function replaceOrAppend(base: string[], extra: readonly string[]): string[] {
  const baseLength = base.length
  for (const kv of extra) {
    const eq = kv.indexOf('=')
    const keyLength = eq < 0 ? kv.length : eq
    let i = 0
    while (i < baseLength && !sameName(base[i] as string, kv, keyLength)) i++
    if (i < baseLength) base[i] = kv
    else base.push(kv)
  }
  return base
}

/** Whether `a` sets the variable named by the first `n` characters of `b` (no substrings made). */
function sameName(a: string, b: string, n: number): boolean {
  if (a.length <= n || a.charCodeAt(n) !== 61) return false
  for (let k = 0; k < n; k++) if (a.charCodeAt(k) !== b.charCodeAt(k)) return false
  return true
}

/** Which process of the container: its main one, or one started by `docker exec`. */
export interface ProcessOptions {
  /** A `docker exec` process: link variables use the children's current addresses. */
  readonly exec?: boolean
  /** With a terminal (`-t` on run, or on exec): TERM=xterm. Defaults to the container's -t. */
  readonly tty?: boolean
  /** `docker exec -e NAME=VALUE` additions. */
  readonly extra?: readonly string[]
}

/**
 * What `env` prints in the container: PATH, HOSTNAME, TERM (with a terminal), link variables,
 * the container's own Config.Env replacing same-named ones, exec's -e values, and HOME added
 * by the runtime.
 */
export function computeProcessEnv(t: Topology, c: Container, opts: ProcessOptions = {}): string[] {
  const base = [
    'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
    `HOSTNAME=${c.hostname}`,
  ]
  if (opts.tty ?? (c.tty && !opts.exec)) base.push('TERM=xterm')
  if (c.links.length > 0) base.push(...computeLinkEnv(t, c, !opts.exec))
  const env = replaceOrAppend(replaceOrAppend(base, c.env), opts.extra ?? [])
  if (!env.some((e) => e.startsWith('HOME='))) env.push('HOME=/root')
  return env
}
