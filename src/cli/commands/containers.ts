/** Container commands other than run/create: start, stop, restart, rm, rename, ps, port, exec, logs. */
import {
  bindingAddresses,
  findContainer,
  linksTo,
  removeContainer,
  renameContainer,
  stopForRestart,
  shortId,
  startContainer,
  stopContainer,
  type Container,
  type PortBinding,
  type Topology,
} from '../../engine'
import { flagBool, flagList, flagString } from '../spec/parse-flags'
import { psFormatError } from '../spec/format-check'
import type { Invocation } from '../spec/types'
import { runArgv } from '../inside'
import { notFound } from '../inside-tools'
import { clientError, daemonError, lines, out, type Output } from '../output'
import { formatRows } from '../format'
import { isShellCommand, runMainProcess } from './run'
import { workdirOf } from '../inside-fs'
import type { ShellState, Step } from '../state'

/** One container's operation; a failure may still carry the state it left (a failed restart). */
type Op = (
  t: Topology,
  id: string,
) => { ok: true; value: Topology } | { ok: false; error: { message: string }; value?: Topology }

/**
 * Applies `op` to each container in turn, printing the reference of each success and the
 * daemon's error for each failure; `docker start` adds a summary line (cli start.go).
 */
function eachContainer(state: ShellState, refs: readonly string[], op: Op, summary?: string): Step {
  let topology = state.topology
  const stdout: string[] = []
  let stderr = ''
  const failed: string[] = []
  for (const ref of refs) {
    const c = findContainer(topology, state.currentHost, ref)
    const r = c ? op(topology, c.id) : null
    if (!r || !r.ok) {
      if (r?.value) topology = r.value
      stderr += `Error response from daemon: ${r ? r.error.message : `No such container: ${ref}`}\n`
      failed.push(ref)
      continue
    }
    topology = r.value
    stdout.push(ref)
  }
  if (summary && failed.length > 0) stderr += `Error: ${summary}: ${failed.join(', ')}\n`
  return {
    state: { ...state, topology },
    output: {
      stdout: stdout.map((s) => `${s}\n`).join(''),
      stderr,
      exitCode: failed.length > 0 ? 1 : 0,
    },
  }
}

/** A command that applies one operation to each container it names. */
function simple(op: Op, summary?: string) {
  return (state: ShellState, call: Invocation): Step => eachContainer(state, call.args, op, summary)
}

const startEach = simple((t, id) => {
  const r = startContainer(t, id)
  return r.ok ? { ok: true, value: runMainProcess(r.value, id).topology } : r
}, 'failed to start containers')

export function start(state: ShellState, call: Invocation): Step {
  const attach = flagBool(call.flags, 'attach') || flagBool(call.flags, 'interactive')
  if (attach && call.args.length > 1)
    return { state, output: clientError('you cannot start and attach multiple containers at once') }
  if (flagString(call.flags, 'checkpoint') && call.args.length > 1)
    return { state, output: clientError('you cannot restore multiple containers at once') }
  return startEach(state, call)
}

/** stop and restart refuse their deprecated --time together with --timeout (cli stop.go). */
function withTimeoutCheck(each: (state: ShellState, call: Invocation) => Step) {
  return (state: ShellState, call: Invocation): Step => {
    if (call.flags.has('time') && call.flags.has('timeout'))
      return {
        state,
        output: clientError('conflicting options: cannot specify both --timeout and --time'),
      }
    return each(state, call)
  }
}

export const stop = withTimeoutCheck(simple((t, id) => stopContainer(t, id)))
export const restart = withTimeoutCheck(
  simple((t, id) => {
    const stopped = stopForRestart(t, id)
    if (!stopped.ok) return stopped
    const r = startContainer(stopped.value, id)
    const name = t.containers.get(id)?.name ?? id
    if (!r.ok)
      return {
        ok: false,
        error: { message: `Cannot restart container ${name}: ${r.error.message}` },
        value: stopped.value,
      }
    return { ok: true, value: runMainProcess(r.value, id).topology }
  }),
)
export const kill = simple((t, id) => {
  const c = t.containers.get(id)
  if (c && c.state !== 'running')
    return {
      ok: false,
      error: { message: `cannot kill container: ${c.name}: container ${c.id} is not running` },
    }
  return stopContainer(t, id, 137)
})

export function rm(state: ShellState, call: Invocation): Step {
  const force = flagBool(call.flags, 'force')
  const volumes = flagBool(call.flags, 'volumes')
  let topology = state.topology
  let stdout = ''
  let stderr = ''
  let failed = false
  for (const ref of call.args) {
    const c = findContainer(topology, state.currentHost, ref)
    if (!c) {
      // With -f a missing container is reported but does not fail the command (cli rm.go).
      stderr += `Error response from daemon: No such container: ${ref}\n`
      failed ||= !force
      continue
    }
    const r = removeContainer(topology, c.id, { force, volumes, ref })
    if (!r.ok) {
      stderr += `Error response from daemon: ${r.error.message}\n`
      failed = true
    } else {
      topology = r.value
      stdout += `${ref}\n`
    }
  }
  return { state: { ...state, topology }, output: { stdout, stderr, exitCode: failed ? 1 : 0 } }
}

