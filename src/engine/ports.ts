/**
 * Port publishing (`-p`, `-P`): host port allocation at start, and what the daemon sets up
 * for each binding: a docker-proxy process and iptables DNAT / ACCEPT / MASQUERADE rules.
 * Sources: daemon/libnetwork/portallocator, portmapper/proxy_linux.go, drivers/bridge.
 * The simulated hosts are dual-stack: a port published without a host IP is bound on 0.0.0.0
 * and on ::, each with its own docker-proxy (`docker port` shows both).
 */
import { portBoundOn } from './container-index'
import { driverCaps } from './drivers'
import { engineError, type EngineError } from './error-core'
import { gatewayEndpoint } from './gateway'
import { isValidIP } from './port-spec'
import type { Container, ContainerId, Endpoint, Host, Network, PortBinding } from './model'
import type { Result, Topology } from './model'
import { EPHEMERAL_END, EPHEMERAL_START, isDefaultBridge, withContainer, withHost } from './world'
import type { PortMapping, Proto } from './port-spec'
import { worldIndex } from './world-index'

interface Taken {
  readonly proto: Proto
  readonly hostIp: string
  readonly hostPort: number
}

function clashes(a: Taken, b: Taken): boolean {
  return (
    a.proto === b.proto &&
    a.hostPort === b.hostPort &&
    (a.hostIp === b.hostIp || a.hostIp === '0.0.0.0' || b.hostIp === '0.0.0.0')
  )
}

/** The bridge option that sets where `-p PORT` without an address binds (bridge/labels.go). */
export const HOST_BINDING_OPTION = 'com.docker.network.bridge.host_binding_ipv4'

/**
 * Where a port published without an address binds: the gateway network's DefaultBindingIP.
 * `dockerd --ip` sets it on the default bridge only (daemon_unix.go initBridgeDriver); another
 * bridge has its `-o com.docker.network.bridge.host_binding_ipv4`, else 0.0.0.0.
 */
function defaultBindingIp(host: Host, net: Network): string {
  if (isDefaultBridge(net)) return host.daemon.ip
  return net.options[HOST_BINDING_OPTION] ?? '0.0.0.0'
}

/**
 * The bridge driver's refusal of a host_binding_ipv4 that is no IP address (net.ParseIP),
 * as bridge_linux.go parseErr words it; an IPv6 address is taken.
 */
export function bindingOptionError(options: Readonly<Record<string, string>>): EngineError | null {
  const value = options[HOST_BINDING_OPTION]
  if (value === undefined || isValidIP(value)) return null
  return engineError('NETWORK_BAD_OPTION', { label: HOST_BINDING_OPTION, value, detail: 'nil ip' })
}

/** Why a container's ports could not be bound (portallocator.go's two errors). */
type PortFailure =
  | { readonly kind: 'taken'; readonly hostIp: string; readonly port: number }
  | { readonly kind: 'exhausted' }

/**
 * The refusal, naming the gateway endpoint the driver was programming. At start it comes
 * wrapped as a networking failure (start_linux.go); on `network connect` it does not.
 */
function portError(c: Container, ep: Endpoint, f: PortFailure, onConnect: boolean): EngineError {
  const where = { endpoint: c.name, epId: ep.endpointId }
  if (f.kind === 'exhausted')
    return engineError(onConnect ? 'CONNECT_PORTS_EXHAUSTED' : 'PORTS_EXHAUSTED', where)
  const at = { ...where, hostIp: f.hostIp, port: f.port }
  return engineError(onConnect ? 'CONNECT_PORT_ALLOCATED' : 'PORT_ALLOCATED', at)
}

/** What -p and -P ask for: -P adds every exposed port not published already. */
function wantedPorts(c: Container): PortMapping[] {
  const wanted = [...c.publish]
  if (!c.publishAll) return wanted
  const listed = new Set(wanted.map((w) => `${w.containerPort}/${w.proto}`))
  for (const e of c.exposed) {
    if (listed.has(`${e.port}/${e.proto}`)) continue
    listed.add(`${e.port}/${e.proto}`)
    wanted.push({
      containerPort: e.port,
      proto: e.proto,
      hostIp: '',
      hostPortStart: 0,
      hostPortEnd: 0,
    })
  }
  return wanted
}

