/**
 * Checking a lesson's goals against the shell's state: the engine's facts now, whatever was
 * typed or drawn to get there (goal-types.ts says what each goal means).
 */
import { DEFAULT_HOST, publishedPorts, refusalWhy, type Topology } from '../engine'
import { executeSafely } from './execute'
import { findNamed, missing, refOf } from './goal-refs'
import type { Goal, GoalResult, PublishedGoal, RefusedGoal, RunningGoal } from './goal-types'
import { checkEnv, checkFileVisible, checkHostsLine } from './goals-files'
import { checkReachesByIp, checkReachesByName, checkResolves } from './goals-reach'
import { splitScript } from './split-script'
import type { ShellState } from './state'

/** Whether `goal` holds in `state`, with what was seen. */
export function checkGoal(state: ShellState, goal: Goal): GoalResult {
  const t = state.topology
  switch (goal.kind) {
    case 'reaches':
      return goal.by === 'name' ? checkReachesByName(t, goal) : checkReachesByIp(t, goal)
    case 'resolves':
      return checkResolves(t, goal)
    case 'hostsLine':
      return checkHostsLine(t, goal)
    case 'env':
      return checkEnv(t, goal)
    case 'fileVisible':
      return checkFileVisible(t, goal)
    case 'published':
      return checkPublished(t, goal)
    case 'running':
      return checkRunning(t, goal)
    case 'refused':
      return checkRefused(state, goal)
    case 'not': {
      const inner = checkGoal(state, goal.goal)
      // A negation about a container that is not there does not hold: removing the stranger
      // is no way to make "the stranger cannot reach db" true.
      return { kind: 'not', met: inner.kind !== 'missing' && !inner.met, inner }
    }
  }
}

/** Every goal's result, and whether they all hold. */
export function checkGoals(
  state: ShellState,
  goals: readonly Goal[],
): { readonly met: boolean; readonly results: readonly GoalResult[] } {
  const results = goals.map((g) => checkGoal(state, g))
  return { met: results.every((r) => r.met), results }
}

function checkPublished(t: Topology, goal: PublishedGoal): GoalResult {
  if (!t.hosts.has(goal.host))
    return { kind: 'missing', met: false, goal: 'published', host: goal.host, container: null }
  const bindings = publishedPorts(t, goal.host)
    .filter((p) => p.binding.hostPort === goal.port)
    .filter((p) => goal.hostIp === undefined || p.binding.hostIp === goal.hostIp)
    .map((p) => ({
      container: refOf(p.container),
      containerPort: p.binding.containerPort,
      hostIp: p.binding.hostIp,
    }))
  return { kind: 'published', met: bindings.length > 0, bindings }
}

function checkRunning(t: Topology, goal: RunningGoal): GoalResult {
  const c = findNamed(t, goal.container)
  if (!c) return missing(t, 'running', goal.container)
  return { kind: 'running', met: c.state === 'running', state: c.state }
}

/**
 * Runs the command in memory, on the goal's host, outside any open container session; the
 * state it leaves is thrown away. Refused means an error exit, with Docker's words, and the
 * rule that decided, when there is more to say than those words.
 */
function checkRefused(state: ShellState, goal: RefusedGoal): GoalResult {
  const host = goal.host ?? DEFAULT_HOST
  if (!state.topology.hosts.has(host))
    return { kind: 'missing', met: false, goal: 'refused', host, container: null }
  let now: ShellState = { ...state, currentHost: host, inside: null }
  for (const line of splitScript(goal.command)) {
    const r = executeSafely(now, line.text)
    if (r.output.exitCode !== 0) {
      const { refused } = r.output
      return {
        kind: 'refused',
        met: true,
        exitCode: r.output.exitCode,
        stderr: r.output.stderr,
        why: refused ? refusalWhy(now.topology, r.host, refused) : null,
      }
    }
    now = r.state
  }
  return { kind: 'refused', met: false, exitCode: 0, stderr: '', why: null }
}
