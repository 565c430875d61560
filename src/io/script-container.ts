/**
 * The commands that make one container as its record says: `docker run -d` (or `docker create`
 * for one never started) with every flag the record implies, then the network changes made
 * after it (`docker network connect` / `disconnect`). Stopping comes last in the script (see
 * script.ts): a stopped link target or donor could not serve the containers made after it.
 *
 * The flags follow what `docker run` records (moby v28.2.2 daemon/create.go and
 * daemon/internal/runconfig): Config.Env is the image's ENV with `-e` applied in place,
 * Config.ExposedPorts the image's EXPOSE plus `--expose` and every `-p` port, and the mounts
 * `-v` first, then those `--volumes-from` copies (daemon/volumes.go registerMountPoints).
 */
import {
  findContainer,
  findNetwork,
  lookupImage,
  namespaceOwner,
  shortId,
  type Container,
  type Endpoint,
  type Mount,
  type Network,
  type PortMapping,
  type Topology,
} from '../engine'
import { repeated, pairs, shLine } from './script-words'

/** A `-p` value as the CLI reads it back (`[ip:][hostPort[-end]:]port[/proto]`). */
export function publishValue(p: PortMapping): string {
  const ip = p.hostIp.includes(':') ? `[${p.hostIp}]` : p.hostIp
  const range = p.hostPortEnd !== p.hostPortStart ? `-${p.hostPortEnd}` : ''
  const hostPort = p.hostPortStart === 0 ? '' : `${p.hostPortStart}${range}`
  const left = ip !== '' ? `${ip}:${hostPort}:` : hostPort !== '' ? `${hostPort}:` : ''
  return `${left}${p.containerPort}${p.proto === 'tcp' ? '' : `/${p.proto}`}`
}

/** The `-e` values: Config.Env where it differs from the image's ENV (replaced or added). */
export function ownEnv(c: Container): string[] {
  const image = lookupImage(c.image).env
  return c.env.filter((e, i) => i >= image.length || image[i] !== e)
}

/** The `--expose` values: exposed ports that neither the image nor a `-p` implies. */
function exposeValues(c: Container): string[] {
  const implied = new Set([
    ...lookupImage(c.image).exposed.map((e) => `${e.port}/${e.proto}`),
    ...c.publish.map((p) => `${p.containerPort}/${p.proto}`),
  ])
  return c.exposed
    .filter((e) => !implied.has(`${e.port}/${e.proto}`))
    .map((e) => `${e.port}/${e.proto}`)
}

/** Each `--volumes-from` value with its donor (null when it no longer exists). */
function volumeDonors(t: Topology, c: Container) {
  return c.volumesFrom.map((value) => {
    // `NAME[:MODE]`, MODE a comma list where `ro` makes the copies read-only (daemon/volumes.go).
    const [ref = '', mode = ''] = value.split(':')
    const rw = !mode.split(',').includes('ro')
    return { value, rw, donor: findContainer(t, c.host, ref) }
  })
}

/** A mount's identity for matching a dependent's mounts with its donor's. */
const mountKey = (m: Mount) => `${m.type}\n${m.source}\n${m.destination}`

/** The `-v` values: the container's own mounts, not those copied from a living donor. */
function volumeValues(t: Topology, c: Container): string[] {
  const donated = new Set(
    volumeDonors(t, c).flatMap((d) => (d.donor ? d.donor.mounts.map(mountKey) : [])),
  )
  return c.mounts
    .filter((m) => !donated.has(mountKey(m)))
    .map((m) => (m.anonymous ? m.destination : `${m.source}:${m.destination}${m.rw ? '' : ':ro'}`))
}

/** The `--volumes-from` values, the donor by name (an id prefix would name another on replay). */
function volumesFromValues(t: Topology, c: Container): string[] {
  return volumeDonors(t, c)
    .filter((d) => d.donor !== null)
    .map((d) => `${d.donor?.name}${d.rw ? '' : ':ro'}`)
}

/** The network `--network` named, and the mode text to give it. */
function modeOf(t: Topology, c: Container): { text: string | null; network: Network | null } {
  const mode = c.networkMode
  switch (mode.kind) {
    case 'bridge':
      return { text: null, network: findNetwork(t, c.host, 'bridge') }
    case 'host':
    case 'none':
      return { text: mode.kind, network: findNetwork(t, c.host, mode.kind) }
    case 'container': {
      const donor = c.joinedTo ? t.containers.get(c.joinedTo) : undefined
      return { text: `container:${donor?.name ?? mode.ref}`, network: null }
    }
    case 'network': {
      const net = findNetwork(t, c.host, mode.ref)
      return { text: net?.name ?? mode.ref, network: net }
    }
  }
}

/** The hostname Docker gives when no `-h` is passed (daemon/create.go, container_unix.go). */
function defaultHostname(t: Topology, c: Container): string {
  const donor = c.joinedTo ? t.containers.get(c.joinedTo) : undefined
  if (donor) return namespaceOwner(t, donor).hostname
  if (c.networkMode.kind === 'host') return c.host
  return shortId(c.id)
}

