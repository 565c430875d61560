/**
 * What "the same world" means for a compose round trip (topology → compose file → import):
 * a plain value to compare with a deep equality, ids replaced by the names they stand for.
 *
 * Compared: each container's host, name, image, command, env, hostname when set, network mode
 * (the donor by name), endpoints in order (network, aliases, links as `name:alias`, static and
 * current address), legacy links, exposed and published ports, bound host ports, mounts,
 * `--volumes-from` donors, dns, extra hosts, privileged, restart policy and labels; the
 * networks containers join (name, driver, subnet and gateway, ip-range, internal, attachable,
 * options, labels) and the named volumes (name, driver, labels).
 *
 * Not compared, as compose makes them so: compose's own labels; the container state (compose
 * up starts every service); `-P` (compose writes the ports it publishes). `loose` also leaves
 * out what a world compose did not make cannot keep: addresses and host ports handed out by
 * Docker (creation order decides them, and compose orders networks by first use), and the
 * container's own name as an alias (compose gives a service its name as one; Docker resolves
 * a container's name anyway).
 */
import { findContainer, shortId, type Container, type Mount, type Topology } from '../../engine'

const own = (labels: Readonly<Record<string, string>> | undefined) =>
  Object.fromEntries(
    Object.entries(labels ?? {}).filter(([k]) => !k.startsWith('com.docker.compose.')),
  )

const sorted = <T>(list: readonly T[], key: (x: T) => string): T[] =>
  [...list].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))

export function worldShape(t: Topology, { loose = false } = {}) {
  const byId = (id: string | null) => (id === null ? null : (t.containers.get(id)?.name ?? id))
  const byRef = (c: Container, ref: string) => findContainer(t, c.host, ref)?.name ?? ref
  const anonymous = (c: Container, m: Mount) =>
    m.anonymous ? { ...m, source: `anonymous ${c.name}:${m.destination}` } : m
  const containers = [...t.containers.values()]
  // A default hostname is a container's short id (its own, or its namespace donor's).
  const shortIds = new Map(containers.map((c) => [shortId(c.id), c.name]))
  const used = new Set(containers.flatMap((c) => c.endpoints.map((e) => e.networkId)))
  const published = (c: Container) =>
    c.publishAll
      ? [
          ...c.publish,
          ...c.exposed
            .filter(
              (e) => !c.publish.some((p) => p.containerPort === e.port && p.proto === e.proto),
            )
            .map((e) => ({
              containerPort: e.port,
              proto: e.proto,
              hostIp: '',
              hostPortStart: 0,
              hostPortEnd: 0,
            })),
        ]
      : c.publish
  return {
    containers: sorted(containers, (c) => `${c.host}/${c.name}`).map((c) => ({
      host: c.host,
      name: c.name,
      image: c.image,
      cmd: c.cmd,
      env: c.env,
      hostname: shortIds.has(c.hostname) ? `id of ${shortIds.get(c.hostname)}` : c.hostname,
      networkMode:
        c.networkMode.kind === 'container' ? `container:${byId(c.joinedTo)}` : c.networkMode.kind,
      endpoints: c.endpoints.map((e) => ({
        network: t.networks.get(e.networkId)?.name,
        aliases: loose ? e.aliases.filter((a) => a !== c.name) : e.aliases,
        links: e.links.map((l) => {
          const [ref = '', alias] = l.split(':')
          const name = byRef(c, ref)
          return `${name}:${alias ?? name}`
        }),
        staticIp: e.staticIp,
        ip: loose && !e.staticIp ? null : e.ip,
      })),
      links: c.links.map((l) => ({ child: byId(l.childId), alias: l.alias })),
      exposed: c.exposed,
      publish: published(c),
      ports: loose
        ? c.ports.filter((p) => c.publish.some((q) => q.hostPortStart === p.hostPort))
        : c.ports,
      mounts: sorted(
        c.mounts.map((m) => anonymous(c, m)),
        (m) => m.destination,
      ),
      volumesFrom: c.volumesFrom.map((v) => {
        const [ref = '', ...mode] = v.split(':')
        return [byRef(c, ref), ...mode].join(':')
      }),
      dns: c.dns,
      addHosts: c.addHosts,
      privileged: c.privileged,
      restart: c.restart,
      labels: own(c.labels),
    })),
    networks: sorted(
      [...t.networks.values()].filter((n) => used.has(n.id) && !n.predefined),
      (n) => n.name,
    ).map((n) => ({
      host: n.host,
      name: n.name,
      driver: n.driver,
      subnet: n.userSubnet || !loose ? n.subnet : null,
      gateway: n.userGateway || !loose ? n.gateway : null,
      ipRange: n.ipRange ?? null,
      internal: n.internal,
      attachable: n.attachable,
      options: n.options,
      labels: own(n.labels),
    })),
    volumes: sorted(
      [...t.volumes.values()].filter((v) => !v.anonymous),
      (v) => `${v.host}/${v.name}`,
    ).map((v) => ({ host: v.host, name: v.name, driver: v.driver, labels: own(v.labels) })),
  }
}
