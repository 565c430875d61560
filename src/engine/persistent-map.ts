/**
 * An immutable Map with structural sharing, so an edit of one record in a world of 20,000
 * containers costs O(log n), not a copy of the whole map (performance.md §4.2). It reads like
 * a ReadonlyMap with string keys and keeps Map's order: insertion order, a replaced value keeps
 * its place. Keys live in a hash array mapped trie (HAMT) pointing at slots of a persistent
 * vector that holds the entries in order; deleted slots are holes, compacted when they
 * outnumber the entries.
 *
 * Derived views (indexes) can ride along: a view built once on a map is carried to every map
 * derived from it by set/delete, updated per changed entry, so queries stay O(log n) as the
 * world grows edit by edit (see `derive`).
 */

const BITS = 5
const WIDTH = 1 << BITS
const MASK = WIDTH - 1

// ---- the ordered vector: a 32-ary trie of slots ------------------------------------------

type VNode = readonly unknown[]

function vecGet(root: VNode, shift: number, i: number): unknown {
  let node = root
  for (let s = shift; s > 0; s -= BITS) node = (node[(i >>> s) & MASK] as VNode | undefined) ?? []
  return node[i & MASK]
}

function vecSet(node: VNode | undefined, shift: number, i: number, value: unknown): VNode {
  const copy = node ? [...node] : []
  const at = (i >>> shift) & MASK
  copy[at] = shift === 0 ? value : vecSet(copy[at] as VNode | undefined, shift - BITS, i, value)
  return copy
}

/** Items in groups of 32: one level of the vector, built bottom-up. */
function chunks(items: readonly unknown[]): VNode[] {
  const out: VNode[] = []
  for (let i = 0; i < items.length; i += WIDTH) out.push(items.slice(i, i + WIDTH))
  return out
}

/** The leaf (32 slots) holding slot i. */
function vecLeaf(root: VNode, shift: number, i: number): VNode {
  let node = root
  for (let s = shift; s > 0; s -= BITS) node = (node[(i >>> s) & MASK] as VNode | undefined) ?? []
  return node
}

// ---- the key index: a hash array mapped trie from key to slot ------------------------------

interface Leaf {
  readonly key: string
  readonly hash: number
  readonly slot: number
}
interface Branch {
  readonly bitmap: number
  readonly children: readonly Child[]
}
/** Keys whose 32-bit hashes are equal, below the trie's last level. */
interface Collision {
  readonly leaves: readonly Leaf[]
}
type Child = Leaf | Branch | Collision

const EMPTY_BRANCH: Branch = { bitmap: 0, children: [] }
const LAST_SHIFT = 30

/** FNV-1a over UTF-16 code units. */
function hashOf(key: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193)
  return h >>> 0
}

function popcount(v: number): number {
  v -= (v >>> 1) & 0x55555555
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333)
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24
}

function findSlot(branch: Branch, hash: number, key: string): number | undefined {
  let node: Child = branch
  for (let shift = 0; ; shift += BITS) {
    if ('key' in node) return node.key === key ? node.slot : undefined
    if ('leaves' in node) return node.leaves.find((l) => l.key === key)?.slot
    const bit = 1 << ((hash >>> shift) & MASK)
    if ((node.bitmap & bit) === 0) return undefined
    node = node.children[popcount(node.bitmap & (bit - 1))] as Child
  }
}

/** Two leaves with different keys, in the smallest subtrie that tells them apart. */
function pair(a: Leaf, b: Leaf, shift: number): Child {
  if (shift > LAST_SHIFT) return { leaves: [a, b] }
  const ia = (a.hash >>> shift) & MASK
  const ib = (b.hash >>> shift) & MASK
  if (ia === ib) return { bitmap: 1 << ia, children: [pair(a, b, shift + BITS)] }
  return { bitmap: (1 << ia) | (1 << ib), children: ia < ib ? [a, b] : [b, a] }
}

function insert(node: Child, leaf: Leaf, shift: number): Child {
  if ('key' in node) return node.key === leaf.key ? leaf : pair(node, leaf, shift)
  if ('leaves' in node) return { leaves: [...node.leaves.filter((l) => l.key !== leaf.key), leaf] }
  const bit = 1 << ((leaf.hash >>> shift) & MASK)
  const at = popcount(node.bitmap & (bit - 1))
  const children = [...node.children]
  if ((node.bitmap & bit) === 0) {
    children.splice(at, 0, leaf)
    return { bitmap: node.bitmap | bit, children }
  }
  children[at] = insert(children[at] as Child, leaf, shift + BITS)
  return { bitmap: node.bitmap, children }
}

