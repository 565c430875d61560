/**
 * Network operations: `docker network create / rm / connect / disconnect`.
 * Docker docs: engine/network/drivers/bridge.md; daemon/network.go for the errors.
 */
import { networkMembers } from './container-index'
import { mapDelete, mapSet, PersistentMap } from './persistent-map'
import { engineError, type EngineError } from './error-core'
import { makeId, makeMac, makeSwarmId } from './ids'
import { allocateAddress, allocateSubnet, checkSubnet } from './ipam'
import { defaultGateway, ipamConfigError } from './ipam-config'
import { cidrContains, formatCidr, parseIpv4 } from './ip'
import { driverCaps, isNetworkDriver } from './drivers'
import { isLanDriver } from './lan-options'
import { checkParent, parseLanOptions, skipsGateway } from './macvlan'
import type { Endpoint, HostName, Network, Result, Topology } from './model'
import { bindingOptionError, followGateway } from './ports'
import { connectStopped, disconnectStopped, leftByRemove } from './stopped-networks'
import { notAttachable } from './swarm'
import { findNetwork, getContainer, hostNetworks, isUserDefined, withContainer } from './world'

export interface NetworkSpec {
  readonly name: string
  readonly driver?: string
  readonly subnet?: string
  readonly ipRange?: string
  readonly gateway?: string
  readonly internal?: boolean
  readonly attachable?: boolean
  readonly options?: Readonly<Record<string, string>>
  readonly labels?: Readonly<Record<string, string>>
}

const ICC_OPTION = 'com.docker.network.bridge.enable_icc'

/** `docker network create`: a user-defined bridge (or overlay) with the lowest free subnet. */
export function createNetwork(
  t: Topology,
  host: HostName,
  spec: NetworkSpec,
): Result<{ topology: Topology; network: Network }, EngineError> {
  if (['bridge', 'host', 'none'].includes(spec.name)) {
    return { ok: false, error: engineError('NETWORK_PREDEFINED', { name: spec.name }) }
  }
  // moby v28.2.2 daemon/network.go createNetwork: ValidateIPAM before the driver is looked up.
  const badIpam = ipamConfigError(spec)
  if (badIpam) return { ok: false, error: badIpam }
  // An empty -d is the daemon's default driver (daemon/network.go createNetwork).
  const driver = spec.driver || 'bridge'
  if (!isNetworkDriver(driver)) {
    return { ok: false, error: engineError('NETWORK_DRIVER_UNKNOWN', { driver }) }
  }
  const caps = driverCaps(driver)
  if (!caps.userCreatable) {
    return { ok: false, error: engineError('NETWORK_SINGLETON', { driver }) }
  }
  if (hostNetworks(t, host).some((n) => n.name === spec.name)) {
    return { ok: false, error: engineError('NETWORK_EXISTS', { name: spec.name }) }
  }
  const role = t.hosts.get(host)?.swarm ?? null
  if (caps.needsSwarm && role !== 'manager') {
    return {
      ok: false,
      error: engineError(role === 'worker' ? 'NETWORK_WORKER' : 'NETWORK_SWARM_ONLY'),
    }
  }
  const options = spec.options ?? {}
  // The driver reads its options before any address is allocated (GetSkipGwAlloc).
  const lan = isLanDriver(driver) ? parseLanOptions(driver, options) : null
  if (lan && !lan.ok) return lan
  const scope = caps.scope === 'swarm' ? null : host
  let subnet: string
  if (spec.subnet !== undefined) {
    const checked = checkSubnet(t, scope, spec.subnet)
    if (!checked.ok) return checked
    subnet = formatCidr(checked.value)
  } else {
    const pool = allocateSubnet(t, caps.pool === 'global' ? null : host)
    if (!pool.ok) return pool
    subnet = pool.value
  }
  const cidr = checkSubnet({ ...t, networks: new Map() }, scope, subnet)
  if (!cidr.ok) return cidr
  if (spec.gateway !== undefined) {
    const gw = parseIpv4(spec.gateway)
    if (gw === null || !cidrContains(cidr.value, gw)) {
      return { ok: false, error: engineError('NETWORK_BAD_GATEWAY', { gateway: spec.gateway }) }
    }
  }
  // Swarm-scoped networks carry 25-character swarm ids, local ones 64-hex ids.
  const id = caps.scope === 'swarm' ? makeSwarmId(t.seq) : makeId(t.seq)
  const parentError = lan ? checkParent(t, host, lan.value, id) : null
  if (parentError) return { ok: false, error: parentError }
  const noGateway = lan !== null && skipsGateway(lan.value, spec.internal ?? false)
  // The bridge driver's own options (host_binding_ipv4).
  const badOption = caps.linuxBridge ? bindingOptionError(options) : null
  if (badOption) return { ok: false, error: badOption }
  const network: Network = {
    id,
    name: spec.name,
    driver,
    host: scope,
    subnet,
    gateway: spec.gateway ?? (noGateway ? null : defaultGateway(cidr.value, spec.ipRange)),
    userSubnet: spec.subnet !== undefined,
    userGateway: spec.gateway !== undefined,
    ...(spec.ipRange !== undefined ? { ipRange: spec.ipRange } : {}),
    internal: spec.internal ?? false,
    icc: options[ICC_OPTION] !== 'false',
    attachable: spec.attachable ?? false,
    predefined: false,
    options,
    labels: spec.labels ?? {},
    seq: t.seq,
  }
  const networks = mapSet(t.networks, network.id, network)
  return { ok: true, value: { topology: { ...t, seq: t.seq + 1, networks }, network } }
}

