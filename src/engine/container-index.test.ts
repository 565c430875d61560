import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  containerByName,
  containersByIdPrefix,
  dnsAddresses,
  linksTo,
  lowestFreeAddress,
  hostNetworked,
  joinedTo,
  networkMembers,
  portBoundOn,
  runningAt,
  volumeUsers,
} from './container-index'
import { createContainer } from './container-create'
import {
  removeContainer,
  renameContainer,
  startContainer,
  stopContainer,
} from './container-lifecycle'
import { networkDnsTable, networkDnsTables } from './dns'
import { generateTopology } from './generate'
import { parseIpv4 } from './ip'
import type { Container, Result, Topology } from './model'
import { connectContainer, disconnectContainer } from './networks'

const NAMES = ['web', 'db', 'c1', 'c2', 'c3', 'renamed']

/** One edit of the world, on the container at `pick` (modulo the count). */
type Edit = (t: Topology, id: string) => Result<Topology, unknown>
const EDITS: Record<string, Edit> = {
  stop: (t, id) => stopContainer(t, id),
  start: (t, id) => startContainer(t, id),
  remove: (t, id) => removeContainer(t, id, { force: true }),
  rename: (t, id) => renameContainer(t, id, 'renamed'),
  connect: (t, id) => connectContainer(t, t.containers.get(id)?.host ?? '', 'bridge', id),
  disconnect: (t, id) => disconnectContainer(t, t.containers.get(id)?.host ?? '', 'bridge', id),
  create: (t, id) => {
    const made = createContainer(t, t.containers.get(id)?.host ?? 'default', {
      image: 'nginx',
      name: 'web',
      links: [`${id}:db`],
      publish: [{ containerPort: 80, proto: 'tcp', hostIp: '', hostPortStart: 0, hostPortEnd: 0 }],
    })
    return made.ok ? startContainer(made.value.topology, made.value.container.id) : made
  },
}
const edit = fc.tuple(fc.constantFrom(...Object.keys(EDITS)), fc.nat())

/** Every address any endpoint has held, and one nobody holds. */
function addresses(t: Topology): string[] {
  const ips = [...t.containers.values()].flatMap((c) => c.endpoints.map((e) => e.lastIp ?? ''))
  return [...new Set([...ips, '10.255.255.254'])]
}

/** The same world over a plain Map: every lookup is built from scratch. */
const rebuilt = (t: Topology): Topology => ({ ...t, containers: new Map(t.containers) })

/** What the index answers, for every container and network. */
function answers(t: Topology) {
  const hosts = [...t.hosts.keys()]
  return {
    names: hosts.flatMap((h) => NAMES.map((n) => containerByName(t, h, n)?.id ?? null)),
    prefixes: [...t.containers.keys()].map((id) => containersByIdPrefix(t, id.slice(0, 5)).length),
    links: [...t.containers.values()].map((c) =>
      linksTo(t, c)
        .map(([p, alias]) => `${p.name}/${alias}`)
        .sort(),
    ),
    ports: hosts.map((h) =>
      [...t.containers.values()]
        .flatMap((c) => c.ports)
        .map((b) => portBoundOn(t, h, b.proto, b.hostPort).sort().join()),
    ),
    free: [...t.networks.values()].map((n) => naiveFree(t, n.id) === freeOf(t, n.id)),
    at: addresses(t).map((ip) => runningAt(t, ip).map((c) => c.id)),
    dnsNames: [...networkDnsTables(t)].map(([id, table]) =>
      [...table.keys(), 'nosuch'].map((name) => dnsAddresses(t, id, name).join()),
    ),
    joined: [...t.containers.keys()].map((id) => joinedTo(t, id).map((c) => c.id)),
    members: [...t.networks.keys()].map((id) => networkMembers(t, id).map((c) => c.id)),
    users: [...t.volumes.values()].map((v) => volumeUsers(t, v.host, v.name).map((c) => c.id)),
    hostNetworked: hosts.map((h) => hostNetworked(t, h).map((c) => c.id)),
    dns: [...networkDnsTables(t)].map(
      ([id, table]) => [...networkDnsTable(t, id)].join() === [...table].join(),
    ),
  }
}

function range(t: Topology, networkId: string): [number, number, number | null] {
  const net = t.networks.get(networkId)
  const [base = '0', bits = '32'] = (net?.subnet ?? '0.0.0.0/32').split('/')
  const start = parseIpv4(base) ?? 0
  return [start + 1, start + 2 ** (32 - Number(bits)) - 2, parseIpv4(net?.gateway ?? '')]
}

function freeOf(t: Topology, networkId: string): number | null {
  return lowestFreeAddress(t, networkId, ...range(t, networkId))
}

/** Ids of the containers that pass `test`, by scanning them all, in creation order. */
function all(t: Topology, test: (c: Container) => boolean): string[] {
  return [...t.containers.values()].filter(test).map((c) => c.id)
}

/** Ids of the running containers that pass `test`, by scanning them all, in creation order. */
function running(t: Topology, test: (c: Container) => boolean): string[] {
  return [...t.containers.values()].filter((c) => c.state === 'running' && test(c)).map((c) => c.id)
}

const naiveAt = (t: Topology, ip: string) => running(t, (c) => c.endpoints.some((e) => e.ip === ip))

/** The lowest free address by scanning every endpoint. */
function naiveFree(t: Topology, networkId: string): number | null {
  const [lo, hi, gateway] = range(t, networkId)
  const used = new Set<number>()
  for (const c of t.containers.values())
    for (const e of c.endpoints)
      if (e.networkId === networkId && e.ip !== null) used.add(parseIpv4(e.ip) ?? -1)
  for (let n = lo; n <= hi; n++) if (n !== gateway && !used.has(n)) return n
  return null
}

describe('container lookups carried along edits', () => {
  it('answer what scanning every container answers, after any edits', () => {
    const start = generateTopology(60).topology
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 25 }), (edits) => {
        let t = start
        for (const [name, pick] of edits) {
          const ids = [...t.containers.keys()]
          const r = EDITS[name]?.(t, ids[pick % ids.length] ?? '')
          if (r?.ok) t = r.value
          const carried = answers(t)
          expect(carried).toEqual(answers(rebuilt(t)))
          expect(carried.free.every(Boolean)).toBe(true)
          expect(carried.dns.every(Boolean)).toBe(true)
          expect(carried.dnsNames).toEqual(
            [...networkDnsTables(t).values()].map((table) => [
              ...[...table.values()].map((ips) => ips.join()),
              '',
            ]),
          )
          expect(carried.at).toEqual(addresses(t).map((ip) => naiveAt(t, ip)))
          expect(carried.joined).toEqual(
            [...t.containers.keys()].map((id) => running(t, (c) => c.joinedTo === id)),
          )
          expect(carried.members).toEqual(
            [...t.networks.keys()].map((id) =>
              all(t, (c) => c.endpoints.some((e) => e.networkId === id)),
            ),
          )
          expect(carried.users).toEqual(
            [...t.volumes.values()].map((v) =>
              all(
                t,
                (c) =>
                  c.host === v.host &&
                  c.mounts.some((m) => m.type === 'volume' && m.source === v.name),
              ),
            ),
          )
          expect(carried.hostNetworked).toEqual(
            [...t.hosts.keys()].map((h) =>
              running(t, (c) => c.host === h && c.networkMode.kind === 'host'),
            ),
          )
        }
      }),
      { numRuns: 60 },
    )
  }, 60_000)
})
