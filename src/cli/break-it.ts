/**
 * Break it: one hidden change, drawn from Docker's real failure modes, that breaks at least one
 * reach fact of a working world; the learner finds and fixes it, graded by behaviour (the facts
 * hold again: reach-facts.ts). The change is chosen from a seed, so the same seed on the same
 * world gives the same break: no clock, no randomness.
 */
import { isUserDefined, type Container, type Topology } from '../engine'
import { runScript } from './execute'
import type { Named } from './goal-types'
import { checkGoal } from './goals'
import { quoteWord } from './quote'
import { reachFacts, type Fact } from './reach-facts'
import { runCommandOf } from './run-command'
import type { ShellState } from './state'

/** What the break did, as data (the UI words it when it reveals the answer). */
export type BreakChange =
  | { readonly kind: 'stop'; readonly container: Named }
  | { readonly kind: 'disconnect'; readonly container: Named; readonly network: string }
  | {
      readonly kind: 'move'
      readonly container: Named
      readonly from: string
      readonly to: string
    }
  /** Made again without its `-p` bindings. */
  | { readonly kind: 'unpublish'; readonly container: Named }
  | { readonly kind: 'rename'; readonly container: Named; readonly to: string }
  /** `dockerd --icc=false`: containers on the default bridge no longer talk, links aside. */
  | { readonly kind: 'icc'; readonly host: string }

export interface Break {
  readonly change: BreakChange
  /** The docker commands that make the change, for the host's shell. */
  readonly commands: readonly string[]
  /** The facts that held before and do not after. */
  readonly broken: readonly Fact[]
  /** The world after the change. */
  readonly state: ShellState
}

export interface Drill {
  /** Every fact of the working world: all must hold again. */
  readonly facts: readonly Fact[]
  readonly break: Break
}

/**
 * A drill on `state`: its reach facts and one change, drawn by `seed`, that breaks some of
 * them. Null when the world has no fact, or no change breaks one.
 */
export function breakIt(state: ShellState, seed: number): Drill | null {
  const shell = { ...state, inside: null }
  const facts = reachFacts(shell)
  if (facts.length === 0) return null
  for (const candidate of shuffled(candidates(shell, facts), seed)) {
    const tried = tryBreak(shell, facts, candidate)
    if (tried) return { facts, break: tried }
  }
  return null
}

interface Candidate {
  readonly change: BreakChange
  readonly commands: readonly string[]
}

/** The change run in memory: kept if Docker accepts every command and a fact breaks. */
function tryBreak(state: ShellState, facts: readonly Fact[], c: Candidate): Break | null {
  const { state: after, entries } = runScript(c.commands.join('\n'), state)
  if (entries.some((e) => e.exitCode !== 0)) return null
  const broken = facts.filter((f) => !checkGoal(after, f.goal).met)
  return broken.length > 0 ? { ...c, broken, state: after } : null
}

/** Every change worth trying: on the containers the facts lead to, and their clients. */
function candidates(state: ShellState, facts: readonly Fact[]): Candidate[] {
  const t = state.topology
  const docker = (c: Container) =>
    c.host === state.currentHost ? 'docker' : `docker --context ${quoteWord(c.host)}`
  const involved = new Map<string, Container>()
  for (const f of facts) {
    involved.set(f.target.id, f.target)
    involved.set(f.client.id, f.client)
  }
  const targets = new Set(facts.map((f) => f.target.id))
  const out: Candidate[] = []
  for (const c of [...involved.values()].sort((a, b) => a.seq - b.seq)) {
    const who = { name: c.name, host: c.host }
    const d = docker(c)
    const q = quoteWord(c.name)
    if (targets.has(c.id)) {
      out.push({ change: { kind: 'stop', container: who }, commands: [`${d} stop ${q}`] })
      const to = freeName(t, c.host, `${c.name}-old`)
      out.push({
        change: { kind: 'rename', container: who, to },
        commands: [`${d} rename ${q} ${quoteWord(to)}`],
      })
    }
    for (const network of networksOf(t, c)) {
      const n = quoteWord(network.name)
      out.push({
        change: { kind: 'disconnect', container: who, network: network.name },
        commands: [`${d} network disconnect ${n} ${q}`],
      })
      if (!isUserDefined(network) || network.driver !== 'bridge') continue
      const other = otherNetwork(t, c, network.name)
      out.push({
        change: { kind: 'move', container: who, from: network.name, to: other.name },
        commands: [
          ...(other.exists ? [] : [`${d} network create ${quoteWord(other.name)}`]),
          `${d} network disconnect ${n} ${q}`,
          `${d} network connect ${quoteWord(other.name)} ${q}`,
        ],
      })
    }
    if (c.publish.length > 0)
      out.push({
        change: { kind: 'unpublish', container: who },
        commands: [`${d} rm -f ${q}`, ...runCommandOf(t, c, d, { publish: [] })],
      })
  }
  // A daemon option: only the daemon of the shell's own host takes `dockerd` from it.
  if (t.hosts.get(state.currentHost)?.daemon.icc)
    out.push({
      change: { kind: 'icc', host: state.currentHost },
      commands: ['dockerd --icc=false'],
    })
  return out
}

/** The networks a container is attached to, in the order it joined them. */
function networksOf(t: Topology, c: Container) {
  return c.endpoints.flatMap((e) => {
    const n = t.networks.get(e.networkId)
    return n ? [n] : []
  })
}

/** A user-defined bridge on the host the container is not on, or a new one's name. */
function otherNetwork(
  t: Topology,
  c: Container,
  leaving: string,
): { name: string; exists: boolean } {
  const on = new Set(c.endpoints.map((e) => e.networkId))
  const existing = [...t.networks.values()]
    .filter((n) => n.host === c.host && isUserDefined(n) && n.driver === 'bridge')
    .filter((n) => !on.has(n.id) && n.name !== leaving)
    .sort((a, b) => a.seq - b.seq)[0]
  return existing
    ? { name: existing.name, exists: true }
    : { name: freeNetworkName(t, c.host, `${leaving}-2`), exists: false }
}

function freeName(t: Topology, host: string, base: string): string {
  const taken = new Set(
    [...t.containers.values()].filter((c) => c.host === host).map((c) => c.name),
  )
  return firstFree(base, taken)
}

function freeNetworkName(t: Topology, host: string, base: string): string {
  const taken = new Set(
    [...t.networks.values()].filter((n) => n.host === host || n.host === null).map((n) => n.name),
  )
  return firstFree(base, taken)
}

function firstFree(base: string, taken: ReadonlySet<string>): string {
  for (let i = 1; ; i++) {
    const name = i === 1 ? base : `${base}${i}`
    if (!taken.has(name)) return name
  }
}

/**
 * The candidates in an order drawn from the seed: a Fisher-Yates shuffle driven by xorshift32,
 * so a seed always gives the same order and nearby seeds give unrelated ones.
 */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items]
  // Spread the seed's bits first: xorshift32 from 1, 2, 3... starts alike; 0 would stay 0.
  let x = (Math.imul(seed | 0, 0x9e3779b1) ^ 0x85ebca6b) | 0 || 1
  const next = () => {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    return (x >>> 0) / 0x1_0000_0000
  }
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1))
    const a = out[i] as T
    out[i] = out[j] as T
    out[j] = a
  }
  return out
}
