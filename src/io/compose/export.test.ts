import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { runScript } from '../../cli'
import type { Topology } from '../../engine'
import { composeCommands } from './compose'
import { composeFiles } from './export'
import { worldShape } from './export-same'

/** `docker compose up` of a compose file, through the import and the simulated CLI. */
function up(yaml: string, path = 'shop/compose.yaml'): Topology {
  const r = composeCommands(yaml, path)
  if (!r.ok) throw new Error(r.error)
  const run = runScript(r.lines.join('\n'))
  for (const e of run.entries) expect(e.stderr ?? '', e.command).toBe('')
  return run.state.topology
}

/** The one compose file a single-host topology exports to. */
function exported(t: Topology): string {
  const r = composeFiles(t)
  if (!r.ok) throw new Error(r.error)
  expect(r.files.map((f) => f.fileName)).toEqual(['compose.yaml'])
  return r.files[0]?.text ?? ''
}

/**
 * compose file → import → topology → export → import again: the same world, and an export of
 * that second world gives the same text (a fixed point). Returns the exported text.
 */
function roundTrip(yaml: string): string {
  const first = up(yaml)
  const text = exported(first)
  const second = up(text, 'elsewhere/compose.yaml')
  expect(worldShape(second)).toEqual(worldShape(first))
  expect(exported(second)).toBe(text)
  return text
}

const SHOP = `
name: shop
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: "pa$$word"
    volumes:
      - data:/var/lib/postgresql/data
      - ./init:/docker-entrypoint-initdb.d:ro
      - /var/cache/pg
    networks:
      back:
        aliases: [database]
        ipv4_address: 10.5.0.10
    restart: unless-stopped
  cache:
    image: redis
    deploy:
      replicas: 3
    networks: [back]
    expose: ["6380"]
  web:
    image: nginx
    command: ["nginx", "-g", "daemon off;"]
    depends_on: [db, cache]
    hostname: shop
    ports:
      - "8080:80"
      - "127.0.0.1:8443:443"
      - "5353:53/udp"
    labels:
      tier: front
    extra_hosts: ["gw=10.0.0.1"]
    dns: [1.1.1.1]
    links: ["db:sql"]
    privileged: true
    networks:
      back: {}
      front: {}
  logs:
    image: busybox
    command: sleep 3600
    volumes_from: ["db:ro"]
    network_mode: none
  probe:
    image: busybox
    command: sleep 3600
    network_mode: service:web
networks:
  back:
    internal: true
    ipam:
      config:
        - subnet: 10.5.0.0/24
          gateway: 10.5.0.1
  front:
    driver_opts:
      com.docker.network.bridge.name: br-front
    attachable: true
    labels:
      team: web
volumes:
  data:
    labels:
      backup: nightly
  spare: {}
`

