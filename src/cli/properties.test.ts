import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PersistentMap, type Topology } from '../engine'
import { createShell, execute, runScript, type ShellState } from './index'

const NAMES = ['web', 'db', 'a1', 'b2', 'nosuch']
const NETWORKS = ['n1', 'n2', 'bridge', 'host', 'none', 'container:web', 'container:db', 'nosuch']
const IMAGES = [
  'busybox',
  'nginx',
  'training/postgres',
  'training/webapp',
  'httpd',
  'redis',
  'mystery/app',
]

const name = fc.constantFrom(...NAMES)
const net = fc.constantFrom(...NETWORKS)
const port = fc.constantFrom(
  '80',
  '8080:80',
  '127.0.0.1::80',
  '99999:80',
  '80-81:8000-8002',
  '5432/udp',
  'x',
)

const runFlags = fc.array(
  fc.oneof(
    name.map((n) => `--name ${n}`),
    net.map((n) => `--net ${n}`),
    name.map((n) => `--link ${n}:alias`),
    port.map((p) => `-p ${p}`),
    fc.constant('-d'),
    fc.constant('-P'),
    fc.constant('--rm'),
    fc.constant('-h myhost'),
    fc.constant('--network-alias svc'),
    fc.constant('--ip 172.30.0.9'),
    fc.constant('--expose 3000-3001'),
    fc.constant('-v data:/data'),
    name.map((n) => `--volumes-from ${n}`),
    fc.constant('--dns 1.1.1.1'),
    fc.constant('--bogus'),
  ),
  { maxLength: 4 },
)

const command = fc.oneof(
  fc
    .tuple(
      runFlags,
      fc.constantFrom(...IMAGES),
      fc.constantFrom('', 'env', 'cat /etc/hosts', 'sleep 9', 'ping -c 1 db'),
    )
    .map(([flags, image, cmd]) => `docker run ${flags.join(' ')} ${image} ${cmd}`),
  fc
    .tuple(runFlags, fc.constantFrom(...IMAGES))
    .map(([flags, image]) => `docker create ${flags.join(' ')} ${image}`),
  fc
    .tuple(
      fc.constantFrom('start', 'stop', 'restart', 'rm', 'rm -f', 'kill', 'port', 'inspect', 'logs'),
      name,
    )
    .map(([verb, n]) => `docker ${verb} ${n}`),
  fc
    .tuple(
      fc.constantFrom('n1', 'n2', 'bridge'),
      fc.constantFrom('', '--subnet 172.30.0.0/24', '--internal', '--subnet bad'),
    )
    .map(([n, o]) => `docker network create ${o} ${n}`),
  fc
    .tuple(
      fc.constantFrom('connect', 'disconnect'),
      net,
      name,
      fc.constantFrom('', '--alias x', '--ip 172.30.0.5'),
    )
    .map(([verb, n, c, o]) => `docker network ${verb} ${o} ${n} ${c}`),
  net.map((n) => `docker network rm ${n}`),
  fc.tuple(name, name).map(([a, b]) => `docker rename ${a} ${b}`),
  fc
    .tuple(
      name,
      fc.constantFrom(
        'env',
        'cat /etc/hosts',
        'ping -c 1 web',
        'curl web',
        'wget -qO- db:5432',
        'nslookup web',
        'echo hi > /data/f',
        'cat /data/f',
      ),
    )
    .map(([c, cmd]) => `docker exec ${c} ${cmd}`),
  fc.constantFrom(
    'docker ps -a',
    'docker ps --no-trunc',
    'docker network ls',
    'docker volume ls',
    'dockerd --icc=false',
    'dockerd --icc=true',
    'docker context create vm2',
    'docker --context vm2 ps',
    'iptables -t nat -S',
    'ps aux | grep docker-proxy',
    'docker run -it busybox sh',
    'exit',
    'docker volume rm data',
    "docker inspect -f '{{.Name}}' web",
    'docker run "unterminated',
  ),
)

/** A canonical text of the world, Maps included, for equality checks. */
function snapshot(t: Topology): string {
  return JSON.stringify(t, (_k, v: unknown) =>
    v instanceof Map || v instanceof PersistentMap ? [...v.entries()] : v,
  )
}

/** Commands that either do everything or nothing: a failure must leave the world as it was. */
const ATOMIC =
  /^docker (create|network (create|connect|disconnect)|volume (create|rm)|rename|start \S+$|stop \S+$|context create)/

describe('the simulator under random command sequences', () => {
  // execute catches what a handler throws and answers `internal error`: that answer is the
  // failure this property looks for, so a throwing handler fails it.
  it('never throws, and every answer has an exit status and text, never an internal error', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 25 }), (lines) => {
        let state: ShellState = createShell()
        for (const line of lines) {
          const r = execute(state, line)
          expect(typeof r.output.stdout).toBe('string')
          expect(r.output.stderr, line).not.toContain('internal error')
          expect(Number.isInteger(r.output.exitCode)).toBe(true)
          state = r.state
        }
      }),
      { numRuns: 150 },
    )
  })

  it('leaves the world unchanged when it refuses an all-or-nothing command', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 20 }), command, (setup, probe) => {
        const before = runScript(setup.join('\n')).state
        if (before.inside || !ATOMIC.test(probe)) return
        const r = execute(before, probe)
        if (r.output.exitCode !== 0)
          expect(snapshot(r.state.topology)).toBe(snapshot(before.topology))
      }),
      { numRuns: 200 },
    )
  })

  it('only leaves a created container behind when docker run fails after create', () => {
    fc.assert(
      fc.property(
        fc.array(command, { maxLength: 15 }),
        runFlags,
        fc.constantFrom(...IMAGES),
        (setup, flags, image) => {
          const before = runScript(setup.join('\n')).state
          if (before.inside) return
          const r = execute(before, `docker run -d ${flags.join(' ')} ${image}`)
          if (r.output.exitCode !== 125) return
          const added = [...r.state.topology.containers.values()].filter(
            (c) => !before.topology.containers.has(c.id),
          )
          expect(added.every((c) => c.state === 'created')).toBe(true)
          expect(added.length).toBeLessThanOrEqual(1)
          for (const [id, c] of before.topology.containers)
            expect(r.state.topology.containers.get(id)).toBe(c)
        },
      ),
      { numRuns: 150 },
    )
  })

  it('gives byte-identical output for the same script', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 20 }), (lines) => {
        const script = lines.join('\n')
        expect(JSON.stringify(runScript(script).entries)).toBe(
          JSON.stringify(runScript(script).entries),
        )
      }),
      { numRuns: 60 },
    )
  })
})

describe('a broken world', () => {
  it('answers with an internal error instead of throwing, and keeps the state', () => {
    const healthy = createShell()
    // A host whose daemon lost its default bridge breaks an engine invariant.
    const broken: ShellState = {
      ...healthy,
      topology: { ...healthy.topology, networks: new Map() },
    }
    const r = execute(broken, 'docker run -d busybox')
    expect(r.output.exitCode).toBe(1)
    expect(r.output.stderr).toBe(
      'docknet: internal error: invariant: host default has no default bridge\n',
    )
    expect(r.state).toBe(broken)
  })
})
