/** The container views: `docker ps` (its table and --format fields) and `docker port`. */
import {
  bindingAddresses,
  filterArgs,
  findContainer,
  listContainers,
  linksTo,
  reportsPorts,
  shortId,
  type Container,
  type PortBinding,
  type Topology,
} from '../../engine'
import { flagBool, flagList, flagString } from '../spec/parse-flags'
import { psFormatError } from '../spec/format-check'
import type { Invocation } from '../spec/types'
import { afterWarnings, clientError, daemonError, lines } from '../output'
import { formatRows } from '../format'
import { joinLabels, labelMethod, withMethods } from '../go-template-method'
import type { ShellState, Step } from '../state'

/** Docker's 20-character command column: quoted, cut with an ellipsis. */
function commandColumn(c: Container, noTrunc: boolean): string {
  // The daemon single-quotes arguments that contain a space (container/view.go).
  const [path = '', ...args] = c.cmd
  const cmd = [path, ...args.map((a) => (a.includes(' ') ? `'${a}'` : a))].join(' ')
  const text = !noTrunc && [...cmd].length > 20 ? `${[...cmd].slice(0, 19).join('')}…` : cmd
  return `"${text}"`
}

interface ApiPort {
  readonly ip: string
  readonly privatePort: number
  readonly publicPort: number
  readonly type: string
}

