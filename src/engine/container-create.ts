/**
 * `docker create` (and the first half of `docker run`): validates a container spec the way
 * the daemon does, in the daemon's order, and records the container in state `created`.
 * A refused spec changes nothing. Sources: daemon/create.go, daemon/internal/runconfig,
 * daemon/daemon_unix.go registerLinks, daemon/names.go.
 */
import { mapSet } from './persistent-map'
import { engineError, type EngineError } from './error-core'
import { makeId, makeName, shortId } from './ids'
import { lookupImage } from './images'
import { holdImage } from './image-store'
import { cleanTarget, ensureVolume, parseVolumeSpec, parseVolumesFrom } from './mounts'
import { namespaceOwner } from './namespace'
import { driverCaps } from './drivers'
import type {
  Container,
  DanglingEndpoint,
  Endpoint,
  HostName,
  Link,
  Mount,
  Network,
  NetworkMode,
  Result,
  Topology,
} from './model'
import {
  BRIDGE_MODE,
  HOST_MODE,
  NONE_MODE,
  networkModeText,
  parseNetworkMode,
  usesHostNetwork,
} from './network-mode'
import {
  checkEndpointSettings,
  connectContainer,
  inNetworkConfig,
  newEndpoint,
  type ConnectOptions,
} from './networks'
import { notAttachable } from './swarm'
import type { ExposedPort, PortMapping } from './port-spec'
import { containerByName } from './container-index'
import { defaultBridge, findContainer, findNetwork, isUserDefined } from './world'

/** Everything `docker run` / `docker create` can say about a new container. */
export interface ContainerSpec {
  readonly image: string
  readonly name?: string
  /** The command after the image; empty means the image's default. */
  readonly cmd?: readonly string[]
  readonly env?: readonly string[]
  /** `--label k=v`. */
  readonly labels?: Readonly<Record<string, string>>
  readonly hostname?: string
  /** `--net` / `--network`: bridge (default), host, none, container:X, or a network name. */
  readonly network?: string
  readonly aliases?: readonly string[]
  readonly ip?: string
  /** `--network name=X,gw-priority=N`: the first network's. */
  readonly gwPriority?: number
  /** The second and later `--network`s (API 1.44+), attached as a connect would. */
  readonly moreNetworks?: readonly MoreNetwork[]
  readonly links?: readonly string[]
  readonly publish?: readonly PortMapping[]
  readonly publishAll?: boolean
  readonly expose?: readonly ExposedPort[]
  readonly volumes?: readonly string[]
  readonly volumesFrom?: readonly string[]
  readonly dns?: readonly string[]
  readonly addHosts?: readonly { readonly name: string; readonly ip: string }[]
  readonly privileged?: boolean
  readonly tty?: boolean
  readonly interactive?: boolean
  readonly autoRemove?: boolean
  readonly restart?: string
}

export interface MoreNetwork extends ConnectOptions {
  readonly name: string
}

export interface Created {
  readonly topology: Topology
  readonly container: Container
  /** Things the daemon warns about on stderr without refusing. */
  readonly warnings: readonly string[]
}

const CONTAINER_NAME = /^\/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$/

/** Docker's name rule (daemon/names): at least two characters, `[a-zA-Z0-9][a-zA-Z0-9_.-]+`. */
export function isValidContainerName(name: string): boolean {
  return CONTAINER_NAME.test(name)
}

function fail(error: EngineError): { ok: false; error: EngineError } {
  return { ok: false, error }
}

function sortPorts(ports: readonly ExposedPort[]): ExposedPort[] {
  const seen = new Set<string>()
  const out: ExposedPort[] = []
  for (const p of ports) {
    const key = `${p.port}/${p.proto}`
    if (!seen.has(key)) {
      seen.add(key)
      out.push(p)
    }
  }
  return out.sort((a, b) => a.port - b.port || a.proto.localeCompare(b.proto))
}

