/**
 * `docker top CONTAINER [ps OPTIONS]`: the daemon runs `ps` on the host (`-ef` unless options
 * are given) and keeps the container's processes (moby v28.2.2 daemon/top_unix.go); the client
 * aligns the columns with a tabwriter of minimum width 20 and padding 3 (docker/cli
 * cli/command/container/top.go). A simulated container runs one process, its command, with the
 * host pid `docker inspect` shows (State.Pid) and the clock of the simulated hosts (09:00).
 */
import { engineError, findContainer, mainPid, type Container } from '../../engine'
import { daemonError, type Output } from '../output'
import type { Invocation } from '../spec/types'
import type { ShellState, Step } from '../state'

/** The tabwriter of top.go: every cell but the last padded to max(20, width + 3). */
function tabwrite(rows: readonly (readonly string[])[]): string {
  const widths: number[] = []
  for (const r of rows)
    r.slice(0, -1).forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)))
  const line = (r: readonly string[]) =>
    r
      .map((cell, i) =>
        i === r.length - 1 ? cell : cell.padEnd(Math.max(20, (widths[i] ?? 0) + 3)),
      )
      .join('')
  return rows.map((r) => `${line(r)}\n`).join('')
}

/** The columns `ps` prints for the options it was given, and the container's process in them. */
function psTable(c: Container, options: string): string[][] | null {
  const pid = String(mainPid(c))
  const tty = c.tty ? 'pts/0' : '?'
  const cmd = c.cmd.join(' ')
  if (options === '-ef')
    return [
      ['UID', 'PID', 'PPID', 'C', 'STIME', 'TTY', 'TIME', 'CMD'],
      ['root', pid, String(mainPid(c) - 1), '0', '09:00', tty, '00:00:00', cmd],
    ]
  if (options === 'aux' || options === '-aux')
    return [
      ['USER', 'PID', '%CPU', '%MEM', 'VSZ', 'RSS', 'TTY', 'STAT', 'START', 'TIME', 'COMMAND'],
      ['root', pid, '0.0', '0.1', '12000', '4000', tty, 'Ss', '09:00', '0:00', cmd],
    ]
  return null
}

export function top(state: ShellState, call: Invocation): Step {
  const [ref = '', ...psArgs] = call.args
  const options = psArgs.length === 0 ? '-ef' : psArgs.join(' ')
  const c = findContainer(state.topology, state.currentHost, ref)
  if (!c) return { state, output: daemonError(engineError('NO_SUCH_CONTAINER', { ref })) }
  if (c.state !== 'running')
    return { state, output: daemonError(engineError('NOT_RUNNING', { id: c.id })) }
  const rows = psTable(c, options)
  const output: Output = rows
    ? { stdout: tabwrite(rows), stderr: '', exitCode: 0 }
    : {
        stdout: '',
        stderr: `docknet: 'docker top' simulates ps -ef (the default) and ps aux, not ps ${options}\n`,
        exitCode: 1,
      }
  return { state, output }
}
