/**
 * Predict, then see: a question whose right answer the engine computes from the world at the
 * moment it is asked, with the facts that decide it. The learner answers before running
 * anything; the answer and its why come from the same checks as the goals.
 */
import { namespaceOwner, parseIpv4, type Topology } from '../engine'
import { findNamed, named } from './goal-refs'
import type { ContainerRef, Goal, GoalResult } from './goal-types'
import { checkGoal } from './goals'
import { checkResolves } from './goals-reach'
import type { ShellState } from './state'

export type PredictQuestion =
  /** "Will it be so?": does the goal hold now (will `ping db` from web succeed?). */
  | { readonly kind: 'yesNo'; readonly goal: Goal }
  /** "Which address will `name` resolve to from `from`?" (the first answer, which is dialled). */
  | { readonly kind: 'address'; readonly from: ContainerRef; readonly name: string }

export const YES = 'yes'
export const NO = 'no'
/** The choice for a name that does not resolve. */
export const NO_ADDRESS = 'none'

export interface Prediction {
  readonly choices: readonly string[]
  readonly answer: string
  /** The facts that decide it: the goal's result, or the name's resolution. */
  readonly why: GoalResult
}

/** The choices and the right answer to a question, in `state`. */
export function predict(state: ShellState, q: PredictQuestion): Prediction {
  if (q.kind === 'yesNo') {
    const why = checkGoal(state, q.goal)
    return { choices: [YES, NO], answer: why.met ? YES : NO, why }
  }
  const why = checkResolves(state.topology, { kind: 'resolves', from: q.from, name: q.name })
  const answer = (why.kind === 'resolves' ? why.addresses[0] : undefined) ?? NO_ADDRESS
  const choices = [...new Set([answer, ...plausibleAddresses(state.topology, q.from, q.name)])]
  return { choices: orderChoices(choices), answer, why }
}

/**
 * The addresses a learner might expect `name` to mean: those of every container so called or
 * aliased, on any host, and, across hosts, that host's LAN address (the way traffic goes).
 */
function plausibleAddresses(t: Topology, from: ContainerRef, name: string): string[] {
  const asker = findNamed(t, from)
  const out: string[] = []
  for (const c of t.containers.values()) {
    const called = c.name === name || c.endpoints.some((e) => e.aliases.includes(name))
    if (!called) continue
    for (const e of namespaceOwner(t, c).endpoints) if (e.ip !== null) out.push(e.ip)
    const lan = t.hosts.get(c.host)?.lanIp
    if (lan && c.host !== (asker?.host ?? named(from).host)) out.push(lan)
  }
  return out
}

/** Addresses in numeric order, then "none". */
function orderChoices(choices: readonly string[]): string[] {
  const key = (s: string) => parseIpv4(s) ?? Number.MAX_SAFE_INTEGER
  const addresses = choices.filter((c) => c !== NO_ADDRESS).sort((a, b) => key(a) - key(b))
  return [...addresses, NO_ADDRESS]
}
