/**
 * A seeded topology generator for benchmarks and stress pages (performance.md §5.1): hosts,
 * default and user-defined bridges, overlays, a mix of network modes, aliases, static IPs,
 * legacy links, published ports, two-host ambassador chains and volumes. Its random source
 * is a 31-bit LCG, so every runner gets byte-identical topologies for (N, seed).
 */
import { connectContainer, createNetwork } from './networks'
import { createContainer, type ContainerSpec } from './container-create'
import { startContainer } from './container-lifecycle'
import type { EngineError } from './error-core'
import { errorText } from './errors'
import type { Container, Topology } from './model'
import { swarmInfo, swarmInit, swarmJoin } from './swarm'
import { addHost, createTopology, DEFAULT_HOST, setDaemonOptions } from './world'

export const GENERATOR_VERSION = 1
export const DEFAULT_SEED = 20261123

class Lcg {
  constructor(private seed: number) {}
  /** A float in [0, 1). */
  next(): number {
    this.seed = (this.seed * 1103515245 + 12345) % 2147483648
    return this.seed / 2147483648
  }
  int(n: number): number {
    return Math.floor(this.next() * n)
  }
  pick<T>(list: readonly T[]): T {
    const v = list[this.int(list.length)]
    if (v === undefined) throw new Error('invariant: pick from an empty list')
    return v
  }
}

const IMAGES = ['nginx', 'httpd', 'mysql', 'postgres', 'redis', 'training/webapp', 'busybox']
const SERVICE_PORT: Readonly<Record<string, number>> = {
  nginx: 80,
  httpd: 80,
  mysql: 3306,
  postgres: 5432,
  redis: 6379,
  'training/webapp': 5000,
}

export interface GeneratedStats {
  readonly hosts: number
  readonly networks: number
  readonly containers: number
  readonly links: number
  readonly published: number
  readonly ambassadors: number
}

function must<T>(r: { ok: true; value: T } | { ok: false; error: EngineError }): T {
  if (!r.ok) throw new Error(`generator: ${errorText(r.error)}`)
  return r.value
}

