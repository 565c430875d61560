/** `docker run` and `docker create`: flags, client-side checks, then the engine. */
import {
  appendLogs,
  checkImageReference,
  isValidIP,
  createContainer,
  removeContainer,
  parseExposeSpec,
  parsePortSpec,
  startContainer,
  staysRunning,
  stopContainer,
  type ContainerSpec,
  type Topology,
  type ExposedPort,
  type PortMapping,
} from '../../engine'
import { flagBool, flagList, flagString, parseFlags, type FlagSpec } from '../flags'
import { knowsCommand, runArgv } from '../inside'
import { afterWarnings, argsError, flagError, out, runError, type Output } from '../output'
import { mainProc } from '../inside-fs'
import type { ShellState, Step } from '../state'

const USAGE = '[OPTIONS] IMAGE [COMMAND] [ARG...]'

export const RUN_FLAGS: FlagSpec[] = [
  { long: 'name', kind: 'string' },
  { long: 'detach', short: 'd', kind: 'bool' },
  { long: 'interactive', short: 'i', kind: 'bool' },
  { long: 'tty', short: 't', kind: 'bool' },
  { long: 'rm', kind: 'bool' },
  { long: 'env', short: 'e', kind: 'list' },
  { long: 'link', kind: 'list' },
  { long: 'volume', short: 'v', kind: 'list' },
  { long: 'volumes-from', kind: 'list' },
  { long: 'net', kind: 'string' },
  { long: 'network', kind: 'string' },
  { long: 'network-alias', kind: 'list' },
  { long: 'net-alias', kind: 'list' },
  { long: 'ip', kind: 'string' },
  { long: 'hostname', short: 'h', kind: 'string' },
  { long: 'add-host', kind: 'list' },
  { long: 'dns', kind: 'list' },
  { long: 'publish', short: 'p', kind: 'list' },
  { long: 'publish-all', short: 'P', kind: 'bool' },
  { long: 'expose', kind: 'list' },
  { long: 'privileged', kind: 'bool' },
  { long: 'restart', kind: 'string' },
  { long: 'workdir', short: 'w', kind: 'string' },
  { long: 'user', short: 'u', kind: 'string' },
  { long: 'label', short: 'l', kind: 'list' },
  { long: 'entrypoint', kind: 'string' },
  // Resource and logging options: valid, and without effect on networking.
  { long: 'memory', short: 'm', kind: 'string' },
  { long: 'cpus', kind: 'string' },
  { long: 'cpu-shares', short: 'c', kind: 'string' },
  { long: 'pids-limit', kind: 'string' },
  { long: 'log-driver', kind: 'string' },
  { long: 'log-opt', kind: 'list' },
  { long: 'stop-timeout', kind: 'string' },
  { long: 'init', kind: 'bool' },
]

type SpecOrError =
  { ok: true; spec: ContainerSpec; detach: boolean } | { ok: false; output: Output }

