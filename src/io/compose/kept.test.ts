// What Docknet does not simulate in a compose file is kept as written and written back by the
// export, in compose's canonical key order (compose-go types.go field order), so that
// compose -> Docknet -> compose loses nothing.
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { runScript } from '../../cli'
import { composeCommands } from './compose'
import { composeFiles } from './export'
import { restoreKept } from './kept'

const FILE = `
x-common: &common
  restart: always
services:
  web:
    <<: *common
    image: nginx
    healthcheck:
      test: ["CMD", "curl", "-f", "http://localhost"]
      interval: 30s
    logging:
      driver: json-file
    depends_on: [db]
  db:
    image: postgres:16
    build: ./db
    env_file: db.env
    deploy:
      replicas: 2
    cap_add: [NET_ADMIN]
configs:
  site:
    file: ./site.conf
`

function roundTrip(text: string) {
  const r = composeCommands(text, 'shop/compose.yaml')
  if (!r.ok) throw new Error(r.error)
  const { state } = runScript(r.lines.join('\n'))
  const out = composeFiles(state.topology, r.kept)
  if (!out.ok) throw new Error(out.error)
  return { kept: r.kept, text: out.files[0]?.text ?? '' }
}

describe('keys kept for export', () => {
  it('are the service and top-level keys the import does not simulate, by container', () => {
    const { kept } = roundTrip(FILE)
    expect(Object.keys(kept.projects.shop ?? {})).toEqual(['x-common', 'configs'])
    expect(kept.services['shop-web-1']).toEqual({
      depends_on: ['db'],
      healthcheck: { test: ['CMD', 'curl', '-f', 'http://localhost'], interval: '30s' },
      logging: { driver: 'json-file' },
    })
    expect(kept.services['shop-db-2']).toEqual({
      build: './db',
      env_file: 'db.env',
      deploy: { replicas: 2 },
      cap_add: ['NET_ADMIN'],
    })
  })

  it('are written back, each where compose puts it', () => {
    const { text } = roundTrip(FILE)
    const doc = parse(text) as Record<string, Record<string, Record<string, unknown>>>
    expect(Object.keys(doc)).toEqual(
      ['name', 'services', 'networks', 'configs', 'x-common'].filter((k) => k in doc),
    )
    expect(Object.keys(doc)).toContain('configs')
    expect(doc.services?.web?.healthcheck).toEqual({
      test: ['CMD', 'curl', '-f', 'http://localhost'],
      interval: '30s',
    })
    expect(Object.keys(doc.services?.db ?? {})).toEqual([
      'build',
      'cap_add',
      'deploy',
      'env_file',
      'image',
    ])
  })

  it('keep depends_on with what the export adds for a link, in the long form too', () => {
    const long = `services:
  web:
    image: nginx
    links: [cache]
    depends_on:
      db: { condition: service_healthy }
  db: { image: postgres:16 }
  cache: { image: redis }
`
    const doc = parse(roundTrip(long).text) as Record<
      string,
      Record<string, Record<string, unknown>>
    >
    expect(doc.services?.web?.depends_on).toEqual({
      db: { condition: 'service_healthy' },
      cache: { condition: 'service_started' },
    })
  })

  it('are each named with their line: extensions and depends_on conditions too', () => {
    const r = composeCommands(
      FILE.replace('depends_on: [db]', 'depends_on:\n      db: { condition: service_healthy }'),
      'shop/compose.yaml',
    )
    if (!r.ok) throw new Error(r.error)
    expect(r.notes).toContain(
      'compose.yaml: x-common (line 2): an extension; kept as written, and written back on export.',
    )
    expect(r.notes).toContain(
      'compose.yaml: services.web.depends_on.db.condition (line 14): service_healthy is not waited on (started in order only); kept as written, and written back on export.',
    )
  })

  it("keep deploy keys besides replicas, whose count is the world's", () => {
    const file = `services:
  web:
    image: nginx
    deploy:
      replicas: 2
      resources: { limits: { cpus: '0.5' } }
`
    const r = composeCommands(file, 'shop/compose.yaml')
    if (!r.ok) throw new Error(r.error)
    expect(r.notes).toContain(
      'compose.yaml: services.web.deploy.resources (line 6): not simulated; kept as written, and written back on export.',
    )
    const deployOf = (lines: readonly string[]) => {
      const out = composeFiles(runScript(lines.join('\n')).state.topology, r.kept)
      if (!out.ok) throw new Error(out.error)
      const doc = parse(out.files[0]?.text ?? '') as Record<
        string,
        Record<string, Record<string, unknown>>
      >
      return doc.services?.web?.deploy
    }
    expect(deployOf(r.lines)).toEqual({ replicas: 2, resources: { limits: { cpus: '0.5' } } })
    // One replica removed in Docknet: the file says one (no replicas key), and keeps the rest.
    expect(deployOf([...r.lines, 'docker rm -f shop-web-2'])).toEqual({
      resources: { limits: { cpus: '0.5' } },
    })
  })

  it('survive a second round trip unchanged', () => {
    const once = roundTrip(FILE).text
    expect(roundTrip(once).text).toBe(once)
  })

  it('are read back from a saved document only as plain data', () => {
    expect(restoreKept({ projects: { p: { 'x-a': 1 } }, services: { web: 'no' } })).toEqual({
      projects: { p: { 'x-a': 1 } },
      services: {},
    })
    expect(restoreKept({ projects: [], services: {} })).toBeNull()
    expect(restoreKept('x')).toBeNull()
    const deep: Record<string, unknown> = {}
    let at = deep
    for (let i = 0; i < 100; i++) at = at.x = {}
    expect(restoreKept({ projects: {}, services: { web: deep } })).toBeNull()
  })
})
