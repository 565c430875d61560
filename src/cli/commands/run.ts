/** `docker run` and `docker create`: flags, client-side checks, then the engine. */
import {
  appendLogs,
  checkImageReference,
  lookupImage,
  createContainer,
  errorText,
  removeContainer,
  startContainer,
  staysRunning,
  stopContainer,
  type ContainerSpec,
  type Topology,
} from '../../engine'
import { networkAttachments, type NetworkAttachment } from '../spec/run-networks'
import { refusalText } from '../spec/client-errors'
import { portsOf, runOptionsError } from '../spec/run-checks'
import { flagBool, flagList, flagString } from '../spec/parse-flags'
import { keyValueMap } from '../spec/values'
import type { Invocation } from '../spec/types'
import { emulates, knowsCommand, runArgv } from '../inside'
import { afterWarnings, clientError, out, runError, type Output } from '../output'
import { mainProc } from '../inside-fs'
import type { ShellState, Step } from '../state'

/** A second or later --network, as the engine attaches it. */
const moreNetwork = (a: NetworkAttachment) => ({
  name: a.name,
  aliases: a.aliases,
  ...(a.ip ? { ip: a.ip } : {}),
  ...(a.gwPriority !== undefined ? { gwPriority: a.gwPriority } : {}),
})

type SpecOrError =
  { ok: true; spec: ContainerSpec; detach: boolean } | { ok: false; output: Output }

/** A parsed `docker run`/`create` line → a ContainerSpec, after the client's own checks. */
export function parseRun(call: Invocation): SpecOrError {
  const f = call.flags
  const command = call.path
  const refused = runOptionsError(f)
  if (refused) return { ok: false, output: runError(command, refusalText(refused), false) }
  // run.go checks this after parse(), before it creates the container (no `docker:` prefix).
  if (flagBool(f, 'detach') && flagList(f, 'attach').length > 0)
    return {
      ok: false,
      output: clientError('conflicting options: cannot specify both --attach and --detach'),
    }
  const [image = '', ...args] = call.args
  // --entrypoint replaces the image's ENTRYPOINT and drops its CMD: what runs is the entrypoint
  // with the arguments given (the simulator keeps the two as one command line).
  const entrypoint = flagString(f, 'entrypoint')
  const cmd = entrypoint ? [entrypoint, ...args] : args
  const badImage = checkImageReference(image)
  if (badImage) return { ok: false, output: runError(command, errorText(badImage), false) }
  const ports = portsOf(f)
  const { publish, expose } = 'error' in ports ? { publish: [], expose: [] } : ports
  const given = flagList(f, 'network').length + flagList(f, 'net').length > 0
  const attachments = networkAttachments(f)
  // runOptionsError has refused what the client refuses.
  const [first, ...more] = 'code' in attachments ? [] : attachments
  const network = given ? first?.name : undefined
  const aliases = first?.aliases ?? []
  const rm = flagBool(f, 'rm')
  const restart = flagString(f, 'restart')
  // The flag check left each --add-host as `name:ip`.
  const addHosts = flagList(f, 'add-host').map((h) => {
    const i = h.indexOf(':')
    return { name: h.slice(0, i), ip: h.slice(i + 1) }
  })
  const hostname = flagString(f, 'hostname')
  const ip = first?.ip
  const name = flagString(f, 'name')
  const spec: ContainerSpec = {
    image,
    cmd,
    env: flagList(f, 'env'),
    labels: keyValueMap(flagList(f, 'label')),
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
    ...(first?.gwPriority !== undefined ? { gwPriority: first.gwPriority } : {}),
    ...(more.length > 0 ? { moreNetworks: more.map(moreNetwork) } : {}),
  }
  return { ok: true, spec, detach: flagBool(f, 'detach') }
}

/** `docker create`: prints the new id. */
export function create(state: ShellState, call: Invocation): Step {
  const p = parseRun(call)
  if (!p.ok) return { state, output: p.output }
  const r = createContainer(state.topology, state.currentHost, p.spec)
  if (!r.ok) return { state, output: runError(call.path, r.error, true) }
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
export function run(state: ShellState, call: Invocation): Step {
  const p = parseRun(call)
  if (!p.ok) return { state, output: p.output }
  const created = createContainer(state.topology, state.currentHost, p.spec)
  if (!created.ok) return { state, output: runError('run', created.error, true) }
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
    const failed = runError('run', started.error, true)
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
  // A program of an image outside the catalog: Docknet cannot know what it prints.
  const unknown = !lookupImage(c.image).known && !emulates(c.cmd[0] ?? '')
  const ran = unknown ? { topology: t, output: out('') } : runArgv(t, c, c.cmd)
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
