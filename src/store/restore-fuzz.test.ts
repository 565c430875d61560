/**
 * A fuzz of damaged documents: every example's saved document, damaged at random (a field
 * deleted, replaced by any JSON value, a list item doubled), is either refused with a message
 * or opened — and then everything the app does with a world works on it: the canvas, every
 * card's inspector, the diagnostics, the matrix, and docker commands, none of which throws or
 * prints an internal error.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as cli from '../cli/index'
import { fromJson } from '../io/read'
import { SCENARIOS } from '../scenarios'
import { createDocknetStore } from './store'
import { diagnostics } from './diagnostics'
import { matrixAxes, matrixCell, matrixProof } from './matrix'
import { containerFact, containerView, hostView, networkView, reachRow, volumeView } from './views'

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/** Each example's world, saved. */
const SAVED: readonly string[] = SCENARIOS.map((s) => {
  const store = createDocknetStore(undefined, { cli })
  store.getState().loadScript(s.script)
  return store.getState().saveDocument()
})

/** Every path into the document's topology and layout, to damage one of them. */
function paths(value: Json, at: (string | number)[] = []): (string | number)[][] {
  const here = at.length > 1 ? [at] : []
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => paths(v, [...at, i]))]
  if (value && typeof value === 'object')
    return [...here, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...at, k]))]
  return here
}

type Damage = { kind: 'delete' } | { kind: 'replace'; value: unknown } | { kind: 'double' }

const damageArb: fc.Arbitrary<Damage> = fc.oneof(
  fc.constant({ kind: 'delete' as const }),
  fc.constant({ kind: 'double' as const }),
  fc.record({ kind: fc.constant('replace' as const), value: fc.jsonValue({ maxDepth: 2 }) }),
)

function damage(doc: Json, path: (string | number)[], d: Damage): void {
  let parent = doc as Record<string | number, Json>
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>
  const key = path.at(-1) as string | number
  if (d.kind === 'replace') parent[key] = d.value as Json
  else if (Array.isArray(parent) && typeof key === 'number')
    parent.splice(key, d.kind === 'delete' ? 1 : 0, ...(d.kind === 'double' ? [parent[key]] : []))
  else if (d.kind === 'delete') delete parent[key]
  else parent[key] = [parent[key] ?? null]
}

/** Everything the app computes from a world, for every record in it. */
async function useEverything(text: string): Promise<void> {
  const store = createDocknetStore(undefined, { cli })
  expect(await store.getState().openDocument(text)).toBe(true)
  const t = store.getState().shell.topology
  expect(store.getState().nodes.length).toBeGreaterThan(0)
  for (const id of t.containers.keys()) {
    containerView(t, id)
    for (const fact of ['hosts', 'resolvConf', 'env', 'dns'] as const) containerFact(t, id, fact)
    reachRow(t, id)
  }
  for (const name of t.hosts.keys()) hostView(t, name)
  for (const id of t.networks.keys()) networkView(t, id)
  for (const key of t.volumes.keys()) volumeView(t, key)
  diagnostics(t)
  const picked = matrixAxes(t).entries.slice(0, 4)
  for (const from of picked)
    for (const to of picked) {
      matrixCell(t, from.id, to.id)
      matrixProof(t, from.id, to.id)
    }
  for (const line of [
    'docker ps -a',
    'docker network ls',
    'docker volume ls',
    'docker run -d --name fuzz busybox sleep 1',
    ...[...t.containers.values()].flatMap((c) => [
      `docker inspect ${c.id}`,
      `docker start ${c.id}`,
    ]),
  ]) {
    store.getState().runCommand(line)
    const last = store.getState().transcript.at(-1)
    expect(last?.stderr ?? '', line).not.toContain('internal error')
  }
}

describe('a fuzz of damaged documents', () => {
  it('opens each with defaults and notes, or refuses it with a message; none breaks the app', async () => {
    const seen = { tried: 0, refused: 0, repaired: 0, intact: 0 }
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: SAVED.length - 1 }),
        fc.nat(),
        fc.array(damageArb, { minLength: 1, maxLength: 3 }),
        async (which, pick, damages) => {
          const doc = JSON.parse(SAVED[which] ?? '') as Json
          for (const d of damages) {
            const all = paths(doc)
            const path = all[pick % all.length]
            if (path) damage(doc, path, d)
          }
          const text = JSON.stringify(doc)
          const t0 = performance.now()
          const r = fromJson(text)
          expect(performance.now() - t0).toBeLessThan(1000)
          seen.tried++
          if (!r.ok) {
            seen.refused++
            expect(r.problem.code).toMatch(/^[a-z-]+$/)
            return
          }
          if (r.repairs.length > 0) seen.repaired++
          else seen.intact++
          await useEverything(text)
        },
      ),
      { numRuns: 300, seed: 20261206 },
    )
    // The fuzz reaches both ways out: some documents are refused, some opened with repairs.
    expect(seen.refused).toBeGreaterThan(10)
    expect(seen.repaired).toBeGreaterThan(10)
    if (process.env['FUZZ_FIGURES']) console.log(seen)
    // 300 whole documents opened and used take ~2 s alone, over 5 on a busy 2-core machine.
  }, 30_000)
})
