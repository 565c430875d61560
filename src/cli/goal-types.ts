/**
 * A lesson's goals: outcomes stated as data over the facts the engine derives (who reaches
 * whom, what a name resolves to, /etc/hosts, env, shared files, published ports, state, what
 * Docker refuses). They are checked against the world, never against what was typed, so any
 * correct way of getting there passes (goals.ts). The lesson file carries them as written
 * here (docs/lessons.md; io/lesson-goals.ts reads them).
 */
import type { ContainerState, RefusalWhy, Ref, Unresolved, WhyReason } from '../engine'

/**
 * A container as a goal names it: its name on the default host, or its name on a host (a
 * docker context such as `vm2`).
 */
export type ContainerRef = string | { readonly name: string; readonly host: string }

/**
 * A value a goal expects: written out, or any current address of a container (on `network`,
 * if named), which stays right however the learner made the container.
 */
export type Expected = string | { readonly ipOf: ContainerRef; readonly network?: string }

/**
 * `from` connects to a name on `port` (TCP), or pings it when there is no port: `to` is what
 * `from` would type, a name or an address (a container name, a link alias, a network alias, an
 * `--add-host` name, `127.0.0.1`, a host's LAN address). The name is resolved from inside
 * `from`, then its first address dialled, as ping, curl and nc do (engine `ask`). `server`:
 * the container that must finally answer (behind ambassadors, proxies, DNAT), when it matters
 * which one does.
 */
export interface ReachesByName {
  readonly kind: 'reaches'
  readonly by: 'name'
  readonly from: ContainerRef
  readonly to: string
  readonly port?: number
  readonly server?: ContainerRef
}

/**
 * `from` reaches the container `to` at some address, no name involved: its own address, or a
 * host address that forwards to it (engine `checkReach`). `port` is the port `to` serves on
 * (3306 for mysql, whichever host port publishes it); without one, ping.
 */
export interface ReachesByIp {
  readonly kind: 'reaches'
  readonly by: 'ip'
  readonly from: ContainerRef
  readonly to: ContainerRef
  readonly port?: number
}

export type ReachesGoal = ReachesByName | ReachesByIp

/** `name` resolves from inside `from` (to `address`, when given: among its answers). */
export interface ResolvesGoal {
  readonly kind: 'resolves'
  readonly from: ContainerRef
  readonly name: string
  readonly address?: Expected
}

/** A line of the container's /etc/hosts holds every word of `text` (spacing aside). */
export interface HostsLineGoal {
  readonly kind: 'hostsLine'
  readonly container: ContainerRef
  readonly text: string
}

/** The container's main process has `var` set (to `value`, when given). */
export interface EnvGoal {
  readonly kind: 'env'
  readonly container: ContainerRef
  readonly var: string
  readonly value?: Expected
}

/** A host's own filesystem, as a writer of files (reached in containers by bind mounts). */
export interface HostFiles {
  readonly host: string
}

/**
 * A file written in the directory `writtenAt` (default `path`) of `writtenIn` (a container,
 * or a host's own filesystem) is seen in the directory `path` of `container`.
 */
export interface FileVisibleGoal {
  readonly kind: 'fileVisible'
  readonly container: ContainerRef
  readonly path: string
  readonly writtenIn: ContainerRef | HostFiles
  readonly writtenAt?: string
}

/**
 * `host` publishes `port` (a running container's binding: docker-proxy and DNAT); on the host
 * address `hostIp` when given, as `docker port` shows it (`0.0.0.0`: every address).
 */
export interface PublishedGoal {
  readonly kind: 'published'
  readonly host: string
  readonly port: number
  readonly hostIp?: string
}

export interface RunningGoal {
  readonly kind: 'running'
  readonly container: ContainerRef
}

/** Docker refuses `command` (an error exit), run in memory against the world on `host`. */
export interface RefusedGoal {
  readonly kind: 'refused'
  readonly command: string
  readonly host?: string
}

/** The goal does not hold ("stranger must not reach db"). */
export interface NotGoal {
  readonly kind: 'not'
  readonly goal: Goal
}

export type Goal =
  | ReachesGoal
  | ResolvesGoal
  | HostsLineGoal
  | EnvGoal
  | FileVisibleGoal
  | PublishedGoal
  | RunningGoal
  | RefusedGoal
  | NotGoal

/** A container a goal names, with its host made explicit. */
export interface Named {
  readonly name: string
  readonly host: string
}

/** A binding as `docker port` lists it, with its container. */
export interface SeenBinding {
  readonly container: Ref
  readonly containerPort: number
  readonly hostIp: string
}

/**
 * Whether a goal holds, with what was seen, for the UI to show: the address dialled, the
 * answers, the line, the value. `missing`: a container the goal names does not exist.
 */
export type GoalResult =
  | {
      readonly kind: 'reaches'
      readonly met: boolean
      /** The address and port dialled (by name: the first answer; by ip: the first that works). */
      readonly address: string | null
      readonly port: number | null
      /** The container that answered at the end (behind ambassadors and proxies). */
      readonly server: Ref | null
      /** Why not, the deciding rule first (engine `ask` / `checkReach`). */
      readonly reasons: readonly WhyReason[]
    }
  | {
      readonly kind: 'resolves'
      readonly met: boolean
      readonly addresses: readonly string[]
      /** The addresses that would do (null: any answer does). */
      readonly expected: readonly string[] | null
      readonly cause: Unresolved | null
    }
  | { readonly kind: 'hostsLine'; readonly met: boolean; readonly line: string | null }
  | {
      readonly kind: 'env'
      readonly met: boolean
      readonly value: string | null
      /** The values that would do (null: any value does). */
      readonly expected: readonly string[] | null
    }
  | {
      readonly kind: 'fileVisible'
      readonly met: boolean
      /** Why the probe file could not be written (a read-only mount), or null. */
      readonly writeError: string | null
    }
  | { readonly kind: 'published'; readonly met: boolean; readonly bindings: readonly SeenBinding[] }
  | { readonly kind: 'running'; readonly met: boolean; readonly state: ContainerState }
  | {
      readonly kind: 'refused'
      readonly met: boolean
      readonly exitCode: number
      /** Docker's own words, as it prints them. */
      readonly stderr: string
      /** The rule that refused it, when there is more to say than Docker's words. */
      readonly why: RefusalWhy | null
    }
  | { readonly kind: 'not'; readonly met: boolean; readonly inner: GoalResult }
  | {
      readonly kind: 'missing'
      readonly met: false
      readonly goal: Goal['kind']
      readonly host: string
      /** The container not found on `host`; null when the host itself does not exist. */
      readonly container: string | null
    }