/** `--link child:alias` values of the legacy links whose child still exists. */
function legacyLinkValues(t: Topology, c: Container): string[] {
  return c.links.flatMap((l) => {
    const child = t.containers.get(l.childId)
    if (!child) return []
    return [child.name === l.alias ? child.name : `${child.name}:${l.alias}`]
  })
}

/** The endpoint flags `docker run` takes for its first network. */
function firstEndpointFlags(e: Endpoint | undefined): string[] {
  if (!e) return []
  return [
    ...repeated('--network-alias', e.aliases),
    ...(e.staticIp ? ['--ip', e.staticIp] : []),
    ...repeated('--link', e.links),
  ]
}

/** `docker network connect` for one endpoint. */
function connectLine(docker: readonly string[], net: Network, c: Container, e: Endpoint): string {
  return shLine([
    ...docker,
    'network',
    'connect',
    ...repeated('--alias', e.aliases),
    ...(e.staticIp ? ['--ip', e.staticIp] : []),
    ...repeated('--link', e.links),
    ...(e.gwPriority !== undefined ? ['--gw-priority', String(e.gwPriority)] : []),
    net.name,
    c.name,
  ])
}

/** The `docker run -d` / `docker create` words of a container, up to its command. */
function createWords(t: Topology, c: Container, modeEndpoint: Endpoint | undefined): string[] {
  const mode = modeOf(t, c)
  const create = c.state === 'created'
  const letters = `${create ? '' : 'd'}${c.interactive ? 'i' : ''}${c.tty ? 't' : ''}`
  const words = [create ? 'create' : 'run', ...(letters ? [`-${letters}`] : []), '--name', c.name]
  if (c.autoRemove) words.push('--rm')
  if (c.restart !== 'no') words.push('--restart', c.restart)
  if (c.privileged) words.push('--privileged')
  if (mode.text !== null) words.push('--network', mode.text)
  if (c.hostname !== defaultHostname(t, c)) words.push('-h', c.hostname)
  words.push(...firstEndpointFlags(modeEndpoint))
  words.push(...repeated('--link', legacyLinkValues(t, c)))
  words.push(...repeated('-p', c.publish.map(publishValue)))
  if (c.publishAll) words.push('-P')
  words.push(...repeated('--expose', exposeValues(c)))
  words.push(...repeated('-e', ownEnv(c)))
  words.push(...repeated('-v', volumeValues(t, c)))
  words.push(...repeated('--volumes-from', volumesFromValues(t, c)))
  words.push(...repeated('--dns', c.dns))
  words.push(
    ...repeated(
      '--add-host',
      c.addHosts.map((h) => `${h.name}:${h.ip}`),
    ),
  )
  words.push(...repeated('--label', pairs(c.labels)))
  words.push(c.image)
  if (!c.defaultCmd) words.push(...c.cmd)
  return words
}

/**
 * The lines that make `c`: its `docker run -d` (or `docker create`), then its other networks in
 * their order. `docker run` attaches the mode's network first; when the record has that network
 * later in its list (or not at all: disconnected since), it is disconnected and connected again
 * at its place, so the endpoints come out in the record's order.
 */
export function containerLines(t: Topology, c: Container, docker: readonly string[]): string[] {
  const modeNet = modeOf(t, c).network
  const at = modeNet ? c.endpoints.findIndex((e) => e.networkId === modeNet.id) : -1
  const lines = [shLine([...docker, ...createWords(t, c, c.endpoints[at])])]
  const rest = c.endpoints.filter((_e, i) => i !== at)
  const before = at < 0 ? rest : rest.slice(0, at)
  const after = at < 0 ? [] : rest.slice(at)
  const connect = (e: Endpoint) => {
    const net = t.networks.get(e.networkId)
    if (net) lines.push(connectLine(docker, net, c, e))
  }
  before.forEach(connect)
  const attached = modeNet && namespaceNetwork(modeNet) && c.networkMode.kind !== 'container'
  if (attached && at !== 0) {
    lines.push(shLine([...docker, 'network', 'disconnect', modeNet.name, c.name]))
    const own = c.endpoints[at]
    if (own) connect(own)
  }
  after.forEach(connect)
  return lines
}

/** A network `docker run --network` attaches an endpoint to (not host: it has none). */
function namespaceNetwork(n: Network): boolean {
  return n.driver !== 'host'
}

/** The containers `c` needs made before it: link children, its namespace donor, volume donors. */
export function containerNeeds(t: Topology, c: Container): string[] {
  return [
    ...c.links.map((l) => l.childId),
    ...(c.joinedTo ? [c.joinedTo] : []),
    ...volumeDonors(t, c).flatMap((d) => (d.donor ? [d.donor.id] : [])),
  ]
}