/** Adds a leaf with a new key to a branch that nothing else shares yet, in place. */
function insertFresh(node: Branch, leaf: Leaf, shift: number): void {
  const open = node as { bitmap: number; children: Child[] }
  const bit = 1 << ((leaf.hash >>> shift) & MASK)
  const at = popcount(open.bitmap & (bit - 1))
  if ((open.bitmap & bit) === 0) {
    open.children.splice(at, 0, leaf)
    open.bitmap |= bit
    return
  }
  const child = open.children[at] as Child
  if ('key' in child) open.children[at] = pair(child, leaf, shift + BITS)
  else if ('leaves' in child) open.children[at] = { leaves: [...child.leaves, leaf] }
  else insertFresh(child, leaf, shift + BITS)
}

/** The node without `key`; null when nothing is left of it. */
function remove(node: Child, hash: number, key: string, shift: number): Child | null {
  if ('key' in node) return node.key === key ? null : node
  if ('leaves' in node) {
    const leaves = node.leaves.filter((l) => l.key !== key)
    return leaves.length === 0 ? null : { leaves }
  }
  const bit = 1 << ((hash >>> shift) & MASK)
  if ((node.bitmap & bit) === 0) return node
  const at = popcount(node.bitmap & (bit - 1))
  const child = remove(node.children[at] as Child, hash, key, shift + BITS)
  const children = [...node.children]
  if (child) {
    children[at] = child
    return { bitmap: node.bitmap, children }
  }
  children.splice(at, 1)
  return children.length === 0 ? null : { bitmap: node.bitmap & ~bit, children }
}

// ---- derived views -----------------------------------------------------------------------

/**
 * A view of a map's entries that can follow edits: `build` makes it from scratch, `update`
 * gives the view after one entry changed (before/after undefined for added/removed). Views
 * must be immutable values: every map version keeps its own.
 */
export interface DerivedView<V, I> {
  build(map: ReadonlyMap<string, V>): I
  update(view: I, key: string, before: V | undefined, after: V | undefined): I
}

type Entry<V> = readonly [string, V]

/**
 * Walks the vector's slots in order, a leaf at a time, skipping holes. A plain iterator
 * object rather than a generator: iteration is the engine's hottest loop.
 */
class InOrder<V, T> implements MapIterator<T> {
  private leaf: VNode = []
  private base = 0
  private at = WIDTH
  readonly [Symbol.toStringTag] = 'Map Iterator'
  constructor(
    private readonly root: VNode,
    private readonly shift: number,
    private readonly length: number,
    private readonly pick: (e: Entry<V>) => T,
  ) {
    this.base = -WIDTH
  }

  next(): IteratorResult<T, undefined> {
    for (;;) {
      if (this.at === WIDTH) {
        this.base += WIDTH
        if (this.base >= this.length) return { done: true, value: undefined }
        this.leaf = vecLeaf(this.root, this.shift, this.base)
        this.at = 0
      }
      const e = this.leaf[this.at++]
      if (e !== undefined) return { done: false, value: this.pick(e as Entry<V>) }
    }
  }

  [Symbol.iterator](): this {
    return this
  }

  /** Part of the MapIterator type; walking holds nothing to release. */
  [Symbol.dispose](): void {}
}

export class PersistentMap<V> implements ReadonlyMap<string, V> {
  readonly size: number
  private readonly keys_: Branch
  private readonly slots: VNode
  private readonly shift: number
  /** Slots in use, holes included. */
  private readonly length: number
  /** Views built on this version (a cache on an immutable value). */
  private readonly views = new Map<DerivedView<V, unknown>, unknown>()

  private constructor(keys: Branch, slots: VNode, shift: number, length: number, size: number) {
    this.keys_ = keys
    this.slots = slots
    this.shift = shift
    this.length = length
    this.size = size
  }

  static empty<V>(): PersistentMap<V> {
    return new PersistentMap<V>(EMPTY_BRANCH, [], 0, 0, 0)
  }

  /** A map of `entries` (a later duplicate key replaces the value in place, as Map's). */
  static from<V>(entries: Iterable<readonly [string, V]>): PersistentMap<V> {
    if (entries instanceof PersistentMap) return entries as PersistentMap<V>
    const list: Entry<V>[] = []
    const seen = new Map<string, number>()
    for (const [k, v] of entries) {
      const at = seen.get(k)
      if (at === undefined) seen.set(k, list.push([k, v]) - 1)
      else list[at] = [k, v]
    }
    // Built bottom-up and in place: nothing else holds these nodes yet.
    let level: VNode[] = chunks(list)
    let shift = 0
    while (level.length > 1) {
      level = chunks(level)
      shift += BITS
    }
    const keys: Branch = { bitmap: 0, children: [] }
    list.forEach(([key], slot) => insertFresh(keys, { key, hash: hashOf(key), slot }, 0))
    return new PersistentMap<V>(keys, level[0] ?? [], shift, list.length, list.length)
  }

