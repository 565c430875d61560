/**
 * Creating the world and looking things up in it: hosts, their predefined networks, and
 * Docker's rules for resolving a container or network reference (full id, name, id prefix).
 */
import { mapSet, PersistentMap } from './persistent-map'
import { containerByName, containersByIdPrefix } from './container-index'
import { driverCaps } from './drivers'
import { engineError, type EngineError } from './error-core'
import { makeId } from './ids'
import { formatCidr, parseCidr, parseIpv4, formatIpv4 } from './ip'
import type { Container, DaemonOptions, Host, HostName, Network, Result, Topology } from './model'

export const DEFAULT_HOST = 'default'
export const DEFAULT_BIP = '172.17.0.1/16'
/** All hosts share one LAN, 192.168.1.0/24; the router (and upstream DNS) is .1. */
export const LAN_CIDR = '192.168.1.0/24'
export const LAN_DNS = '192.168.1.1'
const FIRST_HOST_ADDRESS = parseIpv4('192.168.1.10') ?? 0

export const DEFAULT_DAEMON: DaemonOptions = { icc: true, ip: '0.0.0.0', bip: DEFAULT_BIP }

/** A fresh world: one host, `default`, with its bridge, host and none networks. */
export function createTopology(): Topology {
  const empty: Topology = {
    seq: 0,
    hosts: new Map(),
    networks: new Map(),
    containers: new Map(),
    volumes: new Map(),
    settings: { legacyLinkEnv: true },
  }
  const made = addHost(empty, DEFAULT_HOST)
  if (!made.ok) throw new Error('invariant: the default host cannot fail')
  return made.value
}

const HOST_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.+-]+$/

/** The next free LAN address from .10 upward. */
export function nextLanIp(t: Topology): string {
  const used = new Set([...t.hosts.values()].map((h) => h.lanIp))
  for (let n = FIRST_HOST_ADDRESS; ; n++) {
    const ip = formatIpv4(n)
    if (!used.has(ip)) return ip
  }
}

/**
 * An address a host of one's own lab may have: any unicast IPv4 address but "this network"
 * (0/8), loopback (127/8) and multicast or reserved (224/3). Hosts on other subnets than the
 * default LAN reach each other through a router, as a lab's VMs do.
 */
function isRoutableIpv4(ip: string): boolean {
  const n = parseIpv4(ip)
  if (n === null) return false
  const first = n >>> 24
  return first !== 0 && first !== 127 && first < 224
}

/** Adds a Docker host (a `docker context`) with its daemon's predefined networks. */
export function addHost(
  t: Topology,
  name: HostName,
  lanIp?: string,
): Result<Topology, EngineError> {
  if (!HOST_NAME.test(name)) return { ok: false, error: engineError('HOST_BAD_NAME', { name }) }
  if (t.hosts.has(name)) return { ok: false, error: engineError('HOST_EXISTS', { name }) }
  if (lanIp !== undefined) {
    const taken = [...t.hosts.values()].find((h) => h.lanIp === lanIp)
    if (!isRoutableIpv4(lanIp))
      return { ok: false, error: engineError('HOST_BAD_ADDRESS', { ip: lanIp }) }
    if (taken)
      return {
        ok: false,
        error: engineError('HOST_ADDRESS_TAKEN', { ip: lanIp, host: taken.name }),
      }
  }
  const host: Host = {
    name,
    lanIp: lanIp ?? nextLanIp(t),
    daemon: DEFAULT_DAEMON,
    seq: t.seq,
    nextEphemeralPort: EPHEMERAL_START,
    files: {},
    swarm: null,
    images: [],
  }
  const hosts = mapSet(t.hosts, name, host)
  let networks = PersistentMap.from(t.networks)
  let seq = t.seq + 1
  for (const net of predefinedNetworks(name, DEFAULT_DAEMON, seq)) {
    networks = networks.set(net.id, net)
    seq++
  }
  return { ok: true, value: { ...t, seq, hosts, networks } }
}

export const EPHEMERAL_START = 32768
export const EPHEMERAL_END = 60999

function predefinedNetworks(host: HostName, daemon: DaemonOptions, seq: number): Network[] {
  const base = {
    host,
    userSubnet: false,
    userGateway: false,
    internal: false,
    attachable: false,
    predefined: true,
    labels: {},
  }
  const bip = parseCidr(daemon.bip)
  return [
    {
      ...base,
      id: makeId(seq),
      name: 'bridge',
      driver: 'bridge',
      subnet: bip ? formatCidr(bip) : '172.17.0.0/16',
      gateway: bip ? formatIpv4(bip.base) : '172.17.0.1',
      icc: daemon.icc,
      options: defaultBridgeOptions(daemon),
      seq,
    },
    {
      ...base,
      id: makeId(seq + 1),
      name: 'host',
      driver: 'host',
      subnet: null,
      gateway: null,
      icc: true,
      options: {},
      seq: seq + 1,
    },
    {
      ...base,
      id: makeId(seq + 2),
      name: 'none',
      driver: 'null',
      subnet: null,
      gateway: null,
      icc: true,
      options: {},
      seq: seq + 2,
    },
  ]
}

function defaultBridgeOptions(daemon: DaemonOptions): Record<string, string> {
  return {
    'com.docker.network.bridge.default_bridge': 'true',
    'com.docker.network.bridge.enable_icc': String(daemon.icc),
    'com.docker.network.bridge.enable_ip_masquerade': 'true',
    'com.docker.network.bridge.host_binding_ipv4': daemon.ip,
    'com.docker.network.bridge.name': 'docker0',
    'com.docker.network.driver.mtu': '1500',
  }
}

