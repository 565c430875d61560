import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { runScript } from '../../cli'
import type { Topology } from '../../engine'
import { generateTopology } from '../../engine/generate'
import { composeCommands } from './compose'
import { composeFiles } from './export'
import { worldShape } from './export-same'

function exportText(t: Topology): string {
  const r = composeFiles(t)
  if (!r.ok) throw new Error(r.error)
  expect(r.files).toHaveLength(1)
  return r.files[0]?.text ?? ''
}

const withoutComments = (text: string) => text.replace(/^#.*\n/gm, '')

function up(text: string): Topology {
  const r = composeCommands(text, 'export/compose.yaml')
  if (!r.ok) throw new Error(r.error)
  const run = runScript(r.lines.join('\n'))
  expect(run.entries.filter((e) => e.exitCode !== 0).map((e) => [e.command, e.stderr])).toEqual([])
  return run.state.topology
}

describe('composeFiles over random one-host topologies', () => {
  it('exports a file that imports to the same world, whose export is the same file', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 2 ** 30 }),
        (n, seed) => {
          const { topology } = generateTopology(n, seed)
          const text = exportText(topology)
          const imported = up(text)
          expect(worldShape(imported, { loose: true })).toEqual(
            worldShape(topology, { loose: true }),
          )
          // The header may note what the random world had that compose does not make (an
          // unused network, a stopped container); the services, networks and volumes match.
          const again = exportText(imported)
          expect(withoutComments(again)).toBe(withoutComments(text))
          const third = up(again)
          expect(worldShape(third)).toEqual(worldShape(imported))
          expect(exportText(third)).toBe(again)
        },
      ),
      { numRuns: 20 },
    )
  })
})
