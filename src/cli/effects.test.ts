import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Topology } from '../engine'
import { composeEffects, NO_EFFECTS, recreatedFrom, type Effects } from './effects'
import { execute } from './execute'
import { createShell, runScript } from './index'

const world = (script: string) => runScript(script).state

/** The effects by comparing every container of the two worlds: what the journal must equal. */
function compared(before: Topology, after: Topology) {
  const names = (t: Topology) => new Map([...t.containers.values()].map((c) => [c.id, c.name]))
  const [a, b] = [names(before), names(after)]
  return {
    created: [...b.keys()].filter((id) => !a.has(id)).sort(),
    removed: [...a.keys()].filter((id) => !b.has(id)).sort(),
    renamed: [...b]
      .filter(([id, n]) => a.has(id) && a.get(id) !== n)
      .map(([id]) => id)
      .sort(),
  }
}

const ids = (e: Effects) => ({
  created: e.created.map((c) => c.id).sort(),
  removed: e.removed.map((c) => c.id).sort(),
  renamed: e.renamed.map((c) => c.id).sort(),
})

describe('the effects of a command', () => {
  it('names the container a run made, an rm removed and a rename renamed', () => {
    const start = world('docker run -d --name web nginx')
    const web = [...start.topology.containers.values()][0]
    const ran = execute(start, 'docker run -d --name db redis')
    expect(ran.effects.created.map((c) => c.name)).toEqual(['db'])
    const renamed = execute(ran.state, 'docker rename web front')
    expect(renamed.effects.renamed).toEqual([{ id: web?.id, from: 'web', to: 'front' }])
    const removed = execute(renamed.state, 'docker rm -f front')
    expect(removed.effects.removed).toEqual([{ id: web?.id, name: 'front', host: 'default' }])
  })

  it('is none for a command that changes no container, or one Docker refuses', () => {
    const start = world('docker run -d --name web nginx')
    expect(execute(start, 'docker ps').effects).toBe(NO_EFFECTS)
    expect(execute(start, 'docker stop web').effects).toBe(NO_EFFECTS)
    expect(execute(start, 'docker run -d --name web nginx').effects).toBe(NO_EFFECTS)
  })

  it('pairs a container removed and made again under its name as one recreated', () => {
    const start = world('docker run -d --name web nginx')
    const old = [...start.topology.containers.keys()][0]
    const rm = execute(start, 'docker rm -f web')
    const run = execute(rm.state, 'docker run -d --name web -p 80:80 nginx')
    const effects = composeEffects(rm.effects, run.effects)
    const made = run.effects.created[0]?.id ?? ''
    expect([...recreatedFrom(effects)]).toEqual([[made, old]])
    // Under another name only when the gesture says so (a form renaming and recreating).
    const rm2 = execute(start, 'docker rm -f web')
    const run2 = execute(rm2.state, 'docker run -d --name front nginx')
    const both = composeEffects(rm2.effects, run2.effects)
    expect([...recreatedFrom(both)]).toEqual([])
    const front = run2.effects.created[0]?.id ?? ''
    expect([...recreatedFrom(both, [{ from: old ?? '', name: 'front' }])]).toEqual([[front, old]])
  })

  it('equals a comparison of the two worlds, for random command lines', () => {
    const line = fc.constantFrom(
      'docker run -d --name a nginx',
      'docker run -d --name b redis',
      'docker run -d nginx',
      'docker rm -f a',
      'docker rm -f b',
      'docker rename a c',
      'docker rename c a',
      'docker create --name d busybox',
      'docker container prune -f',
      'docker stop a',
    )
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
        let state = createShell()
        for (const l of lines) {
          const r = execute(state, l)
          expect(ids(r.effects)).toEqual(compared(state.topology, r.state.topology))
          state = r.state
        }
      }),
      { numRuns: 200 },
    )
  })
})
