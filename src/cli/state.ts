/** The simulator's state between lines: the world, the current host, an open `-it` session. */
import { createTopology, DEFAULT_HOST, type Topology } from '../engine'
import type { RenderTemplate } from './go-template'
import type { Proc } from './inside-fs'
import type { Output } from './output'

export interface ShellState {
  readonly topology: Topology
  readonly currentHost: string
  /** While `docker run -it IMAGE sh` is open, lines run in this container until `exit`. */
  readonly inside: {
    readonly containerId: string
    /** The session's shell process (its cwd changes with `cd`). */
    readonly proc: Proc
    /** `run`: the shell is the container's main process, so leaving it stops the container. */
    readonly kind: 'run' | 'exec'
  } | null
  /**
   * The Go template engine behind `--format` and the default tables of `ps` and `ls`. It is a
   * dependency rather than an import so the browser can load it after first paint.
   */
  readonly templates?: RenderTemplate
}

/** A shell without templates (`./index` gives the full one). */
export function createShell(
  topology: Topology = createTopology(),
  templates?: RenderTemplate,
): ShellState {
  const shell = { topology, currentHost: DEFAULT_HOST, inside: null }
  return templates ? { ...shell, templates } : shell
}

export interface Step {
  readonly state: ShellState
  readonly output: Output
}
