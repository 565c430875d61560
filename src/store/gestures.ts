/**
 * Canvas gestures as docker commands: dropping a palette item or drawing an edge becomes the
 * command a user would type, run through the same CLI (architecture.md, "one execution
 * path"). The status line then shows that command, so the canvas teaches the CLI.
 */
import { formatIpv4, listHosts, lookupImage, nextLanIp, parseIpv4, type Topology } from '../engine'
import { docker, parseEdgeId, parseNodeId } from './ids'

export type PaletteItem =
  | { readonly kind: 'host' }
  | { readonly kind: 'bridge' }
  | { readonly kind: 'overlay' }
  /** A macvlan or ipvlan network on the host's LAN, its children hanging from `parent`. */
  | { readonly kind: 'lan'; readonly driver: 'macvlan' | 'ipvlan'; readonly parent: string }
  | { readonly kind: 'volume' }
  | { readonly kind: 'container'; readonly image: string }

/** A name not used yet among `taken`: `base1`, `base2`, ... */
function freshName(base: string, taken: ReadonlySet<string>): string {
  for (let i = 1; ; i++) if (!taken.has(`${base}${i}`)) return `${base}${i}`
}

/**
 * The commands a drop runs, given the ids of the nodes under the drop point (a host, perhaps
 * a network inside it). Dropping outside any host targets the current host.
 */
export function dropCommands(
  t: Topology,
  current: string,
  item: PaletteItem,
  under: readonly string[],
): string[] {
  const refs = under.map(parseNodeId)
  const host = refs.find((r) => r.kind === 'host')?.id ?? current
  const network = refs.find((r) => r.kind === 'network')
  const on = (...words: string[]) => docker(host, current, ...words)
  switch (item.kind) {
    case 'host': {
      // A context names another daemon only with --docker: without it, it is this one again.
      const name = freshName('vm', new Set(t.hosts.keys()))
      return [
        docker(
          current,
          current,
          'context',
          'create',
          name,
          '--docker',
          `host=tcp://${nextLanIp(t)}:2375`,
        ),
      ]
    }
    case 'bridge':
      return [
        on(
          'network',
          'create',
          freshName('net', new Set([...t.networks.values()].map((n) => n.name))),
        ),
      ]
    case 'overlay': {
      const name = freshName('overlay', new Set([...t.networks.values()].map((n) => n.name)))
      const inSwarm = t.hosts.get(host)?.swarm === 'manager'
      return [
        ...(inSwarm ? [] : [on('swarm', 'init')]),
        on('network', 'create', '-d', 'overlay', '--attachable', name),
      ]
    }
    case 'lan': {
      const name = freshName(item.driver, new Set([...t.networks.values()].map((n) => n.name)))
      const flags = lanNetworkFlags(t, host, item.driver, item.parent.trim() || 'eth0')
      return [on('network', 'create', ...flags, name)]
    }
    case 'volume':
      return [
        on(
          'volume',
          'create',
          freshName(
            'vol',
            new Set([...t.volumes.values()].filter((v) => v.host === host).map((v) => v.name)),
          ),
        ),
      ]
    case 'container': {
      const image = lookupImage(item.image)
      const base =
        image.repo
          .split('/')
          .pop()
          ?.replace(/[^a-zA-Z0-9_.-]/g, '') || 'c'
      const taken = new Set(
        [...t.containers.values()].filter((c) => c.host === host).map((c) => c.name),
      )
      const name = freshName(base, taken)
      const net = network ? t.networks.get(network.id) : undefined
      const netFlag = net && !net.predefined ? ['--network', net.name] : []
      // Plain images run a shell that needs a terminal to stay up, as `docker run -dit` does.
      const flags = image.service === null && !image.ambassador ? '-dit' : '-d'
      return [on('run', flags, '--name', name, ...netFlag, item.image)]
    }
  }
}

/**
 * Flags for a macvlan/ipvlan network on a host's own LAN, as Docker's macvlan tutorial writes
 * them: the host's /24 as subnet, its router (.1) as gateway, and a /27 of its own for the
 * containers' addresses, so that two hosts' networks on one LAN never hand out the same one
 * (Docker's IPAM knows nothing of the other hosts). The i-th host takes .32(i+1)/27; past the
 * seventh, no range.
 */
function lanNetworkFlags(
  t: Topology,
  host: string,
  driver: 'macvlan' | 'ipvlan',
  parent: string,
): string[] {
  const lanIp = parseIpv4(t.hosts.get(host)?.lanIp ?? '') ?? 0
  const base = (lanIp & 0xffffff00) >>> 0
  const index = listHosts(t).findIndex((h) => h.name === host)
  const block = 32 * (index + 1)
  const range = block < 256 ? ['--ip-range', `${formatIpv4(base + block)}/27`] : []
  return [
    '-d',
    driver,
    '--subnet',
    `${formatIpv4(base)}/24`,
    '--gateway',
    formatIpv4(base + 1),
    ...range,
    '-o',
    `parent=${parent}`,
  ]
}

/**
 * The commands a deletion on the canvas runs, containers first so that their networks and
 * volumes are free by the time those go: `docker rm -f`, `docker network disconnect` for an
 * attachment edge, `docker network rm`, `docker volume rm`. Docker refuses what it refuses (a
 * predefined network, a volume in use) and the refusal is shown like any other. Hosts and
 * edges Docker cannot undo in place (links, mounts, joins) give no command.
 */
export function deleteCommands(
  t: Topology,
  current: string,
  nodeIds: readonly string[],
  edgeIds: readonly string[],
): string[] {
  const refs = nodeIds.map(parseNodeId)
  const containers = refs
    .filter((r) => r.kind === 'container')
    .flatMap((r) => t.containers.get(r.id) ?? [])
  const gone = new Set(containers.map((c) => c.id))
  const detach = edgeIds.flatMap((id) => {
    const edge = parseEdgeId(id)
    const c = t.containers.get(edge.container)
    const n = t.networks.get(edge.key)
    if (edge.kind !== 'endpoint' || !c || !n || gone.has(c.id)) return []
    return [docker(c.host, current, 'network', 'disconnect', n.name, c.name)]
  })
  const networks = refs
    .filter((r) => r.kind === 'network')
    .flatMap((r) => t.networks.get(r.id) ?? [])
    .map((n) => docker(n.host ?? current, current, 'network', 'rm', n.name))
  const volumes = refs
    .filter((r) => r.kind === 'volume')
    .map((r) => {
      const slash = r.id.indexOf('/')
      return docker(r.id.slice(0, slash), current, 'volume', 'rm', r.id.slice(slash + 1))
    })
  return [
    ...containers.map((c) => docker(c.host, current, 'rm', '-f', c.name)),
    ...detach,
    ...networks,
    ...volumes,
  ]
}
