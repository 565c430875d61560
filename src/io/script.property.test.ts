import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { runScript } from '../cli'
import { generateTopology } from '../engine/generate'
import { toScript } from './script'
import { topologyShape } from './script-equal'

describe('toScript over random topologies', () => {
  it('replays through the simulated CLI, every line succeeding, into an equal topology', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 2 ** 30 }),
        (n, seed) => {
          const { topology } = generateTopology(n, seed)
          const exported = toScript(topology)
          if (!exported.ok) throw new Error(exported.error)
          const { state, entries } = runScript(exported.script)
          expect(entries.filter((e) => e.exitCode !== 0)).toEqual([])
          expect(topologyShape(state.topology)).toEqual(topologyShape(topology))
        },
      ),
      { numRuns: 25 },
    )
  })
})
