// Documents of version 1 saved a container's networkMode as Docker's string; version 2 saves the
// union. Both open, the old one without a repair note.
import { describe, expect, it } from 'vitest'
import { runScript } from '../cli'
import { DOCUMENT_VERSION, toJson } from './document'
import { fromJson } from './read'

const SCRIPT = `docker network create backend
docker run -d --name db --network backend redis
docker run -d --name web nginx
docker run -d --name side --network container:web busybox sleep 100
docker run -d --name onhost --network host busybox sleep 100
docker run -d --name alone --network none busybox sleep 100`

interface Doc {
  version: number
  topology: { containers: Record<string, unknown>[] }
}

function saved(): Doc {
  const { state } = runScript(SCRIPT)
  return JSON.parse(toJson(state.topology, state.currentHost, { positions: {} })) as Doc
}

const modes = (text: string) => {
  const r = fromJson(text)
  if (!r.ok) throw new Error(r.problem.code)
  const byName = Object.fromEntries(
    [...r.topology.containers.values()].map((c) => [c.name, c.networkMode]),
  )
  return { byName, repairs: r.repairs }
}

describe('a container’s network mode in a saved document', () => {
  it('is saved as the union, in a version 2 document', () => {
    const d = saved()
    expect(d.version).toBe(DOCUMENT_VERSION)
    expect(d.topology.containers.find((c) => c['name'] === 'db')?.['networkMode']).toEqual({
      kind: 'network',
      ref: 'backend',
    })
  })

  it('opens from a version 1 document, which saved Docker’s string', () => {
    const d = saved()
    const web = d.topology.containers.find((c) => c['name'] === 'web')
    const ids = Object.fromEntries(d.topology.containers.map((c) => [c['name'], c['id']]))
    const old: Record<string, string> = {
      db: 'backend',
      web: 'bridge',
      side: `container:${String(web?.['id'])}`,
      onhost: 'host',
      alone: 'none',
    }
    for (const c of d.topology.containers) c['networkMode'] = old[String(c['name'])]
    const { byName, repairs } = modes(JSON.stringify({ ...d, version: 1 }))
    expect(repairs).toEqual([])
    expect(byName).toEqual({
      db: { kind: 'network', ref: 'backend' },
      web: { kind: 'bridge' },
      side: { kind: 'container', ref: ids['web'] },
      onhost: { kind: 'host' },
      alone: { kind: 'none' },
    })
  })

  it('defaults a damaged one to the default bridge, and says so', () => {
    const d = saved()
    const db = d.topology.containers.find((c) => c['name'] === 'db')
    if (db) db['networkMode'] = { kind: 'network' }
    const { byName, repairs } = modes(JSON.stringify(d))
    expect(byName['db']).toEqual({ kind: 'bridge' })
    expect(repairs).toEqual([
      { code: 'field', where: { kind: 'container', name: 'db' }, key: 'networkMode' },
    ])
  })
})