/**
 * The host ports a container gets, on the endpoint that provides its gateway (none without one:
 * only --internal networks, or none). Explicit ports must be free; a range takes its first free
 * port; an empty one comes from the ephemeral range 32768-60999, round-robin after the last one
 * handed out. A range or the ephemeral range used up is `all ports are allocated`.
 */
export function allocateBindings(
  t: Topology,
  host: Host,
  c: Container,
  onConnect = false,
): Result<{ bindings: PortBinding[]; nextEphemeral: number }, EngineError> {
  // Only the endpoint that gives the default gateway carries published ports, and only if its
  // driver programs them: none on --internal networks, none on macvlan or ipvlan ("does not
  // support port mappings", macvlan_endpoint.go).
  const gateway = gatewayEndpoint(t, c)
  const net = gateway ? t.networks.get(gateway.networkId) : undefined
  if (!gateway || !net || !driverCaps(net.driver).publishesPorts)
    return { ok: true, value: { bindings: [], nextEphemeral: host.nextEphemeralPort } }
  const bindings: PortBinding[] = []
  // The addresses this container's own bindings so far hold, by proto and host port.
  const mine = new Map<string, string[]>()
  let next = host.nextEphemeralPort
  for (const w of wantedPorts(c)) {
    const hostIp = w.hostIp === '' ? defaultBindingIp(host, net) : w.hostIp
    const free = (port: number) => {
      const wanted = { proto: w.proto, hostIp, hostPort: port }
      const held = [
        ...portBoundOn(t, host.name, w.proto, port),
        ...(mine.get(`${w.proto}/${port}`) ?? []),
      ]
      return !held.some((ip) => clashes({ ...wanted, hostIp: ip }, wanted))
    }
    let port: number | null = null
    if (w.hostPortStart === 0) {
      for (let i = 0; i <= EPHEMERAL_END - EPHEMERAL_START; i++) {
        const p =
          EPHEMERAL_START + ((next - EPHEMERAL_START + i) % (EPHEMERAL_END - EPHEMERAL_START + 1))
        if (free(p)) {
          port = p
          next = p + 1 > EPHEMERAL_END ? EPHEMERAL_START : p + 1
          break
        }
      }
    } else {
      for (let p = w.hostPortStart; p <= w.hostPortEnd; p++) {
        if (free(p)) {
          port = p
          break
        }
      }
    }
    if (port === null) {
      const single = w.hostPortStart !== 0 && w.hostPortStart === w.hostPortEnd
      const failure: PortFailure = single
        ? { kind: 'taken', hostIp, port: w.hostPortStart }
        : { kind: 'exhausted' }
      return { ok: false, error: portError(c, gateway, failure, onConnect) }
    }
    const ipv6 = w.hostIp === '' && hostIp === '0.0.0.0'
    bindings.push({ containerPort: w.containerPort, proto: w.proto, hostIp, hostPort: port, ipv6 })
    const taken = mine.get(`${w.proto}/${port}`)
    if (taken) taken.push(hostIp)
    else mine.set(`${w.proto}/${port}`, [hostIp])
  }
  return { ok: true, value: { bindings, nextEphemeral: next } }
}

/**
 * After a running container joins or leaves a network: when the endpoint providing its gateway
 * changes, the driver revokes the old one's port mappings and programs the new one's
 * (libnetwork/endpoint.go sbJoin, sbLeave), so ports published without a host port get new
 * ephemeral ones. A failure refuses a connect; on a disconnect it is only logged, and the
 * container is left without its ports.
 */
export function followGateway(
  before: Topology,
  after: Topology,
  id: ContainerId,
  onConnect: boolean,
): Result<Topology, EngineError> {
  const was = before.containers.get(id)
  const now = after.containers.get(id)
  const host = now ? after.hosts.get(now.host) : undefined
  if (!was || !now || !host || now.state !== 'running') return { ok: true, value: after }
  const gatewayBefore = gatewayEndpoint(before, was)?.networkId ?? null
  if (gatewayBefore === (gatewayEndpoint(after, now)?.networkId ?? null))
    return { ok: true, value: after }
  const released = withContainer(after, { ...now, ports: [] })
  const ports = allocateBindings(released, host, { ...now, ports: [] }, onConnect)
  if (!ports.ok) return onConnect ? ports : { ok: true, value: released }
  const bound = withContainer(released, { ...now, ports: ports.value.bindings })
  return {
    ok: true,
    value: withHost(bound, { ...host, nextEphemeralPort: ports.value.nextEphemeral }),
  }
}