/** Builds a topology of about `n` running containers. */
export function generateTopology(
  n: number,
  seed = DEFAULT_SEED,
): { topology: Topology; stats: GeneratedStats } {
  const rng = new Lcg(seed)
  let t = createTopology()
  const hostCount = Math.max(1, Math.round(n / 50))
  const hosts = [DEFAULT_HOST]
  for (let h = 1; h < hostCount; h++) {
    const name = `vm${h + 1}`
    t = must(addHost(t, name))
    hosts.push(name)
  }
  for (const h of hosts) if (rng.next() < 0.2) t = must(setDaemonOptions(t, h, { icc: false }))

  // User-defined bridges round-robin over hosts; every fifth has a --subnet (static IPs allowed).
  const userNets = new Map<string, { name: string; withSubnet: boolean; index: number }[]>()
  const userCount = Math.max(1, Math.round(n / 25))
  for (let u = 0; u < userCount; u++) {
    const host = hosts[u % hosts.length] ?? DEFAULT_HOST
    const withSubnet = u % 5 === 0 && u < 200
    const name = `net${u}`
    const spec = withSubnet
      ? { name, subnet: `10.${100 + Math.floor(u / 250)}.${u % 250}.0/24` }
      : { name }
    t = must(createNetwork(t, host, spec)).topology
    const list = userNets.get(host) ?? []
    list.push({ name, withSubnet, index: u })
    userNets.set(host, list)
  }
  const overlays: string[] = []
  const overlayCount = hostCount >= 2 ? Math.max(1, Math.round(n / 250)) : 0
  if (overlayCount > 0) {
    t = must(swarmInit(t, DEFAULT_HOST))
    const token = swarmInfo(t)?.token ?? ''
    const managerIp = t.hosts.get(DEFAULT_HOST)?.lanIp ?? ''
    for (const h of hosts.slice(1)) t = must(swarmJoin(t, h, token, `${managerIp}:2377`))
  }
  for (let o = 0; o < overlayCount; o++) {
    const name = `overlay${o}`
    t = must(createNetwork(t, DEFAULT_HOST, { name, driver: 'overlay', attachable: true })).topology
    overlays.push(name)
  }

  const perHost = new Map<string, Container[]>()
  const bridgeOnly = new Map<string, Container[]>()
  let nextHostPort = 8000
  let links = 0
  let published = 0
  let aliasSeq = 0
  const sharedAliases: string[] = []
  const chains = hostCount >= 2 ? Math.round(n / 100) : 0
  const regular = Math.max(0, n - chains * 4)

  const run = (host: string, spec: ContainerSpec, extra: string[] = []): Container => {
    const created = must(createContainer(t, host, spec))
    t = created.topology
    for (const net of extra) t = must(connectContainer(t, host, net, created.container.id))
    t = must(startContainer(t, created.container.id))
    const c = t.containers.get(created.container.id)
    if (!c) throw new Error('invariant: created container missing')
    const list = perHost.get(host) ?? []
    list.push(c)
    perHost.set(host, list)
    return c
  }

  for (let i = 0; i < regular; i++) {
    const host = hosts[i % hosts.length] ?? DEFAULT_HOST
    const image = rng.pick(IMAGES)
    const name = `c${i}`
    const roll = rng.next()
    const spec: { -readonly [K in keyof ContainerSpec]: ContainerSpec[K] } = {
      image,
      name,
      cmd: image === 'busybox' ? ['sleep', '3600'] : [],
    }
    const servicePort = SERVICE_PORT[image]
    if (servicePort !== undefined && rng.next() < 0.1) {
      spec.publish = [
        {
          containerPort: servicePort,
          proto: 'tcp',
          hostIp: '',
          hostPortStart: nextHostPort,
          hostPortEnd: nextHostPort,
        },
      ]
      nextHostPort++
      published++
    } else if (rng.next() < 0.03) spec.publishAll = true
    if (rng.next() < 0.2) spec.volumes = [`vol${i % 50}:/data`]
    const earlier = perHost.get(host) ?? []
    if (rng.next() < 0.05 && earlier.length > 0) spec.volumesFrom = [rng.pick(earlier).name]
    const extra: string[] = []
    if (roll < 0.25) {
      const candidates = bridgeOnly.get(host) ?? []
      if (candidates.length > 0 && rng.next() < 0.5) {
        const count = 1 + rng.int(2)
        const chosen = new Set<string>()
        for (let k = 0; k < count; k++) chosen.add(rng.pick(candidates).name)
        spec.links = [...chosen].map((c, k) => `${c}:alias${k}`)
        links += chosen.size
      }
    } else if (roll < 0.85) {
      const nets = [...(userNets.get(host) ?? []).map((x) => x.name), ...overlays]
      const r2 = rng.next()
      const count = Math.min(nets.length, r2 < 0.65 ? 1 : r2 < 0.9 ? 2 : 3)
      const chosen: string[] = []
      while (chosen.length < count) {
        const pickName = rng.pick(nets)
        if (!chosen.includes(pickName)) chosen.push(pickName)
      }
      const first = chosen[0] ?? 'bridge'
      spec.network = first
      if (rng.next() < 0.3) {
        let alias = `svc${aliasSeq++}`
        if (sharedAliases.length > 0 && rng.next() < 0.1) alias = rng.pick(sharedAliases)
        else if (rng.next() < 0.1) sharedAliases.push(alias)
        spec.aliases = [alias]
      }
      if (rng.next() < 0.1 && earlier.length > 0) spec.links = [`${rng.pick(earlier).name}:peer`]
      extra.push(...chosen.slice(1))
    } else if (roll < 0.9) {
      spec.network = 'host'
      delete spec.publish
      delete spec.publishAll
    } else if (roll < 0.95 && earlier.length > 0) {
      const donor = rng.pick(
        earlier
          .filter((c) => c.networkMode.kind !== 'host' && c.networkMode.kind !== 'container')
          .concat(earlier[0] ?? []),
      )
      spec.network = `container:${donor.name}`
      delete spec.publish
      delete spec.publishAll
    } else spec.network = 'none'
    if (spec.network === 'none' || spec.network?.startsWith('container:')) {
      delete spec.publish
      delete spec.publishAll
    }
    const c = run(host, spec, extra)
    if (roll < 0.25) {
      const list = bridgeOnly.get(host) ?? []
      list.push(c)
      bridgeOnly.set(host, list)
    }
  }

  // Ambassador chains: client → local ambassador → remote published port → ambassador → server.
  for (let k = 0; k < chains; k++) {
    const a = hosts[(2 * k) % hosts.length] ?? DEFAULT_HOST
    const b = hosts[(2 * k + 1) % hosts.length] ?? DEFAULT_HOST
    const port = 20000 + k
    const server = run(a, { image: 'redis', name: `redis${k}` })
    run(a, {
      image: 'svendowideit/ambassador',
      name: `amb-server${k}`,
      links: [`${server.name}:redis`],
      publish: [
        { containerPort: 6379, proto: 'tcp', hostIp: '', hostPortStart: port, hostPortEnd: port },
      ],
    })
    const lan = t.hosts.get(a)?.lanIp ?? ''
    run(b, {
      image: 'svendowideit/ambassador',
      name: `amb-client${k}`,
      expose: [{ port: 6379, proto: 'tcp' }],
      env: [`REDIS_PORT_6379_TCP=tcp://${lan}:${port}`],
    })
    run(b, {
      image: 'busybox',
      name: `client${k}`,
      cmd: ['sleep', '3600'],
      links: [`amb-client${k}:redis`],
    })
  }
  return {
    topology: t,
    stats: {
      hosts: hostCount,
      networks: t.networks.size,
      containers: t.containers.size,
      links,
      published,
      ambassadors: chains * 2,
    },
  }
}