describe('composeFiles on a world compose made', () => {
  it('writes back its project, services, replicas and keys, in compose canonical key order', () => {
    expect(roundTrip(SHOP)).toBe(`# Compose file exported by Docknet from host default.

name: shop
services:
  db:
    environment:
      POSTGRES_PASSWORD: pa$$word
    image: postgres:16
    networks:
      back:
        aliases:
          - database
        ipv4_address: 10.5.0.10
    restart: unless-stopped
    volumes:
      - data:/var/lib/postgresql/data
      - /shop/init:/docker-entrypoint-initdb.d:ro
      - /var/cache/pg
  cache:
    deploy:
      replicas: 3
    expose:
      - "6380"
    image: redis
    networks:
      - back
  web:
    command: [nginx, -g, daemon off;]
    depends_on:
      - db
    dns:
      - 1.1.1.1
    extra_hosts:
      - gw=10.0.0.1
    hostname: shop
    image: nginx
    labels:
      tier: front
    links:
      - db:sql
    networks:
      - back
      - front
    ports:
      - "8080:80"
      - "127.0.0.1:8443:443"
      - "5353:53/udp"
    privileged: true
  logs:
    command: [sleep, "3600"]
    depends_on:
      - db
    image: busybox
    network_mode: none
    volumes_from:
      - db:ro
  probe:
    command: [sleep, "3600"]
    depends_on:
      - web
    image: busybox
    network_mode: service:web
networks:
  back:
    ipam:
      config:
        - subnet: 10.5.0.0/24
          gateway: 10.5.0.1
    internal: true
  front:
    driver_opts:
      com.docker.network.bridge.name: br-front
    attachable: true
    labels:
      team: web
volumes:
  data:
    labels:
      backup: nightly
  spare: {}
`)
  })

  it('keeps what Docker made of it: names, aliases, addresses, ports, mounts, env, links', () => {
    const t = up(roundTrip(SHOP), 'again/compose.yaml')
    const byName = new Map([...t.containers.values()].map((c) => [c.name, c]))
    expect([...byName.keys()].sort()).toEqual([
      'shop-cache-1',
      'shop-cache-2',
      'shop-cache-3',
      'shop-db-1',
      'shop-logs-1',
      'shop-probe-1',
      'shop-web-1',
    ])
    const db = byName.get('shop-db-1')
    expect(db?.endpoints.map((e) => [e.aliases, e.staticIp])).toEqual([
      [['db', 'database'], '10.5.0.10'],
    ])
    expect(db?.env).toContain('POSTGRES_PASSWORD=pa$word')
    expect(byName.get('shop-cache-2')?.endpoints[0]?.aliases).toEqual(['cache'])
    const web = byName.get('shop-web-1')
    expect(web?.endpoints[0]?.links).toEqual(['shop-db-1:sql'])
    expect(
      web?.ports.map((p) => `${p.hostIp}:${p.hostPort}->${p.containerPort}/${p.proto}`),
    ).toEqual(['0.0.0.0:8080->80/tcp', '127.0.0.1:8443->443/tcp', '0.0.0.0:5353->53/udp'])
    expect(byName.get('shop-logs-1')?.mounts.every((m) => !m.rw)).toBe(true)
    expect(byName.get('shop-probe-1')?.joinedTo).toBe(web?.id)
    const networks = [...t.networks.values()].filter((n) => !n.predefined).map((n) => n.name)
    expect(networks).toEqual(['shop_back', 'shop_front'])
    expect([...t.volumes.values()].filter((v) => !v.anonymous).map((v) => v.name)).toEqual([
      'shop_data',
      'shop_spare',
    ])
  })

  it('writes the default bridge, legacy links and the host network as network_mode', () => {
    const text = roundTrip(`
name: legacy
services:
  db:
    image: mysql
    network_mode: bridge
  cache:
    image: redis
    network_mode: bridge
  app:
    image: training/webapp
    network_mode: bridge
    links: ["db:mysql", cache]
  monitor:
    image: busybox
    command: sleep 1d
    network_mode: host
    restart: always
`)
    const app = parse(text).services.app
    expect(app).toEqual({
      depends_on: ['cache', 'db'],
      image: 'training/webapp',
      links: ['db:mysql', 'cache'],
      network_mode: 'bridge',
    })
    expect(parse(text).services.monitor.network_mode).toBe('host')
  })

  it('keeps container_name, named networks and volumes, and a customised default network', () => {
    const text = roundTrip(`
name: blog
services:
  api:
    image: nginx
    container_name: api
    networks:
      default: {}
      proxy:
        aliases: [blog-api]
    volumes:
      - media:/srv/media:ro
networks:
  default:
    driver_opts:
      com.docker.network.bridge.enable_icc: "false"
  proxy:
    name: edge
volumes:
  media:
    name: blog-media-v2
`)
    const doc = parse(text)
    expect(doc.services.api).toEqual({
      container_name: 'api',
      image: 'nginx',
      networks: { default: {}, proxy: { aliases: ['blog-api'] } },
      volumes: ['media:/srv/media:ro'],
    })
    expect(doc.networks).toEqual({
      default: { driver_opts: { 'com.docker.network.bridge.enable_icc': 'false' } },
      proxy: { name: 'edge' },
    })
    expect(doc.volumes).toEqual({ media: { name: 'blog-media-v2' } })
  })

  it('leaves the default network and the service-name alias to compose', () => {
    const text = roundTrip('name: tiny\nservices:\n  web:\n    image: nginx\n')
    expect(text).toBe(
      '# Compose file exported by Docknet from host default.\n\nname: tiny\nservices:\n  web:\n    image: nginx\n',
    )
  })

  it('writes replicas apart when they differ, each with its container name', () => {
    const first = up(`
name: shop
services:
  web:
    image: nginx
    deploy: { replicas: 2 }
`)
    const run = runScript(
      'docker rm -f shop-web-2\ndocker run -d --name shop-web-2 --network shop_default --network-alias web -e MODE=canary nginx',
      { ...runScript('').state, topology: first },
    )
    expect(run.entries.map((e) => e.stderr ?? '')).toEqual(['', ''])
    const doc = parse(exported(run.state.topology))
    expect(Object.keys(doc.services)).toEqual(['shop-web-1', 'shop-web-2'])
    expect(doc.services['shop-web-2']).toEqual({
      container_name: 'shop-web-2',
      environment: { MODE: 'canary' },
      image: 'nginx',
      networks: { default: { aliases: ['web'] } },
    })
  })
})
