/** The goals about what a container sees: /etc/hosts lines, env vars, files shared with others. */
import { computeHostsFile, computeProcessEnv, withHost, type Topology } from '../engine'
import { expectedValues, findNamed, missing } from './goal-refs'
import type {
  EnvGoal,
  FileVisibleGoal,
  GoalResult,
  HostFiles,
  HostsLineGoal,
  ContainerRef,
} from './goal-types'
import { absolute, readFile, writeFile } from './inside-fs'

export function checkHostsLine(t: Topology, goal: HostsLineGoal): GoalResult {
  const c = findNamed(t, goal.container)
  if (!c) return missing(t, 'hostsLine', goal.container)
  const wanted = goal.text.split(/\s+/).filter((w) => w !== '')
  const line = computeHostsFile(t, c)
    .split('\n')
    .find((l) => {
      const words = l.split(/\s+/)
      return wanted.length > 0 && wanted.every((w) => words.includes(w))
    })
  return { kind: 'hostsLine', met: line !== undefined, line: line ?? null }
}

/** The main process's environment: link variables as they were when it started. */
export function checkEnv(t: Topology, goal: EnvGoal): GoalResult {
  const c = findNamed(t, goal.container)
  if (!c) return missing(t, 'env', goal.container)
  const prefix = `${goal.var}=`
  const entry = computeProcessEnv(t, c).find((e) => e.startsWith(prefix))
  const value = entry === undefined ? null : entry.slice(prefix.length)
  const expected = goal.value === undefined ? null : expectedValues(t, goal.value)
  const met = value !== null && (expected === null || expected.includes(value))
  return { kind: 'env', met, value, expected }
}

/** What the check writes: a name and text no learner's file has. */
const PROBE_NAME = '.docknet-probe'
const PROBE_TEXT = 'written by a lesson check\n'

function isHostFiles(w: ContainerRef | HostFiles): w is HostFiles {
  return typeof w !== 'string' && !('name' in w)
}

/**
 * Writes a probe file in the writer's directory, in memory, and reads it back in the reader's.
 * The check is about mounts, not processes, so neither container need run: a data container
 * made with `docker create -v` shares its volume without ever starting.
 */
export function checkFileVisible(t: Topology, goal: FileVisibleGoal): GoalResult {
  const reader = findNamed(t, goal.container)
  if (!reader) return missing(t, 'fileVisible', goal.container)
  const at = `${absolute(goal.writtenAt ?? goal.path, '/')}/${PROBE_NAME}`
  const written = writeProbe(t, goal.writtenIn, at)
  if (written.kind === 'missing') return written.result
  if (written.kind === 'refused')
    return { kind: 'fileVisible', met: false, writeError: written.error }
  const seen = readFile(written.topology, reader, `${absolute(goal.path, '/')}/${PROBE_NAME}`)
  return { kind: 'fileVisible', met: seen === PROBE_TEXT, writeError: null }
}

type Written =
  | { readonly kind: 'written'; readonly topology: Topology }
  | { readonly kind: 'refused'; readonly error: string }
  | { readonly kind: 'missing'; readonly result: GoalResult }

function writeProbe(t: Topology, writer: ContainerRef | HostFiles, path: string): Written {
  if (isHostFiles(writer)) {
    const host = t.hosts.get(writer.host)
    if (!host)
      return {
        kind: 'missing',
        result: {
          kind: 'missing',
          met: false,
          goal: 'fileVisible',
          host: writer.host,
          container: null,
        },
      }
    const files = { ...host.files, [path]: PROBE_TEXT }
    return { kind: 'written', topology: withHost(t, { ...host, files }) }
  }
  const c = findNamed(t, writer)
  if (!c) return { kind: 'missing', result: missing(t, 'fileVisible', writer) }
  const next = writeFile(t, c, path, PROBE_TEXT, false)
  return typeof next === 'string'
    ? { kind: 'refused', error: next }
    : { kind: 'written', topology: next }
}
