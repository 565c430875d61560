/** Container commands other than run/create: start, stop, restart, kill, rm, rename, exec, logs (ps and port: views.ts). */
import {
  engineError,
  errorText,
  findContainer,
  removeContainer,
  renameContainer,
  stopForRestart,
  startContainer,
  stopContainer,
  type EngineError,
  type Topology,
} from '../../engine'
import { flagBool, flagList, flagString } from '../spec/parse-flags'
import type { Invocation } from '../spec/types'
import { runArgv } from '../inside'
import { notFound } from '../inside-tools'
import { clientError, daemonError, out, type Output } from '../output'
import { isShellCommand, runMainProcess } from './run'
import { workdirOf } from '../inside-fs'
import type { ShellState, Step } from '../state'

/** One container's operation; a failure may still carry the state it left (a failed restart). */
type Op = (
  t: Topology,
  id: string,
) => { ok: true; value: Topology } | { ok: false; error: EngineError; value?: Topology }

/**
 * Applies `op` to each container in turn, printing the reference of each success and the
 * daemon's error for each failure; `docker start` adds a summary line (cli start.go).
 */
function eachContainer(state: ShellState, refs: readonly string[], op: Op, summary?: string): Step {
  let topology = state.topology
  const stdout: string[] = []
  let stderr = ''
  const failed: string[] = []
  let refused: EngineError | null = null
  for (const ref of refs) {
    const c = findContainer(topology, state.currentHost, ref)
    const r = c ? op(topology, c.id) : null
    if (!r || !r.ok) {
      if (r?.value) topology = r.value
      stderr += `Error response from daemon: ${r ? errorText(r.error) : `No such container: ${ref}`}\n`
      refused = r ? r.error : engineError('NO_SUCH_CONTAINER', { ref })
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
      ...(refused ? { refused } : {}),
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
        error: engineError('RESTART_FAILED', { name, reason: r.error }),
        value: stopped.value,
      }
    return { ok: true, value: runMainProcess(r.value, id).topology }
  }),
)
export const kill = simple((t, id) => {
  const c = t.containers.get(id)
  if (c && c.state !== 'running')
    return { ok: false, error: engineError('KILL_NOT_RUNNING', { name: c.name, id: c.id }) }
  return stopContainer(t, id, 137)
})

export function rm(state: ShellState, call: Invocation): Step {
  const force = flagBool(call.flags, 'force')
  const volumes = flagBool(call.flags, 'volumes')
  let topology = state.topology
  let stdout = ''
  let stderr = ''
  let failed = false
  let refused: EngineError | null = null
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
      stderr += `Error response from daemon: ${errorText(r.error)}\n`
      refused = r.error
      failed = true
    } else {
      topology = r.value
      stdout += `${ref}\n`
    }
  }
  const output = { stdout, stderr, exitCode: failed ? 1 : 0 }
  return { state: { ...state, topology }, output: refused ? { ...output, refused } : output }
}

export function rename(state: ShellState, call: Invocation): Step {
  const [ref = '', newName = ''] = call.args.map((a) => a.trim())
  if (ref === '' || newName === '')
    return { state, output: clientError('Error: Neither old nor new names may be empty') }
  // docker/cli v28.2.2 cli/command/container/rename.go prints the daemon's error, then
  // returns its own: `Error: failed to rename container named OLD`.
  const failed = (refused: EngineError): Step => ({
    state,
    output: {
      stdout: '',
      stderr: `Error response from daemon: ${errorText(refused)}\nError: failed to rename container named ${ref}\n`,
      exitCode: 1,
      refused,
    },
  })
  const c = findContainer(state.topology, state.currentHost, ref)
  if (!c) return failed(engineError('NO_SUCH_CONTAINER', { ref }))
  const r = renameContainer(state.topology, c.id, newName)
  if (!r.ok) return failed(r.error)
  return { state: { ...state, topology: r.value }, output: out('') }
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
    return { state, output: daemonError(engineError('NOT_RUNNING', { id: c.id })) }
  // exec sets up the link variables again (setupLinkedContainers) from the children the
  // daemon still knows: a stopped one fails it; a removed one is forgotten, so it is skipped.
  for (const l of c.links) {
    const child = state.topology.containers.get(l.childId)
    if (child && child.state !== 'running') {
      return {
        state,
        output: daemonError(
          engineError('LINK_NOT_RUNNING', { child: child.name, link: `/${c.name}/${l.alias}` }),
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
