import { describe, expect, it } from 'vitest'
import * as cli from '../cli/index'
import { nodeId } from './ids'
import { createDocknetStore } from './store'
import type { Transaction } from './transact'

const newStore = () => createDocknetStore(undefined, { cli })

const names = (store: ReturnType<typeof newStore>) =>
  [...store.getState().shell.topology.containers.values()].map((c) => c.name)

const idOf = (store: ReturnType<typeof newStore>, name: string) =>
  [...store.getState().shell.topology.containers.values()].find((c) => c.name === name)?.id ?? ''

const gesture = { userEvent: 'gesture', atomic: true } as const

describe('a transaction', () => {
  it('applies all of its commands or none: a refusal leaves the world and history as they were', async () => {
    const store = newStore()
    store.getState().runCommand('docker run -d --name web nginx')
    const before = store.getState()
    const ok = await store.getState().transact(
      {
        commands: [
          'docker run -d --name one nginx',
          'docker run -d --name web nginx',
          'docker run -d --name two nginx',
        ],
      },
      { label: 'three runs', ...gesture },
    )
    expect(ok).toBe(false)
    const after = store.getState()
    expect(after.shell).toBe(before.shell)
    expect(after.past).toBe(before.past)
    expect(names(store)).toEqual(['web'])
    expect(after.toast?.text).toContain('Conflict. The container name "/web" is already in use')
    expect(after.transcript.at(-1)?.stderr).toContain('(nothing changed: the gesture was undone)')
  })

  it('is one undo step, named by its label', async () => {
    const store = newStore()
    await store
      .getState()
      .transact(
        { commands: ['docker run -d --name one nginx', 'docker run -d --name two nginx'] },
        { label: 'two runs', ...gesture },
      )
    expect(store.getState().past).toHaveLength(1)
    store.getState().undo()
    expect(names(store)).toEqual([])
    expect(store.getState().toast?.said).toEqual({ code: 'undone', made: 'two runs' })
  })

  it('is no undo step when its annotations say so', async () => {
    const store = newStore()
    await store
      .getState()
      .transact(
        { commands: ['docker run -d --name one nginx'] },
        { label: 'setup', userEvent: 'input', addToHistory: false },
      )
    expect(names(store)).toEqual(['one'])
    expect(store.getState().past).toHaveLength(0)
  })

  it('carries the selection and the place of a container recreated under its name', async () => {
    const store = newStore()
    store.getState().runCommand('docker run -d --name web nginx')
    const old = nodeId.container(idOf(store, 'web'))
    await store
      .getState()
      .transact(
        { document: { positions: { ...store.getState().positions, [old]: { x: 321, y: 222 } } } },
        { label: 'move', userEvent: 'move' },
      )
    store.getState().select(old)
    await store
      .getState()
      .transact(
        { commands: ['docker rm -f web', 'docker run -d --name web -p 8080:80 nginx'] },
        { label: 'recreate', ...gesture },
      )
    const made = nodeId.container(idOf(store, 'web'))
    expect(made).not.toBe(old)
    expect(store.getState().selection).toBe(made)
    expect(store.getState().positions[made]).toEqual({ x: 321, y: 222 })
  })

  it('carries a recreate under a new name only when the gesture declares it (no guessing)', async () => {
    const recreate = ['docker rm -f web', 'docker run -d --name front nginx']
    for (const declared of [false, true]) {
      const store = newStore()
      store.getState().runCommand('docker run -d --name web nginx')
      const old = idOf(store, 'web')
      store.getState().select(nodeId.container(old))
      await store.getState().transact(
        { commands: recreate },
        {
          label: 'rename and recreate',
          ...gesture,
          ...(declared ? { recreates: [{ from: old, name: 'front' }] } : {}),
        },
      )
      const front = nodeId.container(idOf(store, 'front'))
      expect(store.getState().selection).toBe(declared ? front : nodeId.container(old))
    }
  })

  it('keeps the selection and place across a rename (the same container)', async () => {
    const store = newStore()
    store.getState().runCommand('docker run -d --name web nginx')
    const web = nodeId.container(idOf(store, 'web'))
    store.getState().select(web)
    const at = store.getState().positions[web]
    store.getState().runCommand('docker rename web front')
    expect(store.getState().selection).toBe(web)
    expect(store.getState().positions[web]).toEqual(at)
  })

  it('tells its listeners what changed, and not when nothing did', async () => {
    const store = newStore()
    const heard: Transaction[] = []
    const stop = store.getState().onTransaction((tr) => heard.push(tr))
    await store
      .getState()
      .transact({ commands: ['docker run -d --name web nginx'] }, { label: 'run', ...gesture })
    await store
      .getState()
      .transact({ commands: ['docker run -d --name web nginx'] }, { label: 'again', ...gesture })
    store.getState().runCommand('docker ps')
    expect(heard.map((t) => t.annotations.label)).toEqual(['run'])
    expect(heard[0]?.effects.created.map((c) => c.name)).toEqual(['web'])
    store.getState().undo()
    expect(heard.map((t) => [t.annotations.userEvent, t.annotations.label])).toEqual([
      ['gesture', 'run'],
      // The undo names the change it took back.
      ['undo', 'run'],
    ])
    stop()
    store.getState().runCommand('docker rm -f web')
    expect(heard).toHaveLength(2)
  })
})
