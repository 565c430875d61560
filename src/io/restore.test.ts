import { describe, expect, it } from 'vitest'
import { runScript } from '../cli'
import { toJson } from './document'
import { fromJson, MAX_DOCUMENT_CHARS } from './read'
import type { Damage, ReadProblem } from './read-problem'
import { MAX_CONTAINERS } from './restore'

const SCRIPT = `docker network create backend
docker run -d --name db --network backend redis
docker run -d --name web --link db:db -p 8080:80 nginx
docker volume create data
docker run -d --name w2 -v data:/data busybox sleep 100`

interface Doc {
  currentHost: unknown
  topology: {
    seq: number
    hosts: Record<string, unknown>[]
    networks: Record<string, unknown>[]
    containers: Record<string, unknown>[]
    volumes: Record<string, unknown>[]
  }
}

/** The saved document of SCRIPT's world, as plain JSON to damage. */
function doc(): Doc {
  const { state } = runScript(SCRIPT)
  return JSON.parse(toJson(state.topology, state.currentHost, { positions: {} })) as Doc
}

const container = (d: Doc, name: string) => {
  const c = d.topology.containers.find((x) => x['name'] === name)
  if (!c) throw new Error(`no ${name}`)
  return c
}

const open = (d: unknown) => fromJson(typeof d === 'string' ? d : JSON.stringify(d))

describe('restoring a damaged document', () => {
  it('defaults a container field that is missing, and says so', () => {
    const d = doc()
    delete container(d, 'web')['mounts']
    const r = open(d)
    expect(r.ok && r.repairs).toEqual([
      { code: 'field', where: { kind: 'container', name: 'web' }, key: 'mounts' },
    ])
    expect(r.ok && r.topology.containers.get(container(d, 'web')['id'] as string)?.mounts).toEqual(
      [],
    )
  })

  it('keeps the strings of a list and drops the rest: env [1, null, {}] opens as no env', () => {
    const d = doc()
    container(d, 'db')['env'] = [1, null, {}, 'A=1']
    const r = open(d)
    expect(r.ok && r.repairs).toEqual([
      { code: 'field', where: { kind: 'container', name: 'db' }, key: 'env' },
    ])
    expect(r.ok && r.topology.containers.get(container(d, 'db')['id'] as string)?.env).toEqual([
      'A=1',
    ])
  })

  it('defaults a field of the wrong type: a state that is not a state', () => {
    const d = doc()
    container(d, 'w2')['state'] = 42
    const r = open(d)
    expect(r.ok && r.repairs).toEqual([
      { code: 'field', where: { kind: 'container', name: 'w2' }, key: 'state' },
    ])
    expect(r.ok && r.topology.containers.get(container(d, 'w2')['id'] as string)?.state).toBe(
      'exited',
    )
  })

  it('raises an id counter behind the records, so the next id is not a twin', () => {
    const d = doc()
    d.topology.seq = 1
    const r = open(d)
    expect(r.ok && r.repairs).toEqual([{ code: 'id-counter' }])
    const highest = Math.max(...d.topology.containers.map((c) => c['seq'] as number))
    expect(r.ok && r.topology.seq).toBeGreaterThan(highest)
  })

  it('opens on the first host when the current one is unknown', () => {
    const d = doc()
    d.currentHost = 'nowhere'
    const r = open(d)
    expect(r.ok && r.currentHost).toBe('default')
    expect(r.ok && r.repairs).toEqual([{ code: 'current-host' }])
  })

  it('opens an intact document with no repair', () => {
    const r = open(doc())
    expect(r.ok && r.repairs).toEqual([])
  })

  it.each([
    [
      'two containers named db on one host',
      (d: Doc) => {
        container(d, 'web')['name'] = 'db'
      },
      { code: 'twin-containers', host: 'default', name: 'db' },
    ],
    [
      'no host at all',
      (d: Doc) => {
        d.topology.hosts = []
      },
      { code: 'no-host' },
    ],
    [
      'a container name Docker refuses',
      (d: Doc) => {
        container(d, 'web')['name'] = 'my web'
      },
      { code: 'bad-name', kind: 'container', name: 'my web' },
    ],
    [
      'a container that links to itself',
      (d: Doc) => {
        const web = container(d, 'web')
        web['links'] = [{ childId: web['id'], alias: 'me', ipAtStart: null }]
      },
      { code: 'links-itself', container: 'web' },
    ],
    [
      'a join cycle',
      (d: Doc) => {
        const [a, b] = [container(d, 'web'), container(d, 'w2')]
        a['joinedTo'] = b['id']
        b['joinedTo'] = a['id']
      },
      { code: 'joins-itself', container: 'web' },
    ],
    [
      'a mount of a volume that is not there',
      (d: Doc) => {
        d.topology.volumes = []
      },
      { code: 'missing-volume', container: 'w2', volume: 'data' },
    ],
    [
      'a container without an id',
      (d: Doc) => {
        delete container(d, 'web')['id']
      },
      { code: 'invalid-field', where: { kind: 'container', name: 'web' }, key: 'id' },
    ],
    [
      'a record that is not a record',
      (d: Doc) => {
        d.topology.networks.push(7 as unknown as Record<string, unknown>)
      },
      { code: 'not-a-record', kind: 'network', index: 5 },
    ],
    [
      'two networks of one name on one host',
      (d: Doc) => {
        const backend = d.topology.networks.find((n) => n['name'] === 'backend')
        d.topology.networks.push({ ...backend, id: 'f'.repeat(64) })
      },
      { code: 'twin-networks', name: 'backend' },
    ],
  ] satisfies [string, (d: Doc) => void, Damage][])(
    'refuses %s, with its reason',
    (_, damage, why) => {
      const d = doc()
      damage(d)
      expect(open(d)).toEqual({ ok: false, problem: { code: 'damaged', why } })
    },
  )

  it('keeps a link to a removed child: Docker lets the child go (docker-semantics 2.2)', () => {
    const { state } = runScript(`${SCRIPT}\ndocker rm -f db`)
    const r = fromJson(toJson(state.topology, state.currentHost, { positions: {} }))
    expect(r.ok).toBe(true)
  })
})