/** The Linux bridge behind a network: docker0, or br-<first 12 hex of the network id>. */
export function bridgeName(n: Network): string {
  if (isDefaultBridge(n)) return n.options['com.docker.network.bridge.name'] ?? 'docker0'
  return n.options['com.docker.network.bridge.name'] ?? `br-${n.id.slice(0, 12)}`
}

export interface PublishedPort {
  readonly container: Container
  readonly binding: PortBinding
  readonly network: Network
  readonly containerIp: string
  /** The userland proxies' command lines, IPv4 then IPv6 (v28 adds -use-listen-fd). */
  readonly proxies: readonly string[]
  /** `iptables-save`-style rules, each with its table. */
  readonly rules: readonly { readonly table: 'nat' | 'filter'; readonly rule: string }[]
}

/** Every published port on a host with its docker-proxy command and iptables rules. */
export function publishedPorts(t: Topology, hostName: string): PublishedPort[] {
  const out: PublishedPort[] = []
  for (const c of worldIndex(t).containersByHost.get(hostName) ?? []) {
    if (c.state !== 'running' || c.ports.length === 0) continue
    const ep = gatewayEndpoint(t, c)
    const network = ep ? t.networks.get(ep.networkId) : undefined
    if (!ep || !ep.ip || !network) continue
    const br = bridgeName(network)
    for (const b of c.ports) {
      const dest = b.hostIp === '0.0.0.0' ? '' : `-d ${b.hostIp}/32 `
      out.push({
        container: c,
        binding: b,
        network,
        containerIp: ep.ip,
        proxies: bindingAddresses(b).map(
          (a) =>
            `/usr/bin/docker-proxy -proto ${b.proto} -host-ip ${a.ip} -host-port ${b.hostPort} -container-ip ${ep.ip} -container-port ${b.containerPort} -use-listen-fd`,
        ),
        rules: [
          {
            table: 'nat',
            rule: `-A DOCKER ${dest}! -i ${br} -p ${b.proto} -m ${b.proto} --dport ${b.hostPort} -j DNAT --to-destination ${ep.ip}:${b.containerPort}`,
          },
          {
            table: 'filter',
            rule: `-A DOCKER -d ${ep.ip}/32 ! -i ${br} -o ${br} -p ${b.proto} -m ${b.proto} --dport ${b.containerPort} -j ACCEPT`,
          },
        ],
      })
    }
  }
  return out
}

export interface IptablesTables {
  readonly raw: readonly string[]
  readonly filter: readonly string[]
  readonly nat: readonly string[]
}

/** Built-in chains with their policies, and the chains Docker adds (Engine 28 layout). */
export const IPTABLES_CHAINS = {
  raw: { builtin: ['PREROUTING ACCEPT', 'OUTPUT ACCEPT'], docker: [] as string[] },
  filter: {
    builtin: ['INPUT ACCEPT', 'FORWARD DROP', 'OUTPUT ACCEPT'],
    docker: [
      'DOCKER',
      'DOCKER-BRIDGE',
      'DOCKER-CT',
      'DOCKER-FORWARD',
      'DOCKER-INTERNAL',
      'DOCKER-USER',
    ],
  },
  nat: {
    builtin: ['PREROUTING ACCEPT', 'INPUT ACCEPT', 'OUTPUT ACCEPT', 'POSTROUTING ACCEPT'],
    docker: ['DOCKER'],
  },
} as const

/**
 * The rules Docker maintains on a host, table by table, as `iptables-save` lists them
 * (Engine 28 layout: DOCKER-FORWARD, DOCKER-BRIDGE, DOCKER-CT, DOCKER-INTERNAL; with the
 * userland proxy on, no per-port hairpin MASQUERADE). Source: moby
 * daemon/libnetwork/drivers/bridge/internal/iptabler and its golden files.
 */