/** Host-config conflicts checked before anything else (runconfig/hostconfig.go). */
function checkModeConflicts(spec: ContainerSpec, mode: NetworkMode): EngineError | null {
  if (mode.kind === 'container' && mode.ref === '') return engineError('INVALID_NETWORK_MODE')
  if (mode.kind === 'container') {
    if (spec.hostname !== undefined) return engineError('CONFLICT_HOSTNAME')
    if ((spec.links?.length ?? 0) > 0) return engineError('LINK_CONTAINER_NETWORK')
    if ((spec.dns?.length ?? 0) > 0) return engineError('CONFLICT_DNS')
    if ((spec.addHosts?.length ?? 0) > 0) return engineError('CONFLICT_ADD_HOST')
    if ((spec.publish?.length ?? 0) > 0 || spec.publishAll) return engineError('CONFLICT_PUBLISH')
    if ((spec.expose?.length ?? 0) > 0) return engineError('CONFLICT_EXPOSE')
  }
  if (mode.kind === 'host' && (spec.links?.length ?? 0) > 0) return engineError('LINK_HOST_NETWORK')
  if (mode.kind !== 'network' && mode.kind !== 'container' && (spec.aliases?.length ?? 0) > 0) {
    return engineError('CONFLICT_ALIAS')
  }
  if (
    spec.ip !== undefined &&
    (mode.kind === 'host' || mode.kind === 'none' || mode.kind === 'container')
  ) {
    const reason = engineError('STATIC_IP_DEFAULT')
    return inNetworkConfig(
      { name: networkModeText(mode) },
      engineError('ENDPOINT_SETTINGS', { reason }),
    )
  }
  return null
}

