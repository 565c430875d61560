/**
 * The reach facts of a working world: every running container that reaches another by a name
 * (its container name, a link alias it was given, a network alias) on each port that container
 * serves, or by ping when it serves none. Each fact is a `reaches` goal, so whether the facts
 * hold again after a break is the goals' own check.
 */
import { ask, listeningPorts, type Container, type Topology } from '../engine'
import type { ReachesByName } from './goal-types'
import { checkGoals } from './goals'
import type { ShellState } from './state'

/** A fact, with its client and the container its name leads to (what a break may act on). */
export interface Fact {
  readonly goal: ReachesByName
  readonly client: Container
  readonly target: Container
}

/** The reach facts that hold in `state`, in creation order of the clients, then targets. */
export function reachFacts(state: ShellState): Fact[] {
  const t = state.topology
  const running = [...t.containers.values()]
    .filter((c) => c.state === 'running')
    .sort((a, b) => a.seq - b.seq)
  const facts: Fact[] = []
  for (const from of running)
    for (const target of running) {
      if (from === target || from.host !== target.host) continue
      for (const name of namesOf(from, target)) facts.push(...factsBy(t, from, target, name))
    }
  return facts
}

/** Whether every fact holds again (the learner's repair), with each one's result. */
export function factsRestored(state: ShellState, facts: readonly Fact[]) {
  return checkGoals(
    state,
    facts.map((f) => f.goal),
  )
}

/** The names `from` may use for `target`: its name, the aliases `from` linked it as, its network aliases. */
function namesOf(from: Container, target: Container): string[] {
  const names = [
    target.name,
    ...from.links.filter((l) => l.childId === target.id).map((l) => l.alias),
    ...target.endpoints.flatMap((e) => e.aliases),
  ]
  return [...new Set(names)]
}

function factsBy(t: Topology, from: Container, target: Container, name: string): Fact[] {
  const client = { name: from.name, host: from.host }
  const ports = listeningPorts(t, target).filter((p) => p.proto === 'tcp')
  const goals: ReachesByName[] =
    ports.length === 0
      ? [{ kind: 'reaches', by: 'name', from: client, to: name }]
      : ports.map((p) => ({ kind: 'reaches', by: 'name', from: client, to: name, port: p.port }))
  return goals
    .filter((g) => ask(t, from, name, g.port ?? null).reachable)
    .map((goal) => ({ goal, client: from, target }))
}
