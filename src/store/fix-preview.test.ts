import { describe, expect, it } from 'vitest'
import * as cli from '../cli/index'
import type { FixRule } from '../cli/fix-rule'
import { nodeId } from './ids'
import { createDocknetStore } from './store'

function world(...lines: string[]) {
  const store = createDocknetStore(undefined, { cli })
  for (const line of lines) store.getState().runCommand(line)
  return store
}

const idOf = (store: ReturnType<typeof world>, name: string) =>
  [...store.getState().shell.topology.containers.values()].find((c) => c.name === name)?.id

/** What the previewed fix does: the banner words it; the preview only carries it. */
const rule: FixRule = { kind: 'new-network', network: 'appnet', containers: ['web', 'db'] }

describe('a fix previewed on the canvas', () => {
  it('draws what it adds as ghosts, joined to the cards already there, and changes nothing', async () => {
    const store = world(
      'docker run -d --name db training/postgres',
      'docker run -dit --name web busybox',
    )
    const before = store.getState().shell
    const commands = [
      'docker network create appnet',
      'docker network connect appnet web',
      'docker network connect appnet db',
    ]
    expect(await store.getState().previewFix(commands, rule)).toBe(true)
    const p = store.getState().preview
    expect(p?.rule).toBe(rule)
    expect(store.getState().shell).toBe(before)
    expect(p?.nodes.map((n) => n.data.label)).toEqual(['appnet'])
    const ghost = p?.nodes[0]?.id
    const [web, db] = [idOf(store, 'web'), idOf(store, 'db')]
    expect(p?.edges.map((e) => [e.source, e.target]).sort()).toEqual(
      [
        [`container:${db}`, ghost],
        [`container:${web}`, ghost],
      ].sort(),
    )
    expect([...(p?.changed ?? [])].sort()).toEqual([`container:${db}`, `container:${web}`].sort())
    expect(p?.gone.size).toBe(0)
  })

  it('marks a recreated container changed where it stands, with its new link as a ghost edge', async () => {
    const store = world(
      'docker run -d --name db training/postgres',
      'docker run -dit --name web busybox',
    )
    const web = idOf(store, 'web')
    const commands = ['docker rm -f web', 'docker run -dit --name web --link db:db busybox']
    expect(await store.getState().previewFix(commands, rule)).toBe(true)
    const p = store.getState().preview
    expect(p?.nodes).toEqual([])
    expect([...(p?.changed ?? [])]).toEqual([`container:${web}`])
    expect(p?.edges.map((e) => [e.data?.kind, e.source])).toEqual([['link', `container:${web}`]])
    expect(p?.gone.size).toBe(0)
  })

  it('marks the edges a fix takes away', async () => {
    const store = world(
      'docker network create appnet',
      'docker run -dit --name web --network appnet busybox',
    )
    expect(await store.getState().previewFix(['docker network disconnect appnet web'], rule)).toBe(
      true,
    )
    expect(store.getState().preview?.gone.size).toBe(1)
  })

  it('replaces a trace shown: their banners and marks would mix', async () => {
    const store = world(
      'docker run -d --name db training/postgres',
      'docker run -dit --name web busybox',
    )
    store.getState().focus(nodeId.container(idOf(store, 'web') ?? ''))
    await store.getState().traceTo(idOf(store, 'db') ?? '')
    expect(store.getState().trace?.to).toBe('db')
    expect(await store.getState().previewFix(['docker network create appnet'], rule)).toBe(true)
    expect(store.getState().trace).toBeNull()
    expect(store.getState().preview).not.toBeNull()
  })

  it('a fix Docker refuses is not previewed: its words are shown', async () => {
    const store = world('docker run -dit --name web busybox')
    expect(await store.getState().previewFix(['docker network connect nope web'], rule)).toBe(false)
    expect(store.getState().preview).toBeNull()
    expect(store.getState().toast?.text).toContain('network nope not found')
  })
})