  get(key: string): V | undefined {
    const slot = findSlot(this.keys_, hashOf(key), key)
    return slot === undefined ? undefined : (vecGet(this.slots, this.shift, slot) as Entry<V>)[1]
  }

  has(key: string): boolean {
    return findSlot(this.keys_, hashOf(key), key) !== undefined
  }

  set(key: string, value: V): PersistentMap<V> {
    const hash = hashOf(key)
    const slot = findSlot(this.keys_, hash, key)
    let next: PersistentMap<V>
    let before: V | undefined
    if (slot !== undefined) {
      before = (vecGet(this.slots, this.shift, slot) as Entry<V>)[1]
      if (before === value) return this
      const slots = vecSet(this.slots, this.shift, slot, [key, value])
      next = new PersistentMap(this.keys_, slots, this.shift, this.length, this.size)
    } else {
      const grow = this.length === WIDTH << this.shift
      const shift = grow ? this.shift + BITS : this.shift
      const root = grow ? [this.slots] : this.slots
      const slots = vecSet(root, shift, this.length, [key, value])
      const keys = insert(this.keys_, { key, hash, slot: this.length }, 0) as Branch
      next = new PersistentMap(keys, slots, shift, this.length + 1, this.size + 1)
    }
    return this.carryViews(next, key, before, value)
  }

  delete(key: string): PersistentMap<V> {
    const hash = hashOf(key)
    const slot = findSlot(this.keys_, hash, key)
    if (slot === undefined) return this
    const before = (vecGet(this.slots, this.shift, slot) as Entry<V>)[1]
    const keys = (remove(this.keys_, hash, key, 0) as Branch | null) ?? EMPTY_BRANCH
    const slots = vecSet(this.slots, this.shift, slot, undefined)
    let next = new PersistentMap<V>(keys, slots, this.shift, this.length, this.size - 1)
    // Holes outnumber entries: renumber (amortised O(1) per delete), keeping the order.
    if (next.length > WIDTH && next.size * 2 < next.length) next = PersistentMap.rebuilt(next)
    return this.carryViews(next, key, before, undefined)
  }

  private static rebuilt<V>(map: PersistentMap<V>): PersistentMap<V> {
    let fresh = PersistentMap.empty<V>()
    for (const [k, v] of map) fresh = fresh.set(k, v)
    return fresh
  }

  private carryViews(
    next: PersistentMap<V>,
    key: string,
    before: V | undefined,
    after: V | undefined,
  ): PersistentMap<V> {
    for (const [spec, view] of this.views)
      next.views.set(spec, spec.update(view, key, before, after))
    return next
  }

  /** The view of this map, built once and then carried along by every edit. */
  derive<I>(spec: DerivedView<V, I>): I {
    if (this.views.has(spec)) return this.views.get(spec) as I
    const view = spec.build(this)
    this.views.set(spec, view)
    return view
  }

  entries(): MapIterator<[string, V]> {
    return new InOrder(this.slots, this.shift, this.length, (e: Entry<V>): [string, V] => [
      e[0],
      e[1],
    ])
  }

  keys(): MapIterator<string> {
    return new InOrder(this.slots, this.shift, this.length, (e: Entry<V>) => e[0])
  }

  values(): MapIterator<V> {
    return new InOrder(this.slots, this.shift, this.length, (e: Entry<V>) => e[1])
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries()
  }

  forEach(fn: (value: V, key: string, map: ReadonlyMap<string, V>) => void): void {
    for (const [k, v] of this.entries()) fn(v, k, this)
  }
}

/** `map` with `key` set: O(log n) on a PersistentMap (a plain Map is converted once). */
export function mapSet<V>(map: ReadonlyMap<string, V>, key: string, value: V): PersistentMap<V> {
  return PersistentMap.from(map).set(key, value)
}

/** `map` without `key`. */
export function mapDelete<V>(map: ReadonlyMap<string, V>, key: string): PersistentMap<V> {
  return PersistentMap.from(map).delete(key)
}

const plainViews = new WeakMap<ReadonlyMap<string, unknown>, Map<unknown, unknown>>()

/** A view of `map`: carried along edits on a PersistentMap, built once per plain Map. */
export function derive<V, I>(map: ReadonlyMap<string, V>, spec: DerivedView<V, I>): I {
  if (map instanceof PersistentMap) return (map as PersistentMap<V>).derive(spec)
  let views = plainViews.get(map)
  if (!views) plainViews.set(map, (views = new Map()))
  if (!views.has(spec)) views.set(spec, spec.build(map))
  return views.get(spec) as I
}
