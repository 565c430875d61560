/**
 * The prose of reachability: a route's hops as the lines the Reach tab, the matrix proof and
 * the trace list, and blockers as the sentence saying why not. The one place these texts are
 * made; every view renders the engine's data through it.
 */
import type { DnsAnswer, Unresolved } from './dns'
import type { Blocker, Hop, WireHop } from './reach-hops'
import type { Route } from './reach-routes'
import type { PortReach, ReachVerdict } from './reachability'

/**
 * A route's hops as lines. The hops up to the first ambassador are the client's own
 * connection and read in full; the connections socat opens after it read briefly, naming what
 * each one reaches.
 */
export function routeLines(hops: readonly Hop[]): string[] {
  const out: string[] = []
  let forwarded = false
  for (const hop of hops) {
    out.push(...hopLines(hop, forwarded))
    if (hop.kind === 'ambassador') forwarded = true
  }
  return out
}

function hopLines(hop: Hop, forwarded: boolean): string[] {
  switch (hop.kind) {
    case 'same-namespace':
      return hop.rule === 'joined-namespace'
        ? ['same network namespace (--network container:): 127.0.0.1 reaches every port']
        : ['same network namespace']
    case 'network': {
      const on = hop.defaultBridge ? 'the default bridge (docker0)' : `network ${hop.network.name}`
      const rule =
        hop.rule === 'icc'
          ? `icc is enabled on ${hop.network.name}: every port is open`
          : `icc is disabled, but --link ${hop.to.name} opened its exposed ports (${hop.openPorts?.join(', ') || 'none'})`
      return [`both on ${on}`, rule]
    }
    case 'host-loopback':
      return ['both use the host network: 127.0.0.1 reaches every port']
    case 'host-to-bridge':
      return [
        `${hop.from.name} uses the host network`,
        `the host routes to ${hop.subnet ?? ''} through ${hop.network.name}`,
      ]
    case 'host-network':
      if (forwarded) return [`${hop.to.name} listens on host ${hop.host}'s network`]
      return [`${hop.to.name} uses host ${hop.host}'s network`, reachedAt(hop.via, hop.target)]
    case 'lan':
      // The LAN between hosts goes without saying in the views' prose; the trace draws it.
      return []
    case 'siblings':
      return [
        `both on ${hop.driver} network ${hop.network.name} (children of ${hop.parent})`,
        `${hop.driver} ${lanMode(hop)}: its children reach each other at every port`,
      ]
    case 'wire':
      return [
        `${hop.to.name} is on the LAN at ${hop.target.address} (${hop.driver} network ${hop.network.name} on host ${hop.host})`,
        wireWay(hop),
      ]
    case 'published': {
      const p = `-p ${hop.before.port}:${hop.after.port}`
      if (forwarded)
        return [
          `${p} on host ${hop.host}: docker-proxy / DNAT to ${hop.container.name}:${hop.after.port}`,
        ]
      return [
        `${p} publishes it on host ${hop.host} (${hop.hostIp}:${hop.before.port})`,
        `docker-proxy / DNAT forwards ${hop.before.address}:${hop.before.port} to ${hop.after.port}/${hop.proto}`,
      ]
    }
    case 'ambassador': {
      const to = `${hop.target.address}:${hop.target.port}`
      return forwarded
        ? [`ambassador ${hop.container.name} forwards to ${to}`]
        : [
            `ambassador ${hop.container.name} (socat) listens on ${hop.listen} and forwards to ${to}`,
          ]
    }
  }
}

function lanMode(n: { readonly mode: string; readonly flag: string | null }): string {
  return n.flag === null ? `${n.mode} mode` : `flag ${n.flag}`
}

function wireWay(hop: WireHop): string {
  switch (hop.rule) {
    case 'own-wire':
      return `${hop.from.name} is on the LAN too (${hop.fromNetwork?.name ?? ''}), which carries it there`
    case 'router':
      return `host ${hop.fromHost} is on another subnet: the LAN router carries it back in through ${hop.parent}`
    case 'lan':
      return `host ${hop.fromHost} reaches it over the LAN`
  }
}

function reachedAt(via: 'lan' | 'gateway' | 'loopback', target: { address: string }): string {
  switch (via) {
    case 'lan':
      return `reached on the LAN at ${target.address}`
    case 'gateway':
      return `reached through the gateway ${target.address}`
    case 'loopback':
      return `reached on the host's loopback ${target.address}`
  }
}

