// A compose file's keys Docknet does not simulate (io/compose/kept.ts) travel with the diagram:
// imported with it, saved and opened, shared by link, gone with one undo, and written back by
// the compose export.
import { describe, expect, it } from 'vitest'
import * as cli from '../cli/index'
import { composeFiles } from '../io/compose/export'
import { createDocknetStore } from './store'

const newStore = () => createDocknetStore(undefined, { cli })

const FILE = `services:
  web:
    image: nginx
    healthcheck:
      test: ["CMD", "true"]
x-owner: docs team
`

const HEALTHCHECK = { test: ['CMD', 'true'] }

async function imported() {
  const store = newStore()
  // Something of the user's first: importing over the empty world is no undo step.
  store.getState().runCommand('docker network create mine')
  expect(await store.getState().importCompose(FILE, 'shop/compose.yaml')).toBe(true)
  return store
}

/** The compose file the app would export now. */
function exported(store: ReturnType<typeof newStore>): string {
  const { shell, compose } = store.getState()
  const r = composeFiles(shell.topology, compose)
  if (!r.ok) throw new Error(r.error)
  return r.files[0]?.text ?? ''
}

describe('compose keys kept with the diagram', () => {
  it('come in with the import and go out with the export', async () => {
    const store = await imported()
    expect(store.getState().compose?.services['shop-web-1']).toEqual({ healthcheck: HEALTHCHECK })
    expect(exported(store)).toContain('x-owner: docs team')
    expect(exported(store)).toMatch(/healthcheck:\n\s+test:/)
  })

  it('are saved in the document and opened again', async () => {
    const saved = (await imported()).getState().saveDocument()
    expect(JSON.parse(saved).compose.projects.shop).toEqual({ 'x-owner': 'docs team' })
    const other = newStore()
    expect(await other.getState().openDocument(saved)).toBe(true)
    expect(other.getState().compose?.services['shop-web-1']).toEqual({ healthcheck: HEALTHCHECK })
  })

  it('travel in a share link', async () => {
    const link = await (await imported()).getState().shareLink('https://docknet.example/')
    if (!link.ok) throw new Error(link.problem.code)
    const other = newStore()
    expect(await other.getState().openShared(new URL(link.url).hash)).toBe(true)
    expect(exported(other)).toContain('x-owner: docs team')
  })

  it('stay behind, said so, when they would make a share link too long', async () => {
    // Text that compresses badly: a few thousand characters of it do not fit in a link.
    let seed = 7
    const noise = Array.from({ length: 3000 }, () => {
      seed = (seed * 48271) % 2147483647
      return 'abcdefghijklmnopqrstuvwxyz0123456789'[seed % 36]
    }).join('')
    const store = newStore()
    await store.getState().importCompose(`${FILE}x-blob: ${noise}\n`, 'shop/compose.yaml')
    const link = await store.getState().shareLink('https://docknet.example/')
    if (!link.ok) throw new Error(link.problem.code)
    expect(link.note).toContain('did not fit in the link')
    const other = newStore()
    expect(await other.getState().openShared(new URL(link.url).hash)).toBe(true)
    expect([...other.getState().shell.topology.containers.values()].map((c) => c.name)).toEqual([
      'shop-web-1',
    ])
    expect(other.getState().compose).toBeNull()
  })

  it('leave with undo, and a new diagram has none', async () => {
    const store = await imported()
    store.getState().undo()
    expect(store.getState().compose).toBeNull()
    store.getState().redo()
    expect(store.getState().compose).not.toBeNull()
    store.getState().newDocument()
    expect(store.getState().compose).toBeNull()
  })
})