/** `docker create`: a new container in state `created`, or Docker's refusal. */
export function createContainer(
  t: Topology,
  host: HostName,
  spec: ContainerSpec,
): Result<Created, EngineError> {
  const hostRecord = t.hosts.get(host)
  if (!hostRecord) return fail(engineError('NO_SUCH_HOST', { name: host }))
  const mode = parseNetworkMode(spec.network ?? '')
  const conflict = checkModeConflicts(spec, mode)
  if (conflict) return fail(conflict)

  // Name: validated, then reserved (nameConflictError).
  let seq = t.seq
  const id = makeId(seq++)
  let name: string
  if (spec.name !== undefined) {
    if (!isValidContainerName(spec.name))
      return fail(engineError('INVALID_NAME', { name: spec.name }))
    name = spec.name.replace(/^\//, '')
    const clash = containerByName(t, host, name)
    if (clash) return fail(engineError('NAME_IN_USE', { name, id: clash.id }))
  } else {
    let retry = 0
    name = makeName(seq, retry)
    while (containerByName(t, host, name)) name = makeName(seq, ++retry)
  }

  // Network attachment.
  const image = lookupImage(spec.image)
  let joinedTo: string | null = null
  // The client passes -h unchanged as Config.Hostname (dots included); Domainname stays empty.
  let hostname = spec.hostname ?? shortId(id)
  let domainname = ''
  const endpoints: Endpoint[] = []
  const dangling: DanglingEndpoint[] = []
  let networkMode = mode
  let userNetwork = false
  if (mode.kind === 'container') {
    const donor = findContainer(t, host, mode.ref)
    if (donor) {
      joinedTo = donor.id
      networkMode = { kind: 'container', ref: donor.id }
      const owner = namespaceOwner(t, donor)
      hostname = owner.hostname
      domainname = owner.domainname
    }
  } else if (mode.kind === 'host') {
    if (spec.hostname === undefined) hostname = hostRecord.name
  } else {
    const ref = mode.kind === 'network' ? mode.ref : mode.kind
    const net = mode.kind === 'bridge' ? defaultBridge(t, host) : findNetwork(t, host, ref)
    const namespace = net ? driverCaps(net.driver).namespace : null
    if (!net) {
      // moby v28.2.2 daemon/create.go validateNetworkingConfig: a network that does not exist
      // is no error yet; its config waits for the start, which fails (stopped-networks.ts).
      const staticIp = spec.ip ?? null
      dangling.push({
        name: ref,
        networkId: null,
        aliases: spec.aliases ?? [],
        links: spec.links ?? [],
        staticIp,
      })
      userNetwork = true
    } else if (namespace === 'host') {
      networkMode = HOST_MODE
      if (spec.hostname === undefined) hostname = hostRecord.name
    } else {
      const opts = {
        ...(spec.aliases ? { aliases: spec.aliases } : {}),
        ...(spec.ip !== undefined ? { ip: spec.ip } : {}),
        ...(spec.gwPriority !== undefined ? { gwPriority: spec.gwPriority } : {}),
      }
      const closed = notAttachable(net)
      if (closed) return fail(closed)
      const bad = checkEndpointSettings(net, opts)
      if (bad) return fail(bad.code === 'CONFLICT_ALIAS' ? bad : inNetworkConfig(net, bad))
      userNetwork = isUserDefined(net)
      networkMode = namespace === 'none' ? NONE_MODE : storedNetworkMode(net, mode)
      endpoints.push(
        newEndpoint({ ...t, seq: seq++ }, net, {
          ...opts,
          ...(userNetwork ? { links: spec.links ?? [] } : {}),
        }),
      )
    }
  }

  // Legacy links: only off user-defined networks (daemon_unix.go registerLinks).
  const links: Link[] = []
  if (!userNetwork && networkMode.kind !== 'host' && networkMode.kind !== 'container') {
    for (const spec1 of spec.links ?? []) {
      const [ref = '', aliasGiven] = spec1.split(':')
      const target = findContainer(t, host, ref)
      if (!target) return fail(engineError('LINK_TARGET_MISSING', { ref }))
      if (usesHostNetwork(namespaceOwner(t, target))) return fail(engineError('LINK_HOST_NETWORK'))
      const alias = aliasGiven ?? target.name
      // A second link with the same alias hits a name conflict and is ignored: the first wins.
      if (!links.some((l) => l.alias === alias))
        links.push({ childId: target.id, alias, ipAtStart: null })
    }
  }

  // Mounts (moby v28.2.2 daemon/volumes.go registerMountPoints): --volumes-from first, then
  // the binds (`-v SRC:DST`), which replace a volumes-from mount on their target but not each
  // other (Duplicate mount point); then the anonymous volumes (`-v DST`, create_unix.go), skipped
  // where something is mounted already.
  let next: Topology = { ...t, seq }
  const fromMounts: Mount[] = []
  for (const from of spec.volumesFrom ?? []) {
    const parsed = parseVolumesFrom(from)
    if (!parsed.ok) return parsed
    const { ref, rw } = parsed.value
    const donor = findContainer(t, host, ref)
    if (!donor) return fail(engineError('NO_SUCH_CONTAINER', { ref }))
    for (const m of donor.mounts) {
      const at = fromMounts.findIndex(
        (x) => cleanTarget(x.destination) === cleanTarget(m.destination),
      )
      if (at >= 0) fromMounts.splice(at, 1)
      fromMounts.push({ ...m, rw: m.rw && rw })
    }
  }
  const specs: Mount[] = []
  for (const v of spec.volumes ?? []) {
    const parsed = parseVolumeSpec(v)
    if (!parsed.ok) return parsed
    const m = parsed.value
    const target = cleanTarget(m.destination)
    const clash = (x: Mount) => !x.anonymous && cleanTarget(x.destination) === target
    if (!m.anonymous && specs.some(clash))
      return fail(engineError('DUPLICATE_MOUNT', { destination: target }))
    specs.push(m)
  }
  const binds = specs.filter((m) => !m.anonymous)
  const taken = new Set([...binds, ...fromMounts].map((m) => cleanTarget(m.destination)))
  const mounts: Mount[] = []
  for (let m of specs) {
    if (m.anonymous) {
      const target = cleanTarget(m.destination)
      if (taken.has(target)) continue
      taken.add(target)
    }
    if (m.type === 'volume') {
      const volName = m.anonymous ? makeId(next.seq) : m.source
      next = ensureVolume(next, host, volName, m.anonymous)
      if (m.anonymous) next = { ...next, seq: next.seq + 1 }
      m = { ...m, source: volName }
    }
    mounts.push(m)
  }
  const bound = new Set(binds.map((m) => cleanTarget(m.destination)))
  for (const m of fromMounts) if (!bound.has(cleanTarget(m.destination))) mounts.push(m)

  const warnings: string[] = []
  const hostMode = networkMode.kind === 'host'
  if (hostMode && ((spec.publish?.length ?? 0) > 0 || spec.publishAll)) {
    warnings.push('WARNING: Published ports are discarded when using host network mode')
  }
  const cmd = spec.cmd && spec.cmd.length > 0 ? spec.cmd : image.cmd
  const container: Container = {
    id,
    name,
    host,
    image: spec.image,
    cmd,
    defaultCmd: !(spec.cmd && spec.cmd.length > 0),
    env: replaceEnv(image.env, spec.env ?? []),
    hostname,
    domainname,
    networkMode,
    joinedTo,
    endpoints,
    ...(dangling.length > 0 ? { dangling } : {}),
    links,
    exposed: sortPorts([
      ...image.exposed,
      ...(spec.expose ?? []),
      ...(spec.publish ?? []).map((p) => ({ port: p.containerPort, proto: p.proto })),
    ]),
    publish: hostMode ? [] : [...(spec.publish ?? [])],
    publishAll: hostMode ? false : (spec.publishAll ?? false),
    ports: [],
    mounts,
    volumesFrom: [...(spec.volumesFrom ?? [])],
    dns: [...(spec.dns ?? [])],
    // `host-gateway` stands for the host's address on the default bridge (daemon's host-gateway-ip).
    addHosts: (spec.addHosts ?? []).map((h) =>
      h.ip === 'host-gateway' ? { ...h, ip: defaultBridge(t, host).gateway ?? h.ip } : h,
    ),
    privileged: spec.privileged ?? false,
    tty: spec.tty ?? false,
    interactive: spec.interactive ?? false,
    autoRemove: spec.autoRemove ?? false,
    restart: spec.restart ?? 'no',
    labels: spec.labels ?? {},
    state: 'created',
    exitCode: 0,
    seq: t.seq,
    files: {},
    logs: '',
  }
  const containers = mapSet(next.containers, id, container)
  let topology = holdImage({ ...next, containers }, host, spec.image)
  // moby v28.2.2 daemon/create.go: every endpoint config is kept with the new container; the
  // others than the first are checked and attached as a connect to a stopped container is.
  for (const more of spec.moreNetworks ?? []) {
    const attached = connectContainer(topology, host, more.name, id, more)
    if (!attached.ok) return fail(inNetworkConfig(more, attached.error))
    topology = attached.value
  }
  const made = topology.containers.get(id) ?? container
  return { ok: true, value: { topology, container: made, warnings } }
}

/**
 * The mode kept for a container on a network: the default bridge as `bridge`, a user network
 * by the reference given, except that a partial id becomes the full one (moby v28.2.2
 * daemon/container_operations.go normalizeNetMode).
 */
function storedNetworkMode(net: Network, asked: NetworkMode): NetworkMode {
  if (asked.kind !== 'network') return BRIDGE_MODE
  const ref = asked.ref === net.name || asked.ref === net.id ? asked.ref : net.id
  return { kind: 'network', ref }
}

/**
 * Config.Env: the image's ENV with `-e` values applied (same name replaces in place, new names
 * append in order). `-e NAME` without `=` copies the client's variable; the simulated client
 * has none, so it is dropped, as Docker drops unset ones.
 */
function replaceEnv(image: readonly string[], given: readonly string[]): string[] {
  const out = [...image]
  for (const kv of given) {
    if (!kv.includes('=')) continue
    const key = kv.split('=')[0] ?? kv
    const i = out.findIndex((e) => (e.split('=')[0] ?? e) === key)
    if (i >= 0) out[i] = kv
    else out.push(kv)
  }
  return out
}