export function hostIptables(
  t: Topology,
  hostName: string,
  published: readonly PublishedPort[] = publishedPorts(t, hostName),
): IptablesTables {
  const nets = worldIndex(t).bridgesByHost.get(hostName) ?? []
  const raw: string[] = []
  for (const c of worldIndex(t).containersByHost.get(hostName) ?? []) {
    if (c.state !== 'running' || c.ports.length === 0) continue
    for (const e of c.endpoints) {
      const n = t.networks.get(e.networkId)
      if (e.ip && n && driverCaps(n.driver).linuxBridge)
        raw.push(`-A PREROUTING -d ${e.ip}/32 ! -i ${bridgeName(n)} -j DROP`)
    }
  }
  const filter: string[] = ['-A FORWARD -j DOCKER-USER', '-A FORWARD -j DOCKER-FORWARD']
  for (const p of published) for (const r of p.rules) if (r.table === 'filter') filter.push(r.rule)
  filter.push(...legacyLinkRules(t, hostName))
  for (const n of nets) filter.push(`-A DOCKER ! -i ${bridgeName(n)} -o ${bridgeName(n)} -j DROP`)
  for (const n of nets) filter.push(`-A DOCKER-BRIDGE -o ${bridgeName(n)} -j DOCKER`)
  for (const n of nets) {
    filter.push(
      `-A DOCKER-CT -o ${bridgeName(n)} -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT`,
    )
  }
  filter.push(
    '-A DOCKER-FORWARD -j DOCKER-CT',
    '-A DOCKER-FORWARD -j DOCKER-INTERNAL',
    '-A DOCKER-FORWARD -j DOCKER-BRIDGE',
  )
  for (const n of nets) {
    const br = bridgeName(n)
    if (n.internal) continue
    if (n.icc) filter.push(`-A DOCKER-FORWARD -i ${br} -j ACCEPT`)
    else
      filter.push(
        `-A DOCKER-FORWARD -i ${br} -o ${br} -j DROP`,
        `-A DOCKER-FORWARD -i ${br} ! -o ${br} -j ACCEPT`,
      )
  }
  for (const n of nets) {
    if (!n.internal || !n.subnet) continue
    filter.push(
      `-A DOCKER-INTERNAL -s ${n.subnet} ! -d ${n.subnet} -j DROP`,
      `-A DOCKER-INTERNAL ! -s ${n.subnet} -d ${n.subnet} -j DROP`,
    )
  }
  filter.push('-A DOCKER-USER -j RETURN')
  const nat: string[] = [
    '-A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER',
    '-A OUTPUT ! -d 127.0.0.0/8 -m addrtype --dst-type LOCAL -j DOCKER',
  ]
  for (const n of nets) {
    if (n.subnet && !n.internal)
      nat.push(`-A POSTROUTING -s ${n.subnet} ! -o ${bridgeName(n)} -j MASQUERADE`)
  }
  for (const p of published) for (const r of p.rules) if (r.table === 'nat') nat.push(r.rule)
  return { raw, filter, nat }
}

/** ACCEPT rules a legacy link adds on docker0 for each port the child exposes (iptables.go Link). */
function legacyLinkRules(t: Topology, hostName: string): string[] {
  const out: string[] = []
  const bridge = worldIndex(t).defaultBridgeByHost.get(hostName)
  if (!bridge || bridge.icc) return out
  for (const parent of worldIndex(t).containersByHost.get(hostName) ?? []) {
    if (parent.state !== 'running' || parent.links.length === 0) continue
    const pip = parent.endpoints.find((e) => e.networkId === bridge.id)?.ip
    for (const l of parent.links) {
      const child = t.containers.get(l.childId)
      const cip = child?.endpoints.find((e) => e.networkId === bridge.id)?.ip
      if (!child || !pip || !cip) continue
      for (const e of child.exposed) {
        out.push(
          `-A DOCKER -s ${pip}/32 -d ${cip}/32 -i docker0 -o docker0 -p ${e.proto} -m ${e.proto} --dport ${e.port} -j ACCEPT`,
        )
        out.push(
          `-A DOCKER -s ${cip}/32 -d ${pip}/32 -i docker0 -o docker0 -p ${e.proto} -m ${e.proto} --sport ${e.port} -j ACCEPT`,
        )
      }
    }
  }
  return out
}

/** The host addresses a binding listens on, as Docker prints them: `0.0.0.0` and `[::]`. */
export function bindingAddresses(
  b: PortBinding,
): { readonly ip: string; readonly display: string }[] {
  const v4 = { ip: b.hostIp, display: b.hostIp.includes(':') ? `[${b.hostIp}]` : b.hostIp }
  return b.ipv6 ? [v4, { ip: '::', display: '[::]' }] : [v4]
}
