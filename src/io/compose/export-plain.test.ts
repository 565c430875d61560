import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { runScript } from '../../cli'
import type { Topology } from '../../engine'
import { composeCommands } from './compose'
import { composeFiles } from './export'
import { worldShape } from './export-same'

/** A world made by docker commands; every one must succeed. */
function docker(script: string): Topology {
  const run = runScript(script.trim())
  for (const e of run.entries) expect(e.exitCode, `${e.command}: ${e.stderr ?? ''}`).toBe(0)
  return run.state.topology
}

function up(yaml: string): Topology {
  const r = composeCommands(yaml, 'somewhere/compose.yaml')
  if (!r.ok) throw new Error(r.error)
  return docker(r.lines.join('\n'))
}

function exported(t: Topology): string {
  const r = composeFiles(t)
  if (!r.ok) throw new Error(r.error)
  return r.files[0]?.text ?? ''
}

const failure = (t: Topology) => {
  const r = composeFiles(t)
  return r.ok ? 'exported' : r.error
}

describe('composeFiles on a world made by docker commands', () => {
  const world = () =>
    docker(`
docker network create --subnet 10.9.0.0/24 --label owner=ops app-net
docker volume create --label keep=yes pgdata
docker run -d --name db --network app-net --network-alias sql --ip 10.9.0.5 -v pgdata:/var/lib/postgresql/data postgres
docker run -d --name web --network app-net -p 8080:80 -e GREETING=hi --restart always nginx
docker network connect bridge web
docker run -d --name old redis
docker stop old
`)

  it('keeps every name exact: container_name, networks and volumes by name:', () => {
    const t = world()
    // The default bridge cannot be one of a service's networks.
    expect(failure(t)).toBe(
      'host default: compose cannot express container "web": it is connected to bridge too, a network compose cannot declare',
    )
    const ok = docker(`
docker network create --subnet 10.9.0.0/24 --label owner=ops app-net
docker volume create --label keep=yes pgdata
docker run -d --name db --network app-net --network-alias sql --ip 10.9.0.5 -v pgdata:/var/lib/postgresql/data postgres
docker run -d --name web --network app-net -p 8080:80 -e GREETING=hi --restart always nginx
docker run -d --name old redis
docker stop old
`)
    const text = exported(ok)
    expect(text).toBe(`# Compose file exported by Docknet from host default.
# Stopped here, but compose up starts every service: old.

name: default
services:
  db:
    container_name: db
    image: postgres
    networks:
      app-net:
        aliases:
          - sql
        ipv4_address: 10.9.0.5
    volumes:
      - pgdata:/var/lib/postgresql/data
  web:
    container_name: web
    environment:
      GREETING: hi
    image: nginx
    networks:
      - app-net
    ports:
      - "8080:80"
    restart: always
  old:
    container_name: old
    image: redis
    network_mode: bridge
networks:
  app-net:
    name: app-net
    ipam:
      config:
        - subnet: 10.9.0.0/24
    labels:
      owner: ops
volumes:
  pgdata:
    name: pgdata
    labels:
      keep: "yes"
`)
    const again = up(text)
    expect(worldShape(again, { loose: true }).containers).toEqual(
      worldShape(ok, { loose: true }).containers,
    )
    expect(exported(again)).toBe(text.replace(/^# Stopped.*\n/m, ''))
  })

  it('writes -P as the exposed ports it publishes, and the implied ports nowhere else', () => {
    const t = docker('docker run -d --name api -P --expose 9000 -p 8443:443 nginx')
    expect(parse(exported(t)).services.api).toEqual({
      container_name: 'api',
      image: 'nginx',
      network_mode: 'bridge',
      ports: ['8443:443', '80', '9000'],
    })
  })

  it('says in the header what compose does not make', () => {
    const t = docker(`
docker network create spare
docker run -d --rm --name job busybox sleep 60
docker run -d -v /cache --name tmp busybox sleep 60
docker rm -f tmp
`)
    expect(exported(t).split('\n\n')[0]).toBe(
      [
        '# Compose file exported by Docknet from host default.',
        '# Removed when they stop (docker run --rm), which compose cannot say: job.',
        '# Not made: networks no service joins (compose makes only those): spare.',
        '# Not made: 1 anonymous volume(s) no container mounts.',
      ].join('\n'),
    )
  })

  it('writes one file per host, each saying it is one of several', () => {
    const t = docker(`
docker context create vm2 --docker host=tcp://192.168.1.11:2375
docker run -d --name web nginx
docker --context vm2 run -d --name db --network none postgres
`)
    const r = composeFiles(t)
    if (!r.ok) throw new Error(r.error)
    expect(r.files.map((f) => [f.host, f.fileName])).toEqual([
      ['default', 'compose.default.yaml'],
      ['vm2', 'compose.vm2.yaml'],
    ])
    for (const f of r.files)
      expect(f.text).toContain(
        "# One of 2 files, one per Docker host (compose.default.yaml, compose.vm2.yaml): run each with its host's daemon.",
      )
    expect(parse(r.files[1]?.text ?? '')).toEqual({
      name: 'vm2',
      services: { db: { container_name: 'db', image: 'postgres', network_mode: 'none' } },
    })
  })
})

describe('what compose cannot express', () => {
  it('is refused, naming the container and what', () => {
    expect(
      failure(docker('docker network create --subnet 10.3.0.0/24 a\ndocker network create b')),
    ).toBe('no container to export: a compose file is made of services.')
    const linkedLater = docker(`
docker network create a
docker network create b
docker run -d --name db --network a redis
docker run -d --name web --network a nginx
docker network connect --link db:cache b web
`)
    expect(failure(linkedLater)).toBe(
      'host default: compose cannot express container "web": it has links on a network other than its first (compose links on the first)',
    )
    const reordered = docker(`
docker network create a
docker network create b
docker run -d --name web --network a nginx
docker network connect b web
docker network disconnect a web
docker network connect a web
`)
    expect(failure(reordered)).toBe(
      'host default: compose cannot express container "web": its first network is not the one it was created on (compose creates a container on the first network it lists)',
    )
  })
})

describe('hostile values', () => {
  const values = [
    'pa$$word',
    '${HOME}',
    '$HOME and $$',
    'it\'s "quoted"',
    'line one\nline two',
    '# not a comment',
    'key: value',
    '- item',
    '*alias &anchor !tag',
    '{a: 1}',
    'true',
    'yes',
    'Off',
    '~',
    '8080:80',
    '0o17',
    '2001-01-01',
    '0x1F',
    '',
    ' padded ',
    'ünïcödé 🐳 ‮',
  ]

  it('survive export and import as written, every $ doubled in the file', () => {
    const env = values.map((v, i) => `-e 'V${i}=${v.replace(/'/g, `'\\''`)}'`).join(' ')
    const labels = values.map((v, i) => `--label 'l${i}=${v.replace(/'/g, `'\\''`)}'`).join(' ')
    const t = docker(
      `docker network create my.net_1\ndocker run -d --name a.b_c-1 --network my.net_1 --network-alias 'x.y' ${env} ${labels} busybox echo '$1' "a b" '#'`,
    )
    const text = exported(t)
    expect(text).toContain('V0: pa$$$$word')
    expect(text).not.toMatch(/[^$]\$\{HOME\}/)
    // YAML 1.1 readers (older tools) read the same strings as compose's YAML 1.2 reader.
    expect(parse(text, { version: '1.1' })).toEqual(parse(text))
    const again = up(text)
    const [before] = worldShape(t, { loose: true }).containers
    const [after] = worldShape(again, { loose: true }).containers
    expect(after).toEqual(before)
    expect(after?.env).toContain('V0=pa$$word')
    expect(after?.cmd).toEqual(['echo', '$1', 'a b', '#'])
    expect(exported(again)).toBe(text)
  })
})
