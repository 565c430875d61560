/**
 * Swarm mode, just enough for overlay networks across hosts (docs: engine/swarm,
 * network/drivers/overlay): `docker swarm init` makes a manager and the `ingress` overlay
 * (10.0.0.0/24), `docker swarm join` adds workers; every member gets a `docker_gwbridge`.
 * Overlays are created on managers, and standalone containers may join only `--attachable` ones.
 */
import { driverCaps } from './drivers'
import { engineError, type EngineError } from './error-core'
import { makeSwarmId } from './ids'
import type { HostName, Network, Result, Topology } from './model'
import { createNetwork } from './networks'
import { withHost } from './world'

const GWBRIDGE_OPTIONS = {
  'com.docker.network.bridge.enable_icc': 'false',
  'com.docker.network.bridge.enable_ip_masquerade': 'true',
  'com.docker.network.bridge.name': 'docker_gwbridge',
}

function fail(error: EngineError): { ok: false; error: EngineError } {
  return { ok: false, error }
}

/** The managers' address and join token (derived from the first manager). */
export function swarmInfo(t: Topology): {
  token: string
  clusterId: string
  managerIp: string
  nodeId: (h: HostName) => string
} | null {
  const manager = [...t.hosts.values()]
    .filter((h) => h.swarm === 'manager')
    .sort((a, b) => a.seq - b.seq)[0]
  if (!manager) return null
  const token = `SWMTKN-1-${makeSwarmId(manager.seq)}${makeSwarmId(manager.seq + 1)}-${makeSwarmId(manager.seq + 2)}`
  return {
    token,
    clusterId: makeSwarmId(manager.seq + 3),
    managerIp: manager.lanIp,
    nodeId: (h) => makeSwarmId((t.hosts.get(h)?.seq ?? 0) + 7),
  }
}

function addGwBridge(t: Topology, host: HostName): Result<Topology, EngineError> {
  if ([...t.networks.values()].some((n) => n.host === host && n.name === 'docker_gwbridge'))
    return { ok: true, value: t }
  const r = createNetwork(t, host, { name: 'docker_gwbridge', options: GWBRIDGE_OPTIONS })
  return r.ok ? { ok: true, value: r.value.topology } : r
}

/** `docker swarm init`: this host becomes the manager of a new swarm. */
export function swarmInit(t: Topology, host: HostName): Result<Topology, EngineError> {
  const h = t.hosts.get(host)
  if (!h) return fail(engineError('NO_SUCH_HOST', { name: host }))
  if (h.swarm !== null || swarmInfo(t) !== null) return fail(engineError('SWARM_MEMBER'))
  let next = withHost(t, { ...h, swarm: 'manager' })
  const ingress = createNetwork(next, host, {
    name: 'ingress',
    driver: 'overlay',
    subnet: '10.0.0.0/24',
    options: { 'com.docker.network.driver.overlay.vxlanid_list': '4096' },
  })
  if (!ingress.ok) return ingress
  next = ingress.value.topology
  return addGwBridge(next, host)
}

/** `docker swarm join --token TOKEN MANAGER:2377`: this host joins as a worker. */
export function swarmJoin(
  t: Topology,
  host: HostName,
  token: string,
  address: string,
): Result<Topology, EngineError> {
  const h = t.hosts.get(host)
  if (!h) return fail(engineError('NO_SUCH_HOST', { name: host }))
  if (h.swarm !== null) return fail(engineError('SWARM_MEMBER'))
  const info = swarmInfo(t)
  const ip = address.replace(/:\d+$/, '')
  if (!info || ip !== info.managerIp) return fail(engineError('SWARM_JOIN_TIMEOUT'))
  if (token !== info.token) return fail(engineError('SWARM_BAD_TOKEN'))
  return addGwBridge(withHost(t, { ...h, swarm: 'worker' }), host)
}

/** Overlay networks a standalone container may not join: all but `--attachable` ones. */
export function notAttachable(n: Network): EngineError | null {
  if (driverCaps(n.driver).scope !== 'swarm' || n.attachable) return null
  return engineError('NOT_ATTACHABLE', { network: n.name })
}
