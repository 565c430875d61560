/**
 * What "the same topology" means for a round trip (export, replay, compare): two topologies
 * are equal when their shapes are deeply equal.
 *
 * Compared: the settings; each host's name, LAN address, daemon options, swarm role and images
 * (in order); each network's host, name, driver, subnet, gateway, ip-range, whether subnet and
 * gateway were given, internal, icc, attachable, predefined, options and labels; each volume's
 * host, name, driver, anonymity and labels; each container's host, name, image, command (and
 * whether it is the image's), env, hostname, domainname, network mode, namespace donor, every
 * endpoint in order (network, aliases, links, static IP, address, last address, gateway
 * priority), endpoint configs kept for missing networks, legacy links (child, alias, and the
 * child's address, name and hostname when the parent started), exposed ports, `-p` specs,
 * `-P`, bound host ports, mounts, `--volumes-from`, dns, extra hosts, privileged, tty,
 * interactive, `--rm`, restart policy, labels, state and exit code.
 *
 * Left out, because Docker assigns them anew on every run: container, network and endpoint
 * ids, MAC addresses (both come from counters), creation sequence numbers, the next ephemeral
 * port each host's allocator would try, and the ephemeral host ports it gave (`-P`, `-p 80`). Where a compared value holds a Docker-assigned id, the
 * id is replaced by what it stands for: a network by its name, a container by `host/name`, an
 * anonymous volume by the first mount of it (container and path), a default hostname (the
 * short id) by the container it was made from. Also left out, as the exporter does not make
 * them: files (on hosts, in volumes, in containers) and logs.
 */
import { findContainer, shortId, type Container, type Mount, type Topology } from '../engine'

/** What a Docker-assigned value stands for, for each value that holds one. */
function namer(t: Topology) {
  const containers = [...t.containers.values()]
  const byShortId = new Map(containers.map((c) => [shortId(c.id), `${c.host}/${c.name}`]))
  const anonymous = new Map<string, string>()
  const mounts = containers
    .flatMap((c) => c.mounts.map((m) => ({ m, at: `${c.host}/${c.name}:${m.destination}` })))
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
  for (const { m, at } of mounts) {
    if (m.anonymous && !anonymous.has(m.source)) anonymous.set(m.source, `anonymous(${at})`)
  }
  const containerRef = (id: string | null) => {
    if (id === null) return null
    const c = t.containers.get(id)
    return c ? `${c.host}/${c.name}` : `missing container`
  }
  return {
    network: (id: string) => t.networks.get(id)?.name ?? 'missing network',
    container: containerRef,
    hostname: (h: string | undefined) =>
      h === undefined ? undefined : byShortId.has(h) ? `hostname of ${byShortId.get(h)}` : h,
    volume: (name: string) => anonymous.get(name) ?? name,
    mount: (m: Mount) => ({ ...m, source: anonymous.get(m.source) ?? m.source }),
  }
}

function containerShape(t: Topology, c: Container, name: ReturnType<typeof namer>) {
  const mode = c.networkMode
  const modeText =
    mode.kind === 'container'
      ? `container:${c.joinedTo !== null ? name.container(c.joinedTo) : mode.ref}`
      : mode.kind === 'network'
        ? `network:${[...t.networks.values()].find((n) => n.id === mode.ref)?.name ?? mode.ref}`
        : mode.kind
  return {
    host: c.host,
    name: c.name,
    image: c.image,
    cmd: c.cmd,
    defaultCmd: c.defaultCmd,
    env: c.env,
    hostname: name.hostname(c.hostname),
    domainname: c.domainname,
    networkMode: modeText,
    joinedTo: name.container(c.joinedTo),
    endpoints: c.endpoints.map((e) => ({
      network: name.network(e.networkId),
      aliases: e.aliases,
      links: e.links,
      staticIp: e.staticIp,
      ip: e.ip,
      lastIp: e.lastIp,
      gwPriority: e.gwPriority ?? 0,
    })),
    dangling: (c.dangling ?? []).map((d) => ({ ...d, networkId: null })),
    links: c.links.map((l) => ({
      child: name.container(l.childId),
      alias: l.alias,
      ipAtStart: l.ipAtStart,
      nameAtStart: l.nameAtStart,
      hostnameAtStart: name.hostname(l.hostnameAtStart),
    })),
    exposed: c.exposed,
    publish: c.publish,
    publishAll: c.publishAll,
    ports: c.ports.map((p) => ({ ...p, hostPort: chosenPort(c, p.hostPort) })),
    mounts: c.mounts.map(name.mount),
    volumesFrom: c.volumesFrom.map((v) => {
      const [ref = '', ...mode] = v.split(':')
      // Docker's own lookup: a name, else an unambiguous id prefix (a first match by prefix
      // could take another container whose id starts the same way).
      const donor = findContainer(t, c.host, ref)
      return [donor?.name ?? ref, ...mode].join(':')
    }),
    dns: c.dns,
    addHosts: c.addHosts,
    privileged: c.privileged,
    tty: c.tty,
    interactive: c.interactive,
    autoRemove: c.autoRemove,
    restart: c.restart,
    labels: c.labels,
    state: c.state,
    exitCode: c.exitCode,
  }
}

const byKey = <T>(list: readonly T[], key: (x: T) => string): T[] =>
  [...list].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))

/**
 * The topology as the values a user sees, ids replaced by what they stand for: a plain,
 * JSON-like value, to compare with a deep equality.
 */
export function topologyShape(t: Topology) {
  const name = namer(t)
  return {
    settings: t.settings,
    hosts: byKey([...t.hosts.values()], (h) => h.name).map((h) => ({
      name: h.name,
      lanIp: h.lanIp,
      daemon: h.daemon,
      swarm: h.swarm,
      images: h.images,
    })),
    networks: byKey(
      [...t.networks.values()].map((n) => ({
        host: n.host,
        name: n.name,
        driver: n.driver,
        subnet: n.subnet,
        gateway: n.gateway,
        userSubnet: n.userSubnet,
        userGateway: n.userGateway,
        ipRange: n.ipRange ?? null,
        internal: n.internal,
        icc: n.icc,
        attachable: n.attachable,
        predefined: n.predefined,
        options: n.options,
        labels: n.labels,
      })),
      (n) => `${n.host ?? ''}/${n.name}`,
    ),
    volumes: byKey(
      [...t.volumes.values()].map((v) => ({
        host: v.host,
        name: name.volume(v.name),
        driver: v.driver,
        anonymous: v.anonymous,
        labels: v.labels ?? {},
      })),
      (v) => `${v.host}/${v.name}`,
    ),
    containers: byKey(
      [...t.containers.values()].map((c) => containerShape(t, c, name)),
      (c) => `${c.host}/${c.name}`,
    ),
  }
}

/**
 * A bound host port as the user chose it, or `ephemeral` for one Docker's allocator gave
 * (`-P`, or a `-p` with no host port or a host range): a replay in another order gets
 * others, as a daemon would.
 */
function chosenPort(c: Container, port: number): number | 'ephemeral' {
  const chosen = c.publish.some(
    (m) => m.hostPortStart !== 0 && m.hostPortStart === m.hostPortEnd && m.hostPortStart === port,
  )
  return chosen ? port : 'ephemeral'
}