/** Why not, in one sentence. */
export function blockerText(b: Blocker): string {
  switch (b.code) {
    case 'not-running':
      return `${b.params.container.name} is not running`
    case 'none-network':
      return `${b.params.container.name} has no network (--network none)`
    case 'icc-disabled':
      return `icc is disabled on this bridge (${b.params.network.name}): traffic between its containers is dropped`
    case 'icc-link-ports':
      return "icc is disabled on this bridge: only the linked container's exposed ports are open"
    case 'not-listening':
      return `nothing listens on ${b.params.port} in ${b.params.container.name}`
    case 'not-listening-at':
      return `nothing listens on ${b.params.address}:${b.params.port}`
    case 'no-route-out':
      return `${b.params.container.name} has no route out of its network`
    case 'not-published':
      return `port ${b.params.port} is not published on host ${b.params.host}`
    case 'no-shared-network': {
      const pub = b.params.publishes ? '' : ' and publishes no port'
      return b.params.host === null
        ? `no shared network${pub}`
        : `no shared network: ${b.params.container.name} is on host ${b.params.host}${pub}`
    }
    case 'no-route':
      return `no route from ${b.params.container.name} to ${b.params.address}`
    case 'parent-isolation': {
      const p = b.params
      return `host ${p.host} and ${p.container.name} (${p.address}, ${p.driver} network ${p.network.name} on its ${p.parent}) cannot talk: the kernel does not pass traffic between a parent interface and its ${p.driver} children`
    }
    case 'siblings-isolated': {
      const p = b.params
      const vepa = p.mode === 'vepa' || p.flag === 'vepa'
      const why = vepa
        ? 'vepa sends every frame to the switch, which does not send it back'
        : 'private isolates them'
      return `${p.driver} ${lanMode(p)} on ${p.network.name}: its children cannot talk to each other (${why})`
    }
  }
}

/** The verdict's one sentence: how (its first route's hops), or why not. */
export function verdictText(v: ReachVerdict): string {
  if (v.reason) return blockerText(v.reason)
  return routeLines(v.routes[0]?.hops ?? []).join('; ')
}

/** Why a port is not reached; null when it is. */
export function portReasonText(p: PortReach): string | null {
  return p.reason ? blockerText(p.reason) : null
}

/** Who reaches whom, then how or why not (the matrix cell's title). */
export function pairText(v: ReachVerdict): string {
  return `${v.from} ${v.reachable ? 'reaches' : 'does not reach'} ${v.to}: ${verdictText(v)}`
}

/** A route's kind and address, e.g. `network testnet → 172.18.0.3 (every port)`. */
export function routeTitle(r: Route): string {
  const to = `${r.address}${r.connectPort !== null ? `:${r.connectPort}` : ''}`
  const scope =
    r.onlyPorts !== null
      ? ` (only ${r.onlyPorts.join(', ') || 'no port'})`
      : r.targetPort !== null
        ? ` (to port ${r.targetPort})`
        : ' (every port)'
  switch (r.kind) {
    case 'loopback':
      return `loopback → ${to}${scope}`
    case 'bridge':
      return `network ${r.network ?? ''} → ${to}${scope}`
    case 'host-to-bridge':
      return `host network, routed to ${r.network ?? ''} → ${to}${scope}`
    case 'to-host-network':
      return `to the host's network → ${to}${scope}`
    case 'published':
      return `published port → ${to}${scope}`
    case 'ambassador':
      return `through an ambassador → ${to}${scope}`
    case 'lan':
      return `on the LAN (${r.network ?? ''}) → ${to}${scope}`
  }
}

/** A port reached by none of the routes, when no blocker says why. */
export const unreachablePort = 'unreachable'

/** Why `name` does not resolve, as the terminal and the views say it. */
export function unresolvedText(name: string, u: Unresolved): string {
  const not = 'name does not resolve'
  switch (u.code) {
    case 'none-network':
      return `${not}: the container has no network (--network none)`
    case 'host-network':
      return `${not}: the container uses the host's network, whose resolver knows no container names`
    case 'default-bridge':
      return u.params.target
        ? `${not}: the default bridge has no embedded DNS (link with --link ${u.params.target.name} or use a user-defined network)`
        : `${not}: the default bridge has no embedded DNS`
    case 'no-shared-network':
      return `${not}: ${u.params.container.name} is on no user-defined network that ${u.params.from.name} is on`
    case 'other-host':
      return `${not}: ${u.params.container.name} runs on host ${u.params.host}, and names do not cross hosts`
    case 'not-running':
      return `${not}: ${u.params.container.name} is not running`
    case 'no-such-name':
      return `${not}: no container, alias or link is called ${name}`
  }
}

/** Where a name's answer came from, as the views say it: the resolver's own words. */
export function answerWhy(a: DnsAnswer): string {
  return a.why
}