/** `ip:port` as Go's net.JoinHostPort writes it (IPv6 in brackets). */
function joinHostPort(ip: string, port: string): string {
  return ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`
}

/**
 * The PORTS column (docker/cli formatter DisplayablePorts): unpublished ports and ports
 * published on the same number are grouped into ranges; others are listed one by one.
 */
function portsColumn(t: Topology, c: Container): string {
  // A stopped container has no NetworkSettings.Ports; host networking publishes nothing, and
  // none, macvlan and ipvlan endpoints report no ports.
  const unreported = c.endpoints.length > 0 && !reportsPorts(t, c)
  if (c.state !== 'running' || c.networkMode.kind === 'host' || unreported) return ''
  const ports: ApiPort[] = []
  const byPort = new Map<string, PortBinding[]>()
  for (const p of c.ports) {
    const key = `${p.containerPort}/${p.proto}`
    const list = byPort.get(key)
    if (list) list.push(p)
    else byPort.set(key, [p])
  }
  for (const e of c.exposed) {
    const bound = byPort.get(`${e.port}/${e.proto}`) ?? []
    if (bound.length === 0)
      ports.push({ ip: '', privatePort: e.port, publicPort: 0, type: e.proto })
    for (const b of bound) {
      for (const a of bindingAddresses(b))
        ports.push({ ip: a.ip, privatePort: e.port, publicPort: b.hostPort, type: e.proto })
    }
  }
  ports.sort((x, y) =>
    x.privatePort !== y.privatePort
      ? x.privatePort - y.privatePort
      : x.ip !== y.ip
        ? x.ip < y.ip
          ? -1
          : 1
        : x.publicPort !== y.publicPort
          ? x.publicPort - y.publicPort
          : x.type < y.type
            ? -1
            : x.type > y.type
              ? 1
              : 0,
  )
  const groups = new Map<string, { ip: string; type: string; first: number; last: number }>()
  const result: string[] = []
  const hostMappings: string[] = []
  const form = (g: { ip: string; type: string; first: number; last: number }) => {
    const range = g.first === g.last ? `${g.first}` : `${g.first}-${g.last}`
    return `${g.ip ? `${joinHostPort(g.ip, range)}->${range}` : range}/${g.type}`
  }
  for (const p of ports) {
    if (p.ip !== '' && p.publicPort !== p.privatePort) {
      hostMappings.push(`${joinHostPort(p.ip, String(p.publicPort))}->${p.privatePort}/${p.type}`)
      continue
    }
    const key = `${p.ip}/${p.type}`
    const g = groups.get(key)
    if (!g) groups.set(key, { ip: p.ip, type: p.type, first: p.privatePort, last: p.privatePort })
    else if (p.privatePort === g.last + 1) g.last = p.privatePort
    else {
      result.push(form(g))
      groups.set(key, { ip: p.ip, type: p.type, first: p.privatePort, last: p.privatePort })
    }
  }
  // Groups close in the order their keys were first seen (a Map keeps that order).
  for (const g of groups.values()) result.push(form(g))
  return [...result, ...hostMappings].join(', ')
}

/** All names of a container: its own and `/parent/alias` for each legacy link to it, sorted. */
export function containerNames(t: Topology, c: Container): string[] {
  const names = [`/${c.name}`]
  for (const [p, alias] of linksTo(t, c)) if (p.host === c.host) names.push(`/${p.name}/${alias}`)
  return names.sort()
}

function status(c: Container): string {
  if (c.state === 'running') return 'Up 2 seconds'
  if (c.state === 'created') return 'Created'
  return `Exited (${c.exitCode}) 1 second ago`
}

const PS_HEADERS: Readonly<Record<string, string>> = {
  ID: 'CONTAINER ID',
  Image: 'IMAGE',
  Command: 'COMMAND',
  RunningFor: 'CREATED',
  CreatedAt: 'CREATED AT',
  Status: 'STATUS',
  State: 'STATE',
  Ports: 'PORTS',
  Names: 'NAMES',
  Networks: 'NETWORKS',
  Mounts: 'MOUNTS',
  Labels: 'LABELS',
}

/** One `docker ps` row with the formatter's field names (cli/command/formatter/container.go). */
function psRow(t: Topology, c: Container, noTrunc: boolean): Record<string, string> {
  const names = containerNames(t, c).map((n) => n.slice(1))
  const row = {
    ID: noTrunc ? c.id : shortId(c.id),
    Image: c.image,
    Command: commandColumn(c, noTrunc),
    RunningFor: '3 seconds ago',
    CreatedAt: '2026-11-23 09:00:00 +0000 UTC',
    Status: status(c),
    State: c.state,
    Ports: portsColumn(t, c),
    Names: noTrunc ? names.join(',') : (names.find((n) => !n.includes('/')) ?? c.name),
    Networks: [
      ...c.endpoints.map((e) => t.networks.get(e.networkId)?.name ?? ''),
      ...(c.dangling ?? []).map((d) => d.name),
    ].join(','),
    Mounts: c.mounts
      .map((m) => (m.type === 'volume' ? (noTrunc ? m.source : m.source.slice(0, 15)) : m.source))
      .join(','),
    Labels: joinLabels(c.labels ?? null),
  }
  return withMethods(row, { Label: labelMethod(c.labels ?? null) })
}

export function ps(state: ShellState, call: Invocation): Step {
  const step = listPs(state, call)
  // docker/cli v28.2.2 container/list.go runPs warns first, whatever follows.
  const ignored = flagBool(call.flags, 'quiet') && (flagString(call.flags, 'format') ?? '') !== ''
  return ignored ? { ...step, output: afterWarnings(IGNORED_FORMAT, step.output) } : step
}

const IGNORED_FORMAT =
  'WARNING: Ignoring custom format, because both --format and --quiet are set.\n'

function listPs(state: ShellState, call: Invocation): Step {
  const f = call.flags
  const badFormat = psFormatError(state.templates, flagString(f, 'format') ?? '')
  if (badFormat) return { state, output: clientError(badFormat) }
  const t = state.topology
  const noTrunc = flagBool(f, 'no-trunc')
  // -n N and --latest (-n 1) list the last created containers in any state (cli list.go).
  const last = Number(flagString(f, 'last') ?? -1)
  const listed = listContainers(t, state.currentHost, {
    all: flagBool(f, 'all'),
    limit: flagBool(f, 'latest') && last === -1 ? 1 : last,
    filters: filterArgs(flagList(f, 'filter')),
  })
  if (!listed.ok) return { state, output: daemonError(listed.error) }
  const list = listed.value
  if (flagBool(f, 'quiet'))
    return { state, output: lines(list.map((c) => (noTrunc ? c.id : shortId(c.id)))) }
  const rows = list.map((c) => psRow(t, c, noTrunc))
  const format =
    flagString(f, 'format') ??
    'table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}'
  return { state, output: formatRows(state.templates, format, rows, PS_HEADERS) }
}

/**
 * The error text of Go's strconv.ParseUint(s, 10, 16), or null when `s` parses: digits are read
 * left to right and the first bad character or overflow decides (strconv/atoi.go).
 */
function parseUint16Error(s: string): string | null {
  const syntax = `strconv.ParseUint: parsing ${JSON.stringify(s)}: invalid syntax`
  if (s === '') return syntax
  let n = 0
  for (const ch of s) {
    if (ch < '0' || ch > '9') return syntax
    n = n * 10 + (ch.charCodeAt(0) - 48)
    if (n > 65535) return `strconv.ParseUint: parsing ${JSON.stringify(s)}: value out of range`
  }
  return null
}

export function port(state: ShellState, call: Invocation): Step {
  const [ref = '', which] = call.args
  const c = findContainer(state.topology, state.currentHost, ref)
  if (!c) return { state, output: daemonError(`No such container: ${ref}`) }
  // docker/cli v28.2.2 cli/command/container/port.go runPort decides these after the inspect:
  // the port must parse as strconv.ParseUint(port, 10, 16), then have a published frontend.
  if (which !== undefined) {
    const slash = which.indexOf('/')
    const num = slash < 0 ? which : which.slice(0, slash)
    const proto = slash < 0 || slash === which.length - 1 ? 'tcp' : which.slice(slash + 1)
    const bad = parseUint16Error(num)
    if (bad !== null) return { state, output: clientError(`Error: invalid port (${num}): ${bad}`) }
    const bound = c.ports.filter((b) => String(b.containerPort) === num && b.proto === proto)
    if (bound.length === 0)
      return {
        state,
        output: clientError(`Error: No public port '${which}' published for ${ref}`),
      }
    return {
      state,
      output: lines(
        bound.flatMap((b) => bindingAddresses(b).map((a) => `${a.display}:${b.hostPort}`)),
      ),
    }
  }
  const sorted = [...c.ports].sort(
    (a, b) => a.containerPort - b.containerPort || a.proto.localeCompare(b.proto),
  )
  return {
    state,
    output: lines(
      sorted.flatMap((b) =>
        bindingAddresses(b).map(
          (a) => `${b.containerPort}/${b.proto} -> ${a.display}:${b.hostPort}`,
        ),
      ),
    ),
  }
}