/**
 * `docker network rm`: refused for predefined networks and while running containers are
 * attached. Stopped containers keep their config for it, which fails their next start.
 */
export function removeNetwork(
  t: Topology,
  host: HostName,
  ref: string,
): Result<Topology, EngineError> {
  const net = findNetwork(t, host, ref)
  if (!net) return { ok: false, error: engineError('NETWORK_NOT_FOUND', { name: ref }) }
  if (net.predefined)
    return { ok: false, error: engineError('NETWORK_PREDEFINED_REMOVE', { name: net.name }) }
  const members = networkMembers(t, net.id)
  const active = members.filter((c) => c.state === 'running')
  if (active.length > 0) {
    const endpoints = active.map((c) => `name:"${c.name}" id:"${c.id.slice(0, 12)}"`).join(', ')
    return {
      ok: false,
      error: engineError('NETWORK_ACTIVE_ENDPOINTS', { name: net.name, endpoints }),
    }
  }
  let containers = PersistentMap.from(t.containers)
  for (const c of members) containers = containers.set(c.id, leftByRemove(c, net))
  const networks = mapDelete(t.networks, net.id)
  return { ok: true, value: { ...t, networks, containers } }
}

export interface ConnectOptions {
  readonly aliases?: readonly string[]
  readonly ip?: string
  readonly links?: readonly string[]
  /** `--gw-priority` (gateway.ts). */
  readonly gwPriority?: number
}

/**
 * Checks --ip and --alias against the network, as the daemon does before attaching
 * (daemon/container_operations.go validateEndpointSettings): the reasons come wrapped as
 * `invalid endpoint settings:\n<reason>`.
 */
export function checkEndpointSettings(net: Network, opts: ConnectOptions): EngineError | null {
  if ((opts.aliases?.length ?? 0) > 0 && !isUserDefined(net)) return engineError('CONFLICT_ALIAS')
  if (opts.ip === undefined) return null
  let reason: EngineError | null = null
  if (!isUserDefined(net)) reason = engineError('STATIC_IP_DEFAULT')
  else if (!net.userSubnet) reason = engineError('STATIC_IP_NO_SUBNET')
  else {
    const ip = parseIpv4(opts.ip)
    const subnet = net.subnet
    if (ip === null || subnet === null || !cidrContains(parseCidrOrThrow(subnet), ip)) {
      reason = engineError('STATIC_IP_OUT_OF_SUBNET', { ip: opts.ip })
    }
  }
  return reason && engineError('ENDPOINT_SETTINGS', { reason })
}

/** At create, Docker names the network too: `invalid config for network NAME: ...` (daemon/create.go). */
export function inNetworkConfig(net: { readonly name: string }, e: EngineError): EngineError {
  return engineError('NETWORK_CONFIG', { network: net.name, reason: e })
}

function parseCidrOrThrow(s: string) {
  const [ip, len] = s.split('/')
  const base = parseIpv4(ip ?? '')
  if (base === null) throw new Error(`invariant: bad subnet ${s}`)
  return { base, prefix: Number(len) }
}

