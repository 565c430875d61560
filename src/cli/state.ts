/** The simulator's state between lines: the world, the current host, an open `-it` session. */
import { createTopology, DEFAULT_HOST, type Topology } from '../engine'
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
}

export function createShell(topology: Topology = createTopology()): ShellState {
  return { topology, currentHost: DEFAULT_HOST, inside: null }
}

export interface Step {
  readonly state: ShellState
  readonly output: Output
}
