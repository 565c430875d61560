/**
 * document → share link → document, over random topologies, along the path a user takes: the
 * store's shareLink (the docker script and the layout by stable keys, compressed into the
 * `#doc=` fragment), then another browser's openShared on that fragment (the payload read
 * back, its script run through the simulated CLI, the layout put back on the new ids).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as cli from '../cli/index'
import type { Topology } from '../engine'
import { generateTopology } from '../engine/generate'
import { toScript } from '../io/script'
import { topologyShape } from '../io/script-equal'
import { SHARE_LINK_LIMIT } from '../io/share'
import type { Size, XY } from './flow-mapping'
import { parseNodeId } from './ids'
import { createDocknetStore } from './store'

const BASE = 'https://docknet.example/'
const newStore = () => createDocknetStore(undefined, { cli })
type Store = ReturnType<typeof newStore>

function scriptOf(t: Topology): string {
  const made = toScript(t)
  if (!made.ok) throw new Error(made.error)
  return made.script
}

/**
 * The script of a random world of `n` containers on the default host; with `m` > 0, a second
 * host `vm2` holds another random world of `m` (the generator makes a second host only past 75
 * containers).
 */
function worldScript(n: number, m: number, seed: number): string {
  const second = [
    'docker context create vm2',
    'docker context use vm2',
    scriptOf(generateTopology(m, seed + 1).topology),
    'docker context use default',
  ]
  return [scriptOf(generateTopology(n, seed).topology), ...(m > 0 ? second : [])].join('\n')
}

/**
 * What a card stands for, across worlds whose Docker-made ids differ: `kind host/name` (a
 * host's and a volume's node ids say that already; anonymous volumes have no card).
 */
function cardKey(t: Topology, id: string): string {
  const ref = parseNodeId(id)
  if (ref.kind === 'container') {
    const c = t.containers.get(ref.id)
    return `container ${c?.host}/${c?.name}`
  }
  if (ref.kind === 'network') {
    const n = t.networks.get(ref.id)
    return `network ${n?.host ?? ''}/${n?.name}`
  }
  return id
}

function byCard<T>(t: Topology, record: Readonly<Record<string, T>>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).map(([id, v]) => [cardKey(t, id), v]))
}

/** Moves every card and resizes every host, as a user dragging (fractions of pixels). */
async function rearrange(store: Store, at: (i: number) => XY, size: (i: number) => Size) {
  const ids = Object.keys(store.getState().positions)
  const positions = Object.fromEntries(ids.map((id, i) => [id, at(i)]))
  const hosts = ids.filter((id) => parseNodeId(id).kind === 'host')
  const sizes = Object.fromEntries(hosts.map((id, i) => [id, size(i)]))
  await store
    .getState()
    .transact({ document: { positions, sizes } }, { label: 'move', userEvent: 'move' })
}

/** The whole pixel a link keeps (`+ 0`: JSON has no -0, so -0.2 comes back as 0). */
const pixel = (v: number) => Math.round(v) + 0
const rounded = (xy: XY): XY => ({ x: pixel(xy.x), y: pixel(xy.y) })
const roundedSize = (s: Size): Size => ({ width: pixel(s.width), height: pixel(s.height) })
const mapValues = <T, U>(r: Readonly<Record<string, T>>, f: (v: T) => U): Record<string, U> =>
  Object.fromEntries(Object.entries(r).map(([k, v]) => [k, f(v)]))

/** A coordinate a drag could leave, fraction of a pixel included. */
const coordinate = fc.double({ min: -5000, max: 5000, noNaN: true })

describe('a share link over random topologies', () => {
  it('opens the same world, each card where it was and each host at its size', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 1, max: 2 ** 30 }),
        fc.array(fc.record({ x: coordinate, y: coordinate }), { minLength: 1, maxLength: 64 }),
        fc.array(
          fc.record({
            width: fc.double({ min: 200, max: 4000, noNaN: true }),
            height: fc.double({ min: 200, max: 4000, noNaN: true }),
          }),
          { minLength: 1, maxLength: 4 },
        ),
        fc.boolean(),
        async (n, extra, seed, places, sizes, secondHost) => {
          const m = secondHost ? Math.min(extra, 30 - n) : 0
          const mine = newStore()
          mine.getState().loadScript(worldScript(n, m, seed))
          expect(mine.getState().transcript.filter((e) => e.exitCode !== 0)).toEqual([])
          await rearrange(
            mine,
            (i) => places[i % places.length] as XY,
            (i) => sizes[i % sizes.length] as Size,
          )
          if (m > 0) mine.getState().runCommand('docker context use vm2')

          const link = await mine.getState().shareLink(BASE)
          // Random places spread far compress worse than a user's: a link too long is
          // refused (share-payload.test.ts), and there is nothing to open.
          if (!link.ok) expect(link.length).toBeGreaterThan(SHARE_LINK_LIMIT)
          fc.pre(link.ok)
          const theirs = newStore()
          expect(await theirs.getState().openShared(link.url.slice(BASE.length))).toBe(true)

          const a = mine.getState()
          const b = theirs.getState()
          expect(topologyShape(b.shell.topology)).toEqual(topologyShape(a.shell.topology))
          expect(b.shell.currentHost).toBe(a.shell.currentHost)
          // Kept to the whole pixel: the link rounds them (share-payload.ts).
          expect(byCard(b.shell.topology, b.positions)).toEqual(
            mapValues(byCard(a.shell.topology, a.positions), rounded),
          )
          expect(byCard(b.shell.topology, b.sizes)).toEqual(
            mapValues(byCard(a.shell.topology, a.sizes), roundedSize),
          )
        },
      ),
      { numRuns: 25 },
    )
  }, 30_000)

  // The first hundred seeds, not random ones: over 3,000 seeds the longest link was 1,961
  // characters, and a random sample could meet a longer one now and then (version 1 of the
  // payload went past 2,000 at seed 44, and for one seed in sixty-five).
  it('of 30 containers stays under 2,000 characters, for the first hundred generated', async () => {
    const store = newStore()
    for (let seed = 1; seed <= 100; seed++) {
      await store.getState().loadGenerated(30, seed)
      const link = await store.getState().shareLink(BASE)
      expect(link.ok ? link.url.length : link.length, `seed ${seed}`).toBeLessThan(SHARE_LINK_LIMIT)
    }
  }, 30_000)
})
