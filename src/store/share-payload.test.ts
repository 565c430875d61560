import LZString from 'lz-string'
import { describe, expect, it } from 'vitest'
import * as cli from '../cli/index'
import { readSharePayload } from './share-payload'
import { createDocknetStore } from './store'

const newStore = () => createDocknetStore(undefined, { cli })
const BASE = 'https://docknet.example/'

/** Each card's place, by what it shows (kind and name), to compare worlds whose ids differ. */
function placesByName(store: ReturnType<typeof newStore>) {
  const { shell, positions } = store.getState()
  const t = shell.topology
  const out: Record<string, unknown> = {}
  for (const [id, at] of Object.entries(positions)) {
    const [kind, rest = ''] = id.split(/:(.*)/)
    const name =
      kind === 'container'
        ? t.containers.get(rest)?.name
        : kind === 'network'
          ? t.networks.get(rest)?.name
          : rest
    out[`${kind} ${name}`] = at
  }
  return out
}

describe('a share link', () => {
  it('opens a copy of the diagram: the same world, each card where it was', async () => {
    const mine = newStore()
    await mine.getState().loadExample('ambassador')
    // The user moved a card.
    const [moved] = Object.keys(mine.getState().positions)
    if (moved)
      await mine.getState().transact(
        {
          document: { positions: { ...mine.getState().positions, [moved]: { x: 404, y: 202 } } },
        },
        { label: 'move', userEvent: 'move' },
      )
    const link = await mine.getState().shareLink(BASE)
    if (!link.ok) throw new Error(link.problem.code)
    expect(link.url.length).toBeLessThan(2000)

    const theirs = newStore()
    expect(await theirs.getState().openShared(link.url.slice(BASE.length))).toBe(true)
    const names = (s: ReturnType<typeof newStore>) =>
      [...s.getState().shell.topology.containers.values()]
        .map((c) => `${c.host}/${c.name} ${c.state}`)
        .sort()
    expect(names(theirs)).toEqual(names(mine))
    expect(placesByName(theirs)).toEqual(placesByName(mine))
    expect(theirs.getState().toast?.said).toEqual({ code: 'shared-opened', over: false })
  })

  it('of a 30-container diagram stays under 2,000 characters', async () => {
    const store = newStore()
    await store.getState().loadGenerated(30, 1)
    const link = await store.getState().shareLink(BASE)
    expect(link.ok && link.url.length).toBeLessThan(2000)
  })

  it('that is damaged or from elsewhere is refused with a reason, and nothing changes', async () => {
    const store = newStore()
    store.getState().runCommand('docker run -d --name web nginx')
    const before = store.getState().shell
    expect(await store.getState().openShared('#doc=%%%')).toBe(false)
    expect(store.getState().toast?.said).toEqual({
      code: 'cannot-share',
      problem: { code: 'link-damaged' },
    })
    expect(await store.getState().openShared('#section')).toBe(false)
    expect(store.getState().shell).toBe(before)
    expect(readSharePayload('{"v":9,"host":"default","script":""}')).toEqual({
      code: 'other-version',
      version: '9',
      reads: 2,
    })
    expect(readSharePayload('[1,2]')).toEqual({ code: 'link-damaged' })
  })

  it('made by version 1 (one flat key per card) still opens, each card where it was', async () => {
    const v1 = {
      v: 1,
      host: 'default',
      script: 'docker network create back\ndocker run -d --name db --network back redis\n',
      at: {
        'h/default': [10, 20],
        'n/default/bridge': [70, 80],
        'n/default/back': [30, 40],
        'c/default/db': [50, 60],
      },
      size: { 'h/default': [900, 700] },
    }
    const store = newStore()
    const fragment = `#doc=${LZString.compressToEncodedURIComponent(JSON.stringify(v1))}`
    expect(await store.getState().openShared(fragment)).toBe(true)
    expect(placesByName(store)).toEqual({
      'host default': { x: 10, y: 20 },
      'network bridge': { x: 70, y: 80 },
      'network back': { x: 30, y: 40 },
      'container db': { x: 50, y: 60 },
    })
    expect(store.getState().sizes).toEqual({ 'host:default': { width: 900, height: 700 } })
  })
})
