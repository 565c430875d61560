/**
 * What a stopped (created or exited) container keeps of its networks. Docker holds its endpoint
 * configs in NetworkSettings.Networks, keyed by network name, and looks the networks up only
 * when it starts: connecting it twice is silent, connecting it to a missing network is accepted,
 * and `network rm` leaves its config behind, so the next start fails. Source: moby v28.2.2
 * daemon/container_operations.go (ConnectToNetwork, updateNetworkSettings,
 * DisconnectFromNetwork, allocateNetwork → connectToNetwork → findAndAttachNetwork).
 */
import { driverCaps } from './drivers'
import { engineError, type EngineError } from './error-core'
import type { Container, DanglingEndpoint, Endpoint, HostName, Network } from './model'
import type { Result, Topology } from './model'
import { checkEndpointSettings, newEndpoint, type ConnectOptions } from './networks'
import { findNetwork, withContainer } from './world'

/**
 * Whether Docker has written the network's id into this endpoint config: it does when the
 * container joins the network (buildEndpointInfo), which Docknet knows by the address it got.
 * A config that never joined is shown with an empty NetworkID and found again by name.
 */
export function joinedOnce(ep: Endpoint): boolean {
  return ep.lastIp !== null
}

function isJoined(c: Container): boolean {
  return c.joinedTo !== null || c.networkMode.kind === 'container'
}

function withDangling(c: Container, dangling: readonly DanglingEndpoint[]): Container {
  if (dangling.length > 0) return { ...c, dangling }
  const { dangling: _dropped, ...rest } = c
  return rest
}

/** The config `network rm` leaves on a stopped member, under the network's name. */
export function leftByRemove(c: Container, net: Network): Container {
  const ep = c.endpoints.find((e) => e.networkId === net.id)
  if (!ep) return c
  const kept: DanglingEndpoint = {
    name: net.name,
    networkId: joinedOnce(ep) ? net.id : null,
    aliases: ep.aliases,
    links: ep.links,
    staticIp: ep.staticIp,
  }
  const endpoints = c.endpoints.filter((e) => e !== ep)
  return withDangling({ ...c, endpoints }, [...(c.dangling ?? []), kept])
}

/**
 * `docker network connect` of a stopped container. A missing network is not looked for: the
 * config is kept under the reference as typed. An existing one is checked (the endpoint
 * settings, then a conflict with the container's mode); a second connect is silent and keeps
 * the first config.
 */
export function connectStopped(
  t: Topology,
  host: HostName,
  netRef: string,
  c: Container,
  opts: ConnectOptions,
): Result<Topology, EngineError> {
  const net = findNetwork(t, host, netRef)
  const dangling = c.dangling ?? []
  if (!net) {
    const kept: DanglingEndpoint = {
      name: netRef,
      networkId: null,
      aliases: opts.aliases ?? [],
      links: opts.links ?? [],
      staticIp: opts.ip ?? null,
    }
    const others = dangling.filter((d) => d.name !== netRef)
    return { ok: true, value: withContainer(t, withDangling(c, [...others, kept])) }
  }
  const bad = checkEndpointSettings(net, opts)
  if (bad) return { ok: false, error: bad }
  if (driverCaps(net.driver).namespace === 'host') {
    if (c.networkMode.kind === 'host') return { ok: true, value: t }
    return { ok: false, error: engineError('HOST_CONNECT') }
  }
  const sameName = dangling.find((d) => d.name === net.name)
  // A config found by name is this network already; one pinned to a removed id is replaced.
  if (c.endpoints.some((e) => e.networkId === net.id) || (sameName && sameName.networkId === null))
    return { ok: true, value: t }
  if (isJoined(c) || c.networkMode.kind === 'host')
    return { ok: false, error: engineError('JOINED_CONNECT') }
  const isNone = (n: Network | undefined) => n && driverCaps(n.driver).namespace === 'none'
  const onNone = c.endpoints.some((e) => isNone(t.networks.get(e.networkId)))
  if (c.endpoints.length > 0 && (onNone || isNone(net)))
    return { ok: false, error: engineError('NONE_CONNECT') }
  const ep = newEndpoint(t, net, opts)
  const next = withDangling(
    { ...c, endpoints: [...c.endpoints, ep] },
    dangling.filter((d) => d !== sameName),
  )
  return { ok: true, value: { ...withContainer(t, next), seq: t.seq + 1 } }
}

/**
 * `docker network disconnect` of a stopped container (or with -f from a network that is gone):
 * the config kept under the network's name (or the reference as typed, when no network
 * answers to it) is dropped.
 */
export function disconnectStopped(
  t: Topology,
  c: Container,
  net: Network | null,
  netRef: string,
): Result<Topology, EngineError> {
  const name = net ? net.name : netRef
  const dangling = c.dangling ?? []
  const endpoints = c.endpoints.filter((e) => t.networks.get(e.networkId)?.name !== name)
  const kept = dangling.filter((d) => d.name !== name)
  if (endpoints.length === c.endpoints.length && kept.length === dangling.length)
    return { ok: false, error: engineError('NOT_CONNECTED_STOPPED', { id: c.id, network: name }) }
  return { ok: true, value: withContainer(t, withDangling({ ...c, endpoints }, kept)) }
}

/**
 * At start, each kept config looks for its network again (by its recorded id, else by name):
 * one that is found becomes an endpoint, checked as a connect would check it; one that is not
 * fails the start. A container sharing another's namespace cannot join any.
 */
export function claimDangling(
  t: Topology,
  c: Container,
): Result<{ container: Container; seq: number }, EngineError> {
  const dangling = c.dangling ?? []
  if (dangling.length === 0) return { ok: true, value: { container: c, seq: t.seq } }
  if (isJoined(c)) return { ok: false, error: engineError('START_JOINED_CONNECT') }
  let seq = t.seq
  const endpoints = [...c.endpoints]
  for (const d of dangling) {
    const net =
      d.networkId !== null ? (t.networks.get(d.networkId) ?? null) : findNetwork(t, c.host, d.name)
    if (!net)
      return {
        ok: false,
        error: engineError('START_NETWORK_NOT_FOUND', { name: d.networkId ?? d.name }),
      }
    const opts = {
      aliases: d.aliases,
      links: d.links,
      ...(d.staticIp !== null ? { ip: d.staticIp } : {}),
    }
    const bad = checkEndpointSettings(net, opts)
    if (bad) return { ok: false, error: engineError('START_BAD_ENDPOINT', { refusal: bad }) }
    endpoints.push(newEndpoint({ ...t, seq: seq++ }, net, opts))
  }
  return { ok: true, value: { container: withDangling({ ...c, endpoints }, []), seq } }
}