export function newEndpoint(t: Topology, net: Network, opts: ConnectOptions): Endpoint {
  return {
    networkId: net.id,
    aliases: opts.aliases ?? [],
    links: opts.links ?? [],
    staticIp: opts.ip ?? null,
    ip: null,
    lastIp: null,
    mac: null,
    endpointId: makeId(t.seq),
    ...(opts.gwPriority !== undefined ? { gwPriority: opts.gwPriority } : {}),
  }
}

/**
 * Gives a running container's endpoint its address and a MAC drawn from counter `macSeq`
 * (Engine 28 draws a random MAC at each start; Docknet uses the world's counter).
 */
export function activateEndpoint(
  t: Topology,
  net: Network,
  ep: Endpoint,
  macSeq: number,
): Result<Endpoint, EngineError> {
  const caps = driverCaps(net.driver)
  if (caps.namespace !== 'endpoint') return { ok: true, value: ep }
  const ip = allocateAddress(t, net, ep.staticIp)
  if (!ip.ok) return ip
  // An ipvlan child has its parent's MAC: the endpoint has none (inspect shows "").
  const mac = caps.ownMac ? makeMac(macSeq) : null
  return { ok: true, value: { ...ep, ip: ip.value, lastIp: ip.value, mac } }
}

/** `docker network connect [--alias] [--ip] NET CONTAINER`. */
export function connectContainer(
  t: Topology,
  host: HostName,
  netRef: string,
  containerRef: string,
  opts: ConnectOptions = {},
): Result<Topology, EngineError> {
  // moby v28.2.2 daemon/network.go ConnectContainerToNetwork finds the container first.
  const got = getContainer(t, host, containerRef)
  if (!got.ok) return got
  const c = got.value
  if (c.state !== 'running') return connectStopped(t, host, netRef, c, opts)
  const net = findNetwork(t, host, netRef)
  if (!net) return { ok: false, error: engineError('NETWORK_NOT_FOUND', { name: netRef }) }
  if (c.joinedTo !== null || c.networkMode.kind === 'container' || c.networkMode.kind === 'host') {
    return { ok: false, error: engineError('JOINED_CONNECT') }
  }
  const namespace = driverCaps(net.driver).namespace
  if (namespace === 'host') return { ok: false, error: engineError('HOST_CONNECT') }
  if (c.networkMode.kind === 'none' || namespace === 'none') {
    return { ok: false, error: engineError('NONE_CONNECT') }
  }
  if (c.endpoints.some((e) => e.networkId === net.id)) {
    return {
      ok: false,
      error: engineError('ALREADY_CONNECTED', { name: c.name, network: net.name }),
    }
  }
  const bad = checkEndpointSettings(net, opts) ?? notAttachable(net)
  if (bad) return { ok: false, error: bad }
  let ep = newEndpoint(t, net, opts)
  if (c.state === 'running') {
    const active = activateEndpoint(t, net, ep, t.seq + 1)
    if (!active.ok) return active
    ep = active.value
  }
  const next = withContainer(t, { ...c, endpoints: [...c.endpoints, ep] })
  return followGateway(t, { ...next, seq: t.seq + 2 }, c.id, true)
}

/**
 * `docker network disconnect [-f] NET CONTAINER`: drops the endpoint, its address and DNS names.
 * A stopped container, or -f from a network that is gone, only loses its config (moby v28.2.2
 * daemon/container_operations.go DisconnectFromNetwork).
 */
export function disconnectContainer(
  t: Topology,
  host: HostName,
  netRef: string,
  containerRef: string,
  opts: { readonly force?: boolean } = {},
): Result<Topology, EngineError> {
  const got = getContainer(t, host, containerRef)
  if (!got.ok) return got
  const c = got.value
  const net = findNetwork(t, host, netRef)
  if (net && driverCaps(net.driver).namespace === 'host' && c.networkMode.kind === 'host') {
    return { ok: false, error: engineError('HOST_DISCONNECT') }
  }
  if (c.state !== 'running' || (!net && opts.force === true))
    return disconnectStopped(t, c, net, netRef)
  if (!net) return { ok: false, error: engineError('NETWORK_NOT_FOUND', { name: netRef }) }
  if (!c.endpoints.some((e) => e.networkId === net.id)) {
    return { ok: false, error: engineError('NOT_CONNECTED', { id: c.id, network: net.name }) }
  }
  const endpoints = c.endpoints.filter((e) => e.networkId !== net.id)
  return followGateway(t, withContainer(t, { ...c, endpoints }), c.id, false)
}
