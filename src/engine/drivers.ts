/**
 * What each network driver can do, in one table that every rule reads (instead of asking
 * `driver === 'bridge'` here and there). Facts are per driver; the few that depend on a
 * network's own options (a macvlan's parent, an ipvlan's mode) are refined in macvlan.ts.
 *
 * Sources (moby v28.2.2): each driver's Register call gives its scope
 * (libnetwork/drivers/bridge/bridge_linux.go, host/host.go, null/null.go,
 * overlay/overlay.go, macvlan/macvlan.go, ipvlan/ipvlan.go); daemon/network.go and
 * libnetwork/controller.go decide which may have more than one instance; the embedded DNS
 * serves every user-defined network (libnetwork/sandbox_dns_unix.go); only the bridge driver
 * maps ports (ProgramExternalConnectivity is a no-op in macvlan.go and ipvlan.go, whose
 * CreateEndpoint only logs "does not support port mappings").
 */
import type { Container, Topology } from './model'

export const NETWORK_DRIVERS = ['bridge', 'host', 'null', 'overlay', 'macvlan', 'ipvlan'] as const

export type NetworkDriver = (typeof NETWORK_DRIVERS)[number]

/** Who the containers on a network reach, and who reaches them, without published ports. */
export interface DriverReach {
  /**
   * Members reach each other: `'icc'` as the network's icc option says (a Linux bridge's
   * iptables rules), `'mode'` as the macvlan/ipvlan mode says, `'always'` (overlay VXLAN).
   */
  readonly peers: 'icc' | 'mode' | 'always'
  /** The host routes into the network's subnet (a Linux bridge with the gateway on it). */
  readonly hostReachesMembers: boolean
  /** Members reach their own host's addresses (published ports, host-network listeners). */
  readonly membersReachHost: boolean
  /** The network's gateway address is the host's own (the bridge's address). */
  readonly gatewayIsHost: boolean
  /** Members sit on the physical LAN: other hosts reach them at their own address. */
  readonly lan: boolean
}

export interface DriverCaps {
  /** `docker network ls` SCOPE: one daemon's (`local`) or every swarm member's (`swarm`). */
  readonly scope: 'local' | 'swarm'
  /** `docker network create -d` may add networks of it (host and null have one instance). */
  readonly userCreatable: boolean
  /** Created only on a swarm manager. */
  readonly needsSwarm: boolean
  /**
   * What a container attached to it gets: its own namespace with an interface on the
   * network (`endpoint`), the host's namespace (`host`), or loopback only (`none`).
   */
  readonly namespace: 'endpoint' | 'host' | 'none'
  /** Its address pool: Docker's local pools, swarm's global ones, or none at all. */
  readonly pool: 'local' | 'global' | null
  /** A user-defined network of it gets the embedded DNS server (127.0.0.11). */
  readonly embeddedDns: boolean
  /** `-p` publishes ports through it (docker-proxy and DNAT rules on the host). */
  readonly publishesPorts: boolean
  /** It is a Linux bridge on the host (docker0, br-...): iptables rules and `ip addr` show it. */
  readonly linuxBridge: boolean
  /** Each endpoint has its own MAC (an ipvlan child shares its parent's). */
  readonly ownMac: boolean
  readonly reach: DriverReach
}

const NO_REACH: DriverReach = {
  peers: 'always',
  hostReachesMembers: false,
  membersReachHost: false,
  gatewayIsHost: false,
  lan: false,
}

/** macvlan and ipvlan: children of a host interface, on the wire next to the host itself. */
const LAN_DRIVER: DriverCaps = {
  scope: 'local',
  userCreatable: true,
  needsSwarm: false,
  namespace: 'endpoint',
  pool: 'local',
  embeddedDns: true,
  publishesPorts: false,
  linuxBridge: false,
  ownMac: true,
  // The kernel does not pass frames between a parent interface and its macvlan/ipvlan
  // children, so the host and its own children cannot talk (Docker's macvlan docs).
  reach: { ...NO_REACH, peers: 'mode', lan: true },
}

export const DRIVER_CAPS: Readonly<Record<NetworkDriver, DriverCaps>> = {
  bridge: {
    scope: 'local',
    userCreatable: true,
    needsSwarm: false,
    namespace: 'endpoint',
    pool: 'local',
    embeddedDns: true,
    publishesPorts: true,
    linuxBridge: true,
    ownMac: true,
    reach: {
      peers: 'icc',
      hostReachesMembers: true,
      membersReachHost: true,
      gatewayIsHost: true,
      lan: false,
    },
  },
  host: {
    scope: 'local',
    userCreatable: false,
    needsSwarm: false,
    namespace: 'host',
    pool: null,
    embeddedDns: false,
    publishesPorts: false,
    linuxBridge: false,
    ownMac: false,
    reach: NO_REACH,
  },
  null: {
    scope: 'local',
    userCreatable: false,
    needsSwarm: false,
    namespace: 'none',
    pool: null,
    embeddedDns: false,
    publishesPorts: false,
    linuxBridge: false,
    ownMac: false,
    reach: NO_REACH,
  },
  overlay: {
    scope: 'swarm',
    userCreatable: true,
    needsSwarm: true,
    namespace: 'endpoint',
    pool: 'global',
    embeddedDns: true,
    // Standalone containers on an attachable overlay publish through docker_gwbridge.
    publishesPorts: true,
    linuxBridge: false,
    ownMac: true,
    // Egress leaves through docker_gwbridge on the container's own host; the host has no
    // route into the overlay's subnet.
    reach: { ...NO_REACH, membersReachHost: true },
  },
  macvlan: LAN_DRIVER,
  ipvlan: { ...LAN_DRIVER, ownMac: false },
}

/** A driver Docknet knows (others are plugins it does not have). */
export function isNetworkDriver(name: string): name is NetworkDriver {
  return (NETWORK_DRIVERS as readonly string[]).includes(name)
}

export function driverCaps(driver: NetworkDriver): DriverCaps {
  return DRIVER_CAPS[driver]
}

/**
 * Whether a container's ports show in NetworkSettings.Ports (and `docker ps` PORTS): only an
 * endpoint on a port-mapping driver reports them (moby v28.2.2 daemon/network.go
 * getEndpointPortMapInfo reads the driver's info; macvlan and ipvlan give none).
 */
export function reportsPorts(t: Topology, c: Container): boolean {
  return c.endpoints.some((e) => {
    const n = t.networks.get(e.networkId)
    return n !== undefined && driverCaps(n.driver).publishesPorts
  })
}

/** Whether `-p` binds host ports for the container: a port-mapping network with a way in. */
export function mapsPorts(t: Topology, c: Container): boolean {
  return c.endpoints.some((e) => {
    const n = t.networks.get(e.networkId)
    return n !== undefined && !n.internal && driverCaps(n.driver).publishesPorts
  })
}
