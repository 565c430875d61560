/**
 * compose → document → compose, over random topologies: a compose file imported (the commands
 * compose up runs, through the simulated CLI), saved as a Docknet document and opened again
 * (the reader's defensive restore), exports the same compose file and is the same world.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { runScript } from '../../cli'
import type { Topology } from '../../engine'
import { generateTopology } from '../../engine/generate'
import { toJson } from '../document'
import { fromJson } from '../read'
import { topologyShape } from '../script-equal'
import { composeCommands } from './compose'
import { composeFiles } from './export'
import { worldShape } from './export-same'

/** The one compose file a one-host world exports. */
function exported(t: Topology): string {
  const r = composeFiles(t)
  if (!r.ok) throw new Error(r.error)
  expect(r.files).toHaveLength(1)
  return r.files[0]?.text ?? ''
}

/** The world `docker compose up` makes of `text`, every command accepted. */
function up(text: string): { topology: Topology; currentHost: string } {
  const r = composeCommands(text, 'stack/compose.yaml')
  if (!r.ok) throw new Error(r.error)
  const run = runScript(r.lines.join('\n'))
  expect(run.entries.filter((e) => e.exitCode !== 0).map((e) => [e.command, e.stderr])).toEqual([])
  return run.state
}

const withoutComments = (text: string) => text.replace(/^#.*\n/gm, '')

/**
 * The file as a user would write it, letting compose name the containers
 * (`<project>-<service>-1`): the export then finds the services by those names.
 */
const withoutContainerNames = (text: string) => text.replace(/^ {4}container_name: .*\n/gm, '')

describe('a compose file saved as a document and opened again', () => {
  it('exports the same compose file and is the same world', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 2 ** 30 }),
        fc.integer({ min: -2000, max: 2000 }),
        fc.boolean(),
        (n, seed, offset, namedByCompose) => {
          const written = exported(generateTopology(n, seed).topology)
          const text = namedByCompose ? withoutContainerNames(written) : written
          const imported = up(text)
          if (namedByCompose)
            for (const c of imported.topology.containers.values())
              expect(c.name).toMatch(/^default-c\d+-1$/)
          // The cards where a user left them: the document carries the layout too.
          const positions = Object.fromEntries(
            [...imported.topology.containers.values()].map((c, i) => [
              `container:${c.id}`,
              { x: offset + 10 * i, y: offset - 7 * i },
            ]),
          )
          const saved = toJson(imported.topology, imported.currentHost, { positions })
          const opened = fromJson(saved)
          if (!opened.ok) throw new Error(opened.problem.code)
          // A document Docknet wrote needs no repair.
          expect(opened.repairs).toEqual([])
          expect(opened.layout.positions).toEqual(positions)
          expect(opened.currentHost).toBe(imported.currentHost)
          expect(worldShape(opened.topology)).toEqual(worldShape(imported.topology))
          expect(topologyShape(opened.topology)).toEqual(topologyShape(imported.topology))

          const again = exported(opened.topology)
          expect(again).toBe(exported(imported.topology))
          // The header may note what the random world had that compose does not make (an
          // unused network, a stopped container); the services, networks and volumes match.
          expect(withoutComments(again)).toBe(withoutComments(text))
        },
      ),
      { numRuns: 20 },
    )
  }, 30_000)
})
