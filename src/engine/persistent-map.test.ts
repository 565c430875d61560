import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PersistentMap, type DerivedView } from './persistent-map'

type Op = { set: string; value: number } | { delete: string }

// Few distinct keys so that sets replace and deletes hit; many ops so the vector grows levels
// and compacts.
const key = fc.integer({ min: 0, max: 80 }).map((n) => `k${n}`)
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ set: key, value: fc.integer() }),
  fc.record({ delete: key }),
)

function apply<M extends { set(k: string, v: number): M; delete(k: string): M }>(m: M, o: Op): M {
  return 'set' in o ? m.set(o.set, o.value) : m.delete(o.delete)
}

/** Map's own semantics, immutably. */
const model = {
  set: (m: Map<string, number>, k: string, v: number) => new Map(m).set(k, v),
  delete: (m: Map<string, number>, k: string) => {
    const copy = new Map(m)
    copy.delete(k)
    return copy
  },
}

/** The sum of values: a view the map can carry along edits. */
const SUM: DerivedView<number, number> = {
  build: (m) => [...m.values()].reduce((a, b) => a + b, 0),
  update: (sum, _k, before, after) => sum - (before ?? 0) + (after ?? 0),
}

describe('PersistentMap', () => {
  it('behaves like an immutable Map: order, sizes, lookups, old versions intact', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 400 }), (ops) => {
        let p = PersistentMap.empty<number>()
        let m = new Map<string, number>()
        const versions: [PersistentMap<number>, [string, number][]][] = []
        for (const o of ops) {
          p = apply(p, o)
          m = 'set' in o ? model.set(m, o.set, o.value) : model.delete(m, o.delete)
          versions.push([p, [...m]])
        }
        for (const [version, entries] of versions) {
          expect([...version]).toEqual(entries)
          expect(version.size).toBe(entries.length)
        }
        for (let n = 0; n <= 80; n++) expect(p.get(`k${n}`)).toBe(m.get(`k${n}`))
        expect([...p.keys()]).toEqual([...m.keys()])
        expect([...p.values()]).toEqual([...m.values()])
      }),
      { numRuns: 200 },
    )
  })

  it('is built from entries as Map is (a repeated key keeps its place), then edits alike', () => {
    const entry = fc.tuple(key, fc.integer())
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 1200 }),
        fc.array(op, { maxLength: 60 }),
        (es, ops) => {
          let p = PersistentMap.from(es)
          let m = new Map(es)
          expect([...p]).toEqual([...m])
          for (const o of ops) {
            p = apply(p, o)
            m = 'set' in o ? model.set(m, o.set, o.value) : model.delete(m, o.delete)
          }
          expect([...p]).toEqual([...m])
          for (const k of m.keys()) expect(p.get(k)).toBe(m.get(k))
        },
      ),
      { numRuns: 100 },
    )
    const many = Array.from({ length: 40000 }, (_, i): [string, number] => [`k${i}`, i])
    const big = PersistentMap.from(many).set('k39999', -1).set('new', 1)
    expect([big.size, big.get('k12345'), big.get('k39999'), [...big.keys()].at(-1)]).toEqual([
      40001,
      12345,
      -1,
      'new',
    ])
  })

  it('holds thousands of keys across trie levels', () => {
    let p = PersistentMap.empty<number>()
    for (let i = 0; i < 5000; i++) p = p.set(`key-${i}`, i)
    for (let i = 0; i < 5000; i += 2) p = p.delete(`key-${i}`)
    expect(p.size).toBe(2500)
    expect(p.get('key-4999')).toBe(4999)
    expect(p.has('key-4998')).toBe(false)
    expect([...p.keys()].slice(0, 3)).toEqual(['key-1', 'key-3', 'key-5'])
  })

  it('carries a derived view along edits instead of rebuilding it', () => {
    let builds = 0
    const counted: DerivedView<number, number> = {
      build: (m) => {
        builds++
        return SUM.build(m)
      },
      update: SUM.update,
    }
    fc.assert(
      fc.property(fc.array(op, { maxLength: 200 }), (ops) => {
        builds = 0
        let p = PersistentMap.from<number>([['k0', 1]])
        p.derive(counted)
        for (const o of ops) p = apply(p, o)
        expect(p.derive(counted)).toBe(SUM.build(p))
        expect(builds).toBe(1)
      }),
      { numRuns: 100 },
    )
  })
})