describe('files that are not documents at all', () => {
  it.each([
    ['null', { code: 'not-a-document' }],
    ['[]', { code: 'not-a-document' }],
    ['"docknet"', { code: 'not-a-document' }],
    ['42', { code: 'not-a-document' }],
    ['{"format":"docknet"}', { code: 'newer-version', version: 'undefined', reads: 2 }],
    ['{"format":"docknet","version":1}', { code: 'damaged', why: { code: 'no-topology' } }],
    [
      '{"format":"docknet","version":1,"topology":{"hosts":null}}',
      { code: 'damaged', why: { code: 'no-list', key: 'hosts' } },
    ],
    [
      '{"format":"docknet","version":1,"topology":{"hosts":[null],"networks":[],"containers":[],"volumes":[]}}',
      { code: 'damaged', why: { code: 'not-a-record', kind: 'host', index: 1 } },
    ],
    ['', { code: 'not-json' }],
    ['<svg></svg>', { code: 'picture-not-ours', what: 'svg' }],
  ] satisfies [string, ReadProblem][])('refuses %j with its reason', (text, problem) => {
    expect(fromJson(text)).toEqual({ ok: false, problem })
  })
})

describe('opening is bounded in time and size', () => {
  it('refuses a document over the size limit at once, unread', () => {
    const text = `{"format":"docknet",${' '.repeat(MAX_DOCUMENT_CHARS)}}`
    const t0 = performance.now()
    const r = fromJson(text)
    expect(performance.now() - t0).toBeLessThan(200)
    expect(r.ok ? null : r.problem).toEqual({
      code: 'too-large',
      chars: text.length,
      limit: MAX_DOCUMENT_CHARS,
    })
  })

  it(`refuses more than ${MAX_CONTAINERS} containers before restoring any`, () => {
    const d = doc()
    d.topology.containers = Array.from({ length: MAX_CONTAINERS + 1 }, () => ({}))
    expect(open(d)).toEqual({
      ok: false,
      problem: { code: 'too-many-containers', count: MAX_CONTAINERS + 1, limit: MAX_CONTAINERS },
    })
  })

  it('reads crafted SVGs in linear time: many metadata openings, unclosed CDATA', () => {
    const crafted = [
      `<svg>${'<metadata id="docknet-document">'.repeat(90_000)}`,
      `<svg><metadata id="docknet-document">${'<![CDATA['.repeat(300_000)}</metadata></svg>`,
      `<svg><metadata id="docknet-document">${'<![CDATA[x]]>'.repeat(200_000)}</metadata></svg>`,
    ]
    for (const svg of crafted) {
      const t0 = performance.now()
      const r = fromJson(svg)
      expect(performance.now() - t0).toBeLessThan(500)
      expect(r.ok).toBe(false)
    }
  })

  it('refuses deeply nested JSON without throwing', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`
    expect(fromJson(deep)).toEqual({ ok: false, problem: { code: 'not-a-document' } })
  })
})
