/**
 * What a command did to the containers, as data: made, removed, renamed. The store carries
 * selection and card positions across these (a container removed and made again under its
 * name in one change is the same card), instead of guessing from two worlds.
 */
import {
  derive,
  type Container,
  type ContainerId,
  type DerivedView,
  type HostName,
  type Topology,
} from '../engine'

export interface ContainerRef {
  readonly id: ContainerId
  readonly name: string
  readonly host: HostName
}

export interface Effects {
  readonly created: readonly ContainerRef[]
  readonly removed: readonly ContainerRef[]
  readonly renamed: readonly {
    readonly id: ContainerId
    readonly from: string
    readonly to: string
  }[]
}

export const NO_EFFECTS: Effects = { created: [], removed: [], renamed: [] }

const ref = (c: ContainerRef): ContainerRef => ({ id: c.id, name: c.name, host: c.host })

/**
 * The containers made, removed or renamed by each edit of the containers map, newest first:
 * a view carried along the map's edits (engine/persistent-map.ts), so the effects of a
 * command cost what it changed, not the size of the world.
 */
interface Journal {
  readonly id: ContainerId | null
  readonly before: ContainerRef | undefined
  readonly after: ContainerRef | undefined
  readonly prev: Journal | null
}

const JOURNAL: DerivedView<Container, Journal> = {
  build: () => ({ id: null, before: undefined, after: undefined, prev: null }),
  update: (prev, id, before, after) =>
    before && after && before.name === after.name
      ? prev
      : { id, before: before && ref(before), after: after && ref(after), prev },
}

/** Starts the journal on this world, so the effects of what follows can be read from it. */
export function watchEffects(t: Topology): void {
  derive(t.containers, JOURNAL)
}

/**
 * The effects between two worlds: from the journal when `after` was made from `before` by
 * edits (watchEffects), else by comparing the two worlds' containers.
 */
export function effectsBetween(before: Topology, after: Topology): Effects {
  if (before.containers === after.containers) return NO_EFFECTS
  const start = derive(before.containers, JOURNAL)
  const edits: Journal[] = []
  for (let j: Journal | null = derive(after.containers, JOURNAL); j !== start; j = j.prev) {
    if (j === null) return compareWorlds(before, after)
    edits.push(j)
  }
  const first = new Map<ContainerId, ContainerRef | undefined>()
  const last = new Map<ContainerId, ContainerRef | undefined>()
  for (const e of edits.reverse()) {
    if (e.id === null) continue
    if (!first.has(e.id)) first.set(e.id, e.before)
    last.set(e.id, e.after)
  }
  return effectsOf([...first].map(([id, was]) => [was, last.get(id)]))
}

/** The effects of each container's state before and after (undefined: not there). */
function effectsOf(
  changes: Iterable<readonly [ContainerRef | undefined, ContainerRef | undefined]>,
): Effects {
  const created: ContainerRef[] = []
  const removed: ContainerRef[] = []
  const renamed: Effects['renamed'][number][] = []
  for (const [was, is] of changes) {
    if (!was && is) created.push(is)
    else if (was && !is) removed.push(was)
    else if (was && is && was.name !== is.name)
      renamed.push({ id: is.id, from: was.name, to: is.name })
  }
  return created.length + removed.length + renamed.length === 0
    ? NO_EFFECTS
    : { created, removed, renamed }
}

/** Every container of two worlds compared: for worlds not made one from the other by edits. */
function compareWorlds(before: Topology, after: Topology): Effects {
  const pairs: [ContainerRef | undefined, ContainerRef | undefined][] = []
  for (const c of after.containers.values()) pairs.push([before.containers.get(c.id), c])
  for (const c of before.containers.values())
    if (!after.containers.has(c.id)) pairs.push([c, undefined])
  return effectsOf(pairs.map(([a, b]) => [a && ref(a), b && ref(b)]))
}

/** The effects of two changes one after the other (a gesture's lines). */
export function composeEffects(a: Effects, b: Effects): Effects {
  if (a === NO_EFFECTS) return b
  if (b === NO_EFFECTS) return a
  const goneAgain = new Set(b.removed.map((r) => r.id))
  const madeHere = new Set(a.created.map((c) => c.id))
  return {
    // Made and removed within the change: it never was, as far as the change is concerned.
    created: [...a.created.filter((c) => !goneAgain.has(c.id)), ...b.created],
    removed: [...a.removed, ...b.removed.filter((r) => !madeHere.has(r.id))],
    renamed: [...a.renamed, ...b.renamed],
  }
}

/**
 * The containers a change removed and made again: under the same name on the same host (how
 * Docker users recreate one), or as `declared` by the gesture that did it (a form that renames
 * and recreates at once). Keys are the new ids, values the old.
 */
export function recreatedFrom(
  effects: Effects,
  declared: readonly { readonly from: ContainerId; readonly name: string }[] = [],
): ReadonlyMap<ContainerId, ContainerId> {
  const pairs = new Map<ContainerId, ContainerId>()
  const byName = new Map(effects.removed.map((r) => [`${r.host}/${r.name}`, r.id]))
  const declaredFor = new Map(declared.map((d) => [d.name, d.from]))
  for (const c of effects.created) {
    const old = byName.get(`${c.host}/${c.name}`) ?? declaredFor.get(c.name)
    if (old !== undefined && effects.removed.some((r) => r.id === old)) pairs.set(c.id, old)
  }
  return pairs
}
