// @vitest-environment jsdom
// A Mermaid or draw.io export Docknet wrote opens again as its world (embedded.ts): draw.io
// through the document on its root cell, Mermaid through the docker script in its comments.
import { describe, expect, it } from 'vitest'
import { runScript } from '../cli'
import type { Topology } from '../engine'
import type { Diagram } from './diagram'
import { toJson } from './document'
import { toDrawio } from './drawio'
import { embeddedIn } from './embedded'
import { toMermaid } from './mermaid'
import { fromJson } from './read'
import { topologyShape } from './script-equal'
import { toScript } from './script'

// A label and an env value holding what XML, Mermaid and the shell each read specially.
const WORLD = [
  'docker network create --label \'note=<a href="x&y">]]> 100%% %%{init}%%\' appnet',
  "docker run -d --name web --network appnet -e 'GREETING=50% off\nnext line' nginx",
  'docker run -d --name db --network appnet redis',
].join('\n')

function world(): Topology {
  const r = runScript(WORLD)
  expect(r.entries.map((e) => e.stderr)).toEqual(['', '', ''])
  return r.state.topology
}

/** The picture itself does not matter here: what the file carries does. */
const diagram = (_: Topology): Diagram => ({ title: 'Shop', cards: [], edges: [] })

describe('a draw.io export', () => {
  it('is well-formed XML and opens again as the same world', () => {
    const t = world()
    const text = toDrawio(diagram(t), toJson(t, 'default', { positions: {} }))
    const xml = new DOMParser().parseFromString(text, 'application/xml')
    expect(xml.querySelector('parsererror')).toBeNull()
    expect(xml.querySelector('object[id="0"] > mxCell')).not.toBeNull()
    const back = fromJson(text)
    if (!back.ok) throw new Error(back.problem.code)
    expect(topologyShape(back.topology)).toEqual(topologyShape(t))
  })

  it('made elsewhere, or without its document, is refused with a reason', () => {
    const bare = toDrawio(diagram(world()))
    expect(fromJson(bare)).toEqual({
      ok: false,
      problem: { code: 'picture-not-ours', what: 'drawio' },
    })
  })
})

describe('a Mermaid export', () => {
  it('carries the docker script in comments, and its world comes back from it', () => {
    const t = world()
    const script = toScript(t)
    if (!script.ok) throw new Error(script.error)
    const text = toMermaid(diagram(t), script.script)
    expect(text).not.toMatch(/%%\{|\}%%/)
    const carried = embeddedIn(text)
    expect(carried).toEqual({ kind: 'mermaid', script: script.script })
    const again = runScript(carried?.kind === 'mermaid' ? (carried.script ?? '') : '')
    expect(again.entries.filter((e) => e.exitCode !== 0)).toEqual([])
    expect(topologyShape(again.state.topology)).toEqual(topologyShape(t))
  })

  it('without a script opens as nothing, with a reason', () => {
    expect(embeddedIn(toMermaid(diagram(world())))).toEqual({ kind: 'mermaid', script: null })
    expect(fromJson(toMermaid(diagram(world())))).toEqual({
      ok: false,
      problem: { code: 'mermaid-not-ours' },
    })
  })

  it('is not taken for anything else', () => {
    expect(embeddedIn('{"format":"docknet"}')).toBeNull()
    expect(embeddedIn('<svg xmlns="http://www.w3.org/2000/svg"/>')).toBeNull()
  })
})