export function rename(state: ShellState, call: Invocation): Step {
  const [ref = '', newName = ''] = call.args.map((a) => a.trim())
  if (ref === '' || newName === '')
    return { state, output: clientError('Error: Neither old nor new names may be empty') }
  // docker/cli v28.2.2 cli/command/container/rename.go prints the daemon's error, then
  // returns its own: `Error: failed to rename container named OLD`.
  const failed = (message: string): Step => ({
    state,
    output: {
      stdout: '',
      stderr: `Error response from daemon: ${message}\nError: failed to rename container named ${ref}\n`,
      exitCode: 1,
    },
  })
  const c = findContainer(state.topology, state.currentHost, ref)
  if (!c) return failed(`No such container: ${ref}`)
  const r = renameContainer(state.topology, c.id, newName)
  if (!r.ok) return failed(r.error.message)
  return { state: { ...state, topology: r.value }, output: out('') }
}

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
export function portsColumn(c: Container): string {
  // A stopped container has no NetworkSettings.Ports; host networking publishes nothing.
  if (c.state !== 'running' || c.networkMode === 'host') return ''
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
}

/** One `docker ps` row with the formatter's field names (cli/command/formatter/container.go). */
function psRow(t: Topology, c: Container, noTrunc: boolean): Record<string, string> {
  const names = containerNames(t, c).map((n) => n.slice(1))
  return {
    ID: noTrunc ? c.id : shortId(c.id),
    Image: c.image,
    Command: commandColumn(c, noTrunc),
    RunningFor: '3 seconds ago',
    CreatedAt: '2026-11-23 09:00:00 +0000 UTC',
    Status: status(c),
    State: c.state,
    Ports: portsColumn(c),
    Names: noTrunc ? names.join(',') : (names.find((n) => !n.includes('/')) ?? c.name),
    Networks: c.endpoints.map((e) => t.networks.get(e.networkId)?.name ?? '').join(','),
    Mounts: c.mounts
      .map((m) => (m.type === 'volume' ? (noTrunc ? m.source : m.source.slice(0, 15)) : m.source))
      .join(','),
  }
}

export function ps(state: ShellState, call: Invocation): Step {
  const f = call.flags
  const badFormat = psFormatError(state.templates, flagString(f, 'format') ?? '')
  if (badFormat) return { state, output: clientError(badFormat) }
  const t = state.topology
  const noTrunc = flagBool(f, 'no-trunc')
  let list = [...t.containers.values()]
    .filter((c) => c.host === state.currentHost)
    .sort((a, b) => b.seq - a.seq)
  // -n N and --latest (-n 1) list the last created containers in any state (cli ps.go).
  const last = flagBool(f, 'latest') ? 1 : Number(flagString(f, 'last') ?? -1)
  if (last >= 0) list = list.slice(0, last)
  else if (!flagBool(f, 'all')) list = list.filter((c) => c.state === 'running')
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
export function parseUint16Error(s: string): string | null {
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

export function exec(state: ShellState, call: Invocation): Step {
  const [ref = '', ...cmd] = call.args
  // The client reads --env-file itself; the simulated client has no files.
  const envFile = flagList(call.flags, 'env-file')[0]
  if (envFile !== undefined)
    return { state, output: clientError(`open ${envFile}: no such file or directory`) }
  const c = findContainer(state.topology, state.currentHost, ref)
  if (!c) return { state, output: daemonError(`No such container: ${ref}`) }
  if (c.state !== 'running')
    return { state, output: daemonError(`container ${c.id} is not running`) }
  // exec sets up the link variables again (setupLinkedContainers) from the children the
  // daemon still knows: a stopped one fails it; a removed one is forgotten, so it is skipped.
  for (const l of c.links) {
    const child = state.topology.containers.get(l.childId)
    if (child && child.state !== 'running') {
      return {
        state,
        output: daemonError(
          `Cannot link to a non running container: /${child.name} AS /${c.name}/${l.alias}`,
          126,
        ),
      }
    }
  }
  const workdir = flagString(call.flags, 'workdir')
  const proc = {
    cwd: workdir ?? workdirOf(c),
    exec: true,
    tty: flagBool(call.flags, 'tty'),
    env: flagList(call.flags, 'env').filter((e) => e.includes('=')),
  }
  if (isShellCommand(cmd) && flagBool(call.flags, 'interactive')) {
    return {
      state: { ...state, inside: { containerId: c.id, proc, kind: 'exec' } },
      output: out(''),
    }
  }
  const r = runArgv(state.topology, c, cmd, proc)
  // The runtime cannot exec a program that is not there: ContainerExecStart sets the exec's
  // exit code from the error (setExitCodeFromError, isInvalidCommand: 127) and the API writes
  // the error into the attached stdout stream (moby v28.2.2 daemon/errors.go, daemon/exec.go,
  // api/server/router/container/exec.go postContainerExecStart: `fmt.Fprintf(stdout, "%v\r\n", err)`;
  // the line ends in \n here, as every line of the simulator does). A shell the exec started
  // that fails to find a command (`sh -c nosuch`) prints its own words and is left alone.
  const output: Output =
    r.output.exitCode === 127 && r.output.stderr === notFound(c, cmd[0] ?? '').stderr
      ? {
          stdout: `OCI runtime exec failed: exec failed: unable to start container process: exec: "${cmd[0]}": executable file not found in $PATH: unknown\n`,
          stderr: '',
          exitCode: 127,
        }
      : r.output
  return { state: { ...state, topology: r.topology }, output }
}

export function logs(state: ShellState, call: Invocation): Step {
  const [ref = ''] = call.args
  const c = findContainer(state.topology, state.currentHost, ref)
  if (!c) return { state, output: daemonError(`No such container: ${ref}`) }
  return { state, output: out(c.logs) }
}
