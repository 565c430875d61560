/**
 * What a command did to the containers, as data: made, removed, renamed. The store carries
 * selection and card positions across these (a container removed and made again under its
 * name in one change is the same card), instead of guessing from two worlds.
 */
import type { ContainerId, HostName, Topology } from '../engine'

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

/** The effects between two worlds: nothing to look at when the containers are the same object. */
export function effectsBetween(before: Topology, after: Topology): Effects {
  if (before.containers === after.containers) return NO_EFFECTS
  const created: ContainerRef[] = []
  const renamed: Effects['renamed'][number][] = []
  for (const c of after.containers.values()) {
    const old = before.containers.get(c.id)
    if (!old) created.push(ref(c))
    else if (old.name !== c.name) renamed.push({ id: c.id, from: old.name, to: c.name })
  }
  const removed: ContainerRef[] = []
  for (const c of before.containers.values()) if (!after.containers.has(c.id)) removed.push(ref(c))
  return created.length + removed.length + renamed.length === 0
    ? NO_EFFECTS
    : { created, removed, renamed }
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