/** Argv after `docker run` → a ContainerSpec, with the client's own checks and errors. */
export function parseRun(command: string, argv: readonly string[]): SpecOrError {
  const parsed = parseFlags(argv, RUN_FLAGS, false)
  if (!parsed.ok) return { ok: false, output: flagError(command, USAGE, parsed.error) }
  const f = parsed.flags
  // pflag runs opts.ValidateEnv as it parses, before anything else is looked at.
  const badEnv = flagList(f, 'env').find((e) => e.split('=')[0] === '')
  if (badEnv !== undefined)
    return {
      ok: false,
      output: flagError(
        command,
        USAGE,
        `invalid argument "${badEnv}" for "-e, --env" flag: invalid environment variable: ${badEnv}`,
      ),
    }
  const [image, ...cmd] = parsed.args
  if (image === undefined)
    return { ok: false, output: argsError(command, USAGE, 'at least 1 argument') }
  const badImage = checkImageReference(image)
  if (badImage) return { ok: false, output: runError(command, badImage, false) }
  for (const l of flagList(f, 'link')) {
    if (l.split(':').length > 2 || l === '') {
      return {
        ok: false,
        output: flagError(
          command,
          USAGE,
          `invalid argument "${l}" for "--link" flag: bad format for links: ${l}`,
        ),
      }
    }
  }
  const publish: PortMapping[] = []
  for (const p of flagList(f, 'publish')) {
    const r = parsePortSpec(p)
    if (!r.ok) return { ok: false, output: runError(command, r.error, false) }
    publish.push(...r.value)
  }
  const expose: ExposedPort[] = []
  for (const e of flagList(f, 'expose')) {
    const r = parseExposeSpec(e)
    if (!r.ok) return { ok: false, output: runError(command, r.error, false) }
    expose.push(...r.value)
  }
  for (const v of flagList(f, 'volume')) {
    const parts = v.split(':')
    if (parts.length > 3) {
      return { ok: false, output: runError(command, `invalid spec: ${v}: too many colons`, false) }
    }
    if (v.startsWith(':') || v.includes('::')) {
      return {
        ok: false,
        output: runError(command, `invalid spec: ${v}: empty section between colons`, false),
      }
    }
  }
  const rm = flagBool(f, 'rm')
  const restart = flagString(f, 'restart')
  if (rm && restart !== undefined && restart !== 'no') {
    return {
      ok: false,
      output: runError(
        command,
        'conflicting options: cannot specify both --restart and --rm',
        false,
      ),
    }
  }
  const network = flagString(f, 'network') ?? flagString(f, 'net')
  const aliases = [...flagList(f, 'network-alias'), ...flagList(f, 'net-alias')]
  const netMode = network ?? 'default'
  if (
    aliases.length > 0 &&
    (['default', 'bridge', 'host', 'none'].includes(netMode) || netMode.startsWith('container:'))
  ) {
    return {
      ok: false,
      output: runError(
        command,
        'network-scoped aliases are only supported for user-defined networks',
        false,
      ),
    }
  }
  const addHosts: { name: string; ip: string }[] = []
  for (const h of flagList(f, 'add-host')) {
    const i = h.indexOf(':')
    if (i <= 0)
      return {
        ok: false,
        output: flagError(
          command,
          USAGE,
          `invalid argument "${h}" for "--add-host" flag: bad format for add-host: "${h}"`,
        ),
      }
    const ip = h.slice(i + 1)
    if (ip !== 'host-gateway' && !isValidIP(ip)) {
      return {
        ok: false,
        output: flagError(
          command,
          USAGE,
          `invalid argument "${h}" for "--add-host" flag: invalid IP address in add-host: "${ip}"`,
        ),
      }
    }
    addHosts.push({ name: h.slice(0, i), ip })
  }
  const hostname = flagString(f, 'hostname')
  const ip = flagString(f, 'ip')
  const name = flagString(f, 'name')
  const spec: ContainerSpec = {
    image,
    cmd,
    env: flagList(f, 'env'),
    links: flagList(f, 'link'),
    volumes: flagList(f, 'volume'),
    volumesFrom: flagList(f, 'volumes-from'),
    aliases,
    publish,
    publishAll: flagBool(f, 'publish-all'),
    expose,
    dns: flagList(f, 'dns'),
    addHosts,
    privileged: flagBool(f, 'privileged'),
    tty: flagBool(f, 'tty'),
    interactive: flagBool(f, 'interactive'),
    autoRemove: rm,
    restart: restart ?? 'no',
    ...(name !== undefined ? { name } : {}),
    ...(network !== undefined ? { network } : {}),
    ...(hostname !== undefined ? { hostname } : {}),
    ...(ip !== undefined ? { ip } : {}),
  }
  return { ok: true, spec, detach: flagBool(f, 'detach') }
}

/** `docker create`: prints the new id. */
export function create(state: ShellState, argv: readonly string[]): Step {
  const p = parseRun('create', argv)
  if (!p.ok) return { state, output: p.output }
  const r = createContainer(state.topology, state.currentHost, p.spec)
  if (!r.ok) return { state, output: runError('create', r.error.message, true) }
  const warn = r.value.warnings.map((w) => `${w}\n`).join('')
  return {
    state: { ...state, topology: r.value.topology },
    output: afterWarnings(warn, out(`${r.value.container.id}\n`)),
  }
}

/**
 * `docker run`: create, start, then either print the id (-d), open an interactive session
 * (-it with a shell), or run the command in the foreground and print its output.
 */