/**
 * Restarts a host's daemon with new options (`dockerd --icc=false --ip=... --bip=...`).
 * Containers keep running (as with live-restore); a new --bip needs the default bridge empty.
 */
export function setDaemonOptions(
  t: Topology,
  hostName: HostName,
  patch: Partial<DaemonOptions>,
): Result<Topology, EngineError> {
  const host = t.hosts.get(hostName)
  if (!host) return { ok: false, error: engineError('NO_SUCH_HOST', { name: hostName }) }
  const daemon = { ...host.daemon, ...patch }
  if (patch.ip !== undefined && parseIpv4(patch.ip) === null) {
    return { ok: false, error: engineError('DAEMON_BAD_IP', { ip: patch.ip }) }
  }
  const bip = parseCidr(daemon.bip)
  if (patch.bip !== undefined && patch.bip !== host.daemon.bip) {
    const bridge0 = defaultBridge(t, hostName)
    const busy = [...t.containers.values()].some(
      (c) => c.state === 'running' && c.endpoints.some((e) => e.networkId === bridge0.id),
    )
    // Docknet restarts daemons as with live-restore: running containers keep their addresses,
    // so the bridge's subnet cannot move under them.
    if (busy) return { ok: false, error: engineError('DAEMON_BIP_BUSY') }
  }
  if (!bip || bip.prefix > 30)
    return { ok: false, error: engineError('DAEMON_BAD_BIP', { bip: daemon.bip }) }
  const bridge = defaultBridge(t, hostName)
  const networks = mapSet(t.networks, bridge.id, {
    ...bridge,
    subnet: formatCidr(bip),
    gateway: formatIpv4(bip.base),
    icc: daemon.icc,
    options: defaultBridgeOptions(daemon),
  })
  const hosts = mapSet(t.hosts, hostName, { ...host, daemon })
  return { ok: true, value: { ...t, hosts, networks } }
}

/** Networks a host's daemon sees: its own, plus overlay networks when it is in the swarm. */
export function hostNetworks(t: Topology, hostName: HostName): Network[] {
  const inSwarm = (t.hosts.get(hostName)?.swarm ?? null) !== null
  return [...t.networks.values()].filter((n) => n.host === hostName || (n.host === null && inSwarm))
}

export function defaultBridge(t: Topology, hostName: HostName): Network {
  for (const n of t.networks.values()) {
    if (n.host === hostName && n.predefined && n.name === 'bridge') return n
  }
  throw new Error(`invariant: host ${hostName} has no default bridge`)
}

export function isDefaultBridge(n: Network): boolean {
  return n.predefined && n.name === 'bridge'
}

/** A user-defined network: aliases, static IPs, links as DNS aliases (not predefined). */
export function isUserDefined(n: Network): boolean {
  return !n.predefined
}

/** A network whose containers ask the embedded DNS server (127.0.0.11): a user-defined one. */
export function servesEmbeddedDns(n: Network): boolean {
  return isUserDefined(n) && driverCaps(n.driver).embeddedDns
}

/**
 * Docker's lookup order for a network reference: full id, then name, then unique id prefix.
 */
export function findNetwork(t: Topology, hostName: HostName, ref: string): Network | null {
  const visible = hostNetworks(t, hostName)
  const byId = visible.find((n) => n.id === ref)
  if (byId) return byId
  const byName = visible.find((n) => n.name === ref)
  if (byName) return byName
  if (ref.length === 0) return null
  const byPrefix = visible.filter((n) => n.id.startsWith(ref))
  return byPrefix.length === 1 ? (byPrefix[0] ?? null) : null
}

/**
 * Docker's lookup order for a container reference: full id, name (with or without the
 * leading slash), a legacy link name `parent/alias`, then a unique id prefix.
 */
export function findContainer(t: Topology, hostName: HostName, ref: string): Container | null {
  const name = ref.startsWith('/') ? ref.slice(1) : ref
  const byId = t.containers.get(ref)
  const exact = byId?.host === hostName ? byId : containerByName(t, hostName, name)
  if (exact) return exact
  const slash = name.indexOf('/')
  if (slash > 0) {
    const parent = containerByName(t, hostName, name.slice(0, slash))
    const link = parent?.links.find((l) => l.alias === name.slice(slash + 1))
    if (link) return t.containers.get(link.childId) ?? null
  }
  if (ref.length === 0) return null
  const byPrefix = containersByIdPrefix(t, ref).filter((c) => c.host === hostName)
  return byPrefix.length === 1 ? (byPrefix[0] ?? null) : null
}

/** Like findContainer, but a coded `No such container` error when it is missing. */
export function getContainer(
  t: Topology,
  hostName: HostName,
  ref: string,
): Result<Container, EngineError> {
  const c = findContainer(t, hostName, ref)
  return c
    ? { ok: true, value: c }
    : { ok: false, error: engineError('NO_SUCH_CONTAINER', { ref }) }
}

/** Hosts in creation order. */
export function listHosts(t: Topology): Host[] {
  return [...t.hosts.values()].sort((a, b) => a.seq - b.seq)
}

/** Replaces one container record, keeping every other record's identity. */
export function withContainer(t: Topology, c: Container): Topology {
  return { ...t, containers: mapSet(t.containers, c.id, c) }
}

export function withHost(t: Topology, h: Host): Topology {
  return { ...t, hosts: mapSet(t.hosts, h.name, h) }
}
