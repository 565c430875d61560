// Values a user can type that mean something to a shell, YAML or HTML come back from the
// docker script and compose exports exactly as typed, never run or reinterpreted.
import { describe, expect, it } from 'vitest'
import { runScript } from '../cli'
import type { Topology } from '../engine'
import { shWord } from './script-words'
import { toScript } from './script'
import { composeCommands } from './compose/compose'
import { composeFiles } from './compose/export'

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  'it\'s "quoted" `and` $(id) ${HOME} $$',
  'a ]]> b',
  'two\nlines',
  '# not a comment: yes',
  '*',
]

function world(): Topology {
  const flags = HOSTILE.flatMap((v, i) => ['-e', shWord(`V${i}=${v}`)])
  const labels = HOSTILE.flatMap((v, i) => ['--label', shWord(`l${i}=${v}`)])
  const run = runScript(`docker run -d --name web ${[...flags, ...labels].join(' ')} nginx`)
  expect(run.entries.map((e) => e.stderr)).toEqual([''])
  return run.state.topology
}

const webOf = (t: Topology) => [...t.containers.values()].find((c) => c.name.endsWith('web'))

function expectSameValues(t: Topology) {
  const c = webOf(t)
  HOSTILE.forEach((v, i) => {
    expect(c?.env).toContain(`V${i}=${v}`)
    expect(c?.labels[`l${i}`]).toBe(v)
  })
}

describe('hostile values through the exports', () => {
  it('come back from the docker script as typed', () => {
    const s = toScript(world())
    if (!s.ok) throw new Error(s.error)
    const again = runScript(s.script)
    expect(again.entries.filter((e) => e.exitCode !== 0)).toEqual([])
    expectSameValues(again.state.topology)
  })

  it('come back from the compose file as typed', () => {
    const files = composeFiles(world())
    if (!files.ok) throw new Error(files.error)
    const r = composeCommands(files.files[0]?.text ?? '', 'x/compose.yaml')
    if (!r.ok) throw new Error(r.error)
    const again = runScript(r.lines.join('\n'))
    expect(again.entries.filter((e) => e.exitCode !== 0)).toEqual([])
    expectSameValues(again.state.topology)
  })
})