export function run(state: ShellState, argv: readonly string[]): Step {
  const p = parseRun('run', argv)
  if (!p.ok) return { state, output: p.output }
  const created = createContainer(state.topology, state.currentHost, p.spec)
  if (!created.ok) return { state, output: runError('run', created.error.message, true) }
  const warn = created.value.warnings.map((w) => `${w}\n`).join('')
  const id = created.value.container.id
  const command = created.value.container.cmd[0] ?? ''
  if (!knowsCommand(created.value.container, command)) {
    // The runtime fails to exec it: the container stays Created (--rm removes it), status 127.
    const failed = runError(
      'run',
      `failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "${command}": executable file not found in $PATH: unknown`,
      true,
    )
    const removed = p.spec.autoRemove
      ? removeContainer(created.value.topology, id, { force: true })
      : null
    const topology = removed && removed.ok ? removed.value : created.value.topology
    return {
      state: { ...state, topology },
      output: afterWarnings(warn, { ...failed, exitCode: 127 }),
    }
  }
  const started = startContainer(created.value.topology, id)
  if (!started.ok) {
    const failed = runError('run', started.error.message, true)
    // Docker leaves the container created when start fails; --rm removes it.
    const removed = p.spec.autoRemove
      ? removeContainer(created.value.topology, id, { force: true, volumes: true })
      : null
    const topology = removed && removed.ok ? removed.value : created.value.topology
    return { state: { ...state, topology }, output: afterWarnings(warn, failed) }
  }
  let topology = started.value
  const c = topology.containers.get(id)
  if (!c) return { state, output: runError('run', 'container vanished', true) }
  if (p.detach) {
    return {
      state: { ...state, topology: runMainProcess(topology, id).topology },
      output: afterWarnings(warn, out(`${id}\n`)),
    }
  }
  if (isShellCommand(c.cmd) && p.spec.interactive) {
    return {
      state: { ...state, topology, inside: { containerId: id, proc: mainProc(c), kind: 'run' } },
      output: { stdout: '', stderr: warn, exitCode: 0 },
    }
  }
  const ran = runMainProcess(topology, id)
  topology = ran.topology
  return {
    state: { ...state, topology },
    output: afterWarnings(warn, ran.output),
  }
}

/** A lone shell command (`sh`, `/bin/bash`...), which `-it` turns into a session. */
export function isShellCommand(cmd: readonly string[]): boolean {
  const base = (cmd[0] ?? '').split('/').pop() ?? ''
  return cmd.length === 1 && ['sh', 'bash', 'ash'].includes(base)
}

/**
 * The container's main process after a start: servers and terminal shells keep running; any
 * other command runs to completion, its output is what `docker run` prints, and the container
 * exits with its status (a --rm container is then removed).
 */
export function runMainProcess(t: Topology, id: string): { topology: Topology; output: Output } {
  const c = t.containers.get(id)
  if (!c || c.state !== 'running' || staysRunning(c))
    return { topology: t, output: { stdout: '', stderr: '', exitCode: 0 } }
  const ran = runArgv(t, c, c.cmd)
  const logged = appendLogs(ran.topology, id, ran.output.stdout + ran.output.stderr)
  // `sh -c '...; sleep 3600'` and the like keep the container up: the simulator has no clock,
  // so the script's output is there at once and the wait never ends.
  if (waitsForever(c.cmd)) return { topology: logged, output: ran.output }
  const stopped = stopContainer(logged, id, ran.output.exitCode)
  return { topology: stopped.ok ? stopped.value : logged, output: ran.output }
}

function waitsForever(cmd: readonly string[]): boolean {
  const script = cmd.join(' ')
  return /\b(sleep|tail -f|top|while true|wait)\b/.test(script)
}

/** Leaves an interactive session: the shell exits, so the container stops (and --rm removes it). */
export function leaveSession(state: ShellState, exitCode: number): ShellState {
  if (!state.inside) return state
  // Leaving a `docker exec` shell ends that process only; the container keeps running.
  if (state.inside.kind === 'exec') return { ...state, inside: null }
  // stopContainer also removes a --rm container.
  const stopped = stopContainer(state.topology, state.inside.containerId, exitCode)
  return { ...state, topology: stopped.ok ? stopped.value : state.topology, inside: null }
}
