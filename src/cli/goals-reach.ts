/** The network goals: who reaches whom, and what a name resolves to. */
import {
  ask,
  checkReach,
  isAnswer,
  probeTcp,
  resolveName,
  type Blocker,
  type Container,
  type Topology,
  type WhyReason,
} from '../engine'
import { expectedValues, findNamed, isNamed, missing, refOf } from './goal-refs'
import type { GoalResult, ReachesByIp, ReachesByName, ResolvesGoal } from './goal-types'

export function checkReachesByName(t: Topology, goal: ReachesByName): GoalResult {
  const from = findNamed(t, goal.from)
  if (!from) return missing(t, 'reaches', goal.from)
  const port = goal.port ?? null
  const asked = ask(t, from, goal.to, port)
  const server =
    asked.reachable && port !== null && asked.address !== null
      ? finalServer(t, from, asked.address, port)
      : asked.target
  const rightServer = goal.server === undefined || isNamed(t, server, goal.server)
  return {
    kind: 'reaches',
    met: asked.reachable && rightServer,
    address: asked.address,
    port,
    server: asked.reachable ? server : null,
    reasons: asked.reasons,
  }
}

/** The container that answers at the end of a TCP connection (behind ambassadors and DNAT). */
function finalServer(t: Topology, from: Container, address: string, port: number) {
  const p = probeTcp(t, from, address, port)
  return p.kind === 'open' ? refOf(p.server) : null
}

export function checkReachesByIp(t: Topology, goal: ReachesByIp): GoalResult {
  const from = findNamed(t, goal.from)
  if (!from) return missing(t, 'reaches', goal.from)
  const to = findNamed(t, goal.to)
  if (!to) return missing(t, 'reaches', goal.to)
  const verdict = checkReach(t, from, to)
  const blocked = (reason: Blocker | null): readonly WhyReason[] =>
    reason ? [{ kind: 'connection', blocker: reason }] : []
  if (goal.port === undefined) {
    const route = verdict.routes.find(
      (r) => r.kind !== 'published' && r.kind !== 'ambassador' && r.onlyPorts === null,
    )
    return {
      kind: 'reaches',
      met: verdict.ping,
      address: verdict.ping ? (route?.address ?? null) : null,
      port: null,
      server: verdict.ping ? refOf(to) : null,
      reasons: verdict.ping ? [] : blocked(verdict.reason),
    }
  }
  const port = goal.port
  const served = verdict.ports.find((p) => p.port.port === port && p.port.proto === 'tcp')
  const way = served?.reachable ? served.via[0] : undefined
  // A port the container neither exposes nor listens on has no verdict of its own.
  const reason: Blocker | null = served
    ? served.reason
    : { code: 'not-listening', params: { container: refOf(to), port } }
  return {
    kind: 'reaches',
    met: way !== undefined,
    address: way?.address ?? null,
    port: way?.port ?? null,
    server: way ? refOf(to) : null,
    reasons: way ? [] : blocked(reason ?? verdict.reason),
  }
}

export function checkResolves(t: Topology, goal: ResolvesGoal): GoalResult {
  const from = findNamed(t, goal.from)
  if (!from) return missing(t, 'resolves', goal.from)
  const r = resolveName(t, from, goal.name)
  const addresses = isAnswer(r) ? r.addresses : []
  const expected = goal.address === undefined ? null : expectedValues(t, goal.address)
  const met = isAnswer(r) && (expected === null || expected.some((a) => addresses.includes(a)))
  return {
    kind: 'resolves',
    met,
    addresses,
    expected,
    cause: isAnswer(r) ? null : r.cause,
  }
}
