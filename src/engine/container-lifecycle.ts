/**
 * `docker start / stop / restart / rm / rename`. Starting is where Docker allocates
 * addresses and host ports and checks links and joined namespaces
 * (daemon/container_operations_unix.go, daemon/start.go); stopping gives them back.
 */
import { containerByName } from './container-index'
import { mapDelete, mapSet } from './persistent-map'
import { isValidContainerName } from './container-create'
import { namespaceOwner } from './namespace'
import { engineError, type EngineError } from './error-core'
import { lookupImage } from './images'
import { isAmbassador, runsService } from './services'
import type { Container, Endpoint, Result, Topology } from './model'
import { dropAnonymousVolumes } from './mounts'
import { activateEndpoint } from './networks'
import { claimDangling } from './stopped-networks'
import { allocateBindings } from './ports'
import { findContainer } from './world'
import { isDefaultBridge, withContainer, withHost } from './world'

function fail(error: EngineError): { ok: false; error: EngineError } {
  return { ok: false, error }
}

/**
 * Whether the container keeps running after its command starts: servers (the image's default
 * service), ambassadors, and shells with a terminal or stdin attached. `env`, `cat`, a shell
 * without -i... run and exit.
 */
export function staysRunning(c: Container): boolean {
  if (runsService(c) || isAmbassador(c)) return true
  // An image Docknet does not know runs its own CMD, which for an image people run detached
  // (an app, a compose service) is a long-running process: it stays up, listening on nothing
  // Docknet can name.
  if (!lookupImage(c.image).known && c.defaultCmd) return true
  const base = (c.cmd[0] ?? '').split('/').pop() ?? ''
  // A lone shell waits on its terminal (-i or -t); otherwise it reads nothing and exits.
  if (['sh', 'bash', 'ash'].includes(base) && c.cmd.length === 1) return c.interactive || c.tty
  return ['sleep', 'top', 'tail'].includes(base)
}

/** `docker start`: addresses, host ports, link and namespace checks; state `running`. */
export function startContainer(t: Topology, id: string): Result<Topology, EngineError> {
  const c = t.containers.get(id)
  if (!c) return fail(engineError('NO_SUCH_CONTAINER', { ref: id }))
  if (c.state === 'running') return { ok: true, value: t }
  const host = t.hosts.get(c.host)
  if (!host) return fail(engineError('NO_SUCH_HOST', { name: c.host }))

  // moby v28.2.2 daemon/container_operations.go getNetworkedContainer, at start: the mode names
  // the donor's id when create found it (daemon_unix.go adaptSharedNamespaceContainer), else
  // the reference as given, looked up now (it may name the container itself, or one made since).
  let joined = c
  if (c.networkMode.kind === 'container') {
    const ref = c.networkMode.ref
    const donor = c.joinedTo !== null ? t.containers.get(c.joinedTo) : findContainer(t, c.host, ref)
    if (!donor) return fail(engineError('JOIN_MISSING', { ref }))
    if (donor.id === c.id) return fail(engineError('JOIN_SELF'))
    if (donor.state !== 'running') {
      return fail(engineError('JOIN_NOT_RUNNING', { id: donor.name, state: donor.state }))
    }
    // A donor found only now lends its hostname as at create (initializeNetworking).
    if (c.joinedTo === null) {
      const owner = namespaceOwner(t, donor)
      joined = { ...c, joinedTo: donor.id, hostname: owner.hostname, domainname: owner.domainname }
    }
  }

  // Legacy links: each child must be running and on the default bridge.
  const links = []
  for (const l of c.links) {
    const child = t.containers.get(l.childId)
    // HostConfig.Links names the child, not the alias: the daemon looks it up by that name.
    if (!child) return fail(engineError('LINK_TARGET_MISSING', { ref: l.nameAtStart ?? l.alias }))
    const owner = namespaceOwner(t, child)
    if (child.state !== 'running' || owner.state !== 'running') {
      return fail(
        engineError('LINK_NOT_RUNNING', { child: child.name, link: `/${c.name}/${l.alias}` }),
      )
    }
    const ep = owner.endpoints.find((e) => {
      const n = t.networks.get(e.networkId)
      return n !== undefined && isDefaultBridge(n)
    })
    if (!ep) return fail(engineError('LINK_NOT_ON_DEFAULT_BRIDGE', { id: child.id }))
    links.push({
      ...l,
      ipAtStart: ep.ip,
      nameAtStart: child.name,
      hostnameAtStart: child.hostname,
    })
  }

  // Configs kept for networks that were missing look for them again (allocateNetwork).
  const claimed = claimDangling(t, joined)
  if (!claimed.ok) return claimed
  const withNets = claimed.value.container
  let next = t
  let seq = claimed.value.seq
  const endpoints: Endpoint[] = []
  for (const ep of withNets.endpoints) {
    const net = t.networks.get(ep.networkId)
    if (!net) continue
    const active = activateEndpoint(next, net, ep, seq++)
    if (!active.ok) return active
    endpoints.push(active.value)
    // Later endpoints must see this one's address as taken.
    next = withContainer(next, { ...withNets, state: 'running', endpoints: [...endpoints] })
  }
  const ports = allocateBindings(next, host, { ...withNets, endpoints })
  if (!ports.ok) return ports
  const started: Container = {
    ...withNets,
    state: 'running',
    exitCode: 0,
    endpoints,
    links,
    ports: ports.value.bindings,
  }
  next = withContainer(next, started)
  next = withHost(next, { ...host, nextEphemeralPort: ports.value.nextEphemeral })
  return { ok: true, value: { ...next, seq } }
}

/** The exit status a stop leaves: shells and sleeps ignore SIGTERM as PID 1 and get killed. */
function stopExitCode(c: Container): number {
  const image = lookupImage(c.image)
  return c.defaultCmd && image.service !== null ? 0 : 137
}

/**
 * `docker stop` (or the command ending by itself, with `exitCode`): addresses and ports are
 * released; a `--rm` container is removed with its anonymous volumes.
 */
export function stopContainer(
  t: Topology,
  id: string,
  exitCode?: number,
): Result<Topology, EngineError> {
  const c = t.containers.get(id)
  if (!c) return fail(engineError('NO_SUCH_CONTAINER', { ref: id }))
  if (c.state !== 'running') return { ok: true, value: t }
  const stopped: Container = {
    ...c,
    state: 'exited',
    exitCode: exitCode ?? stopExitCode(c),
    endpoints: c.endpoints.map((e) => ({ ...e, ip: null, mac: null })),
    ports: [],
  }
  if (c.autoRemove)
    return removeContainer(withContainer(t, stopped), id, { force: true, volumes: true })
  // Containers joined to it keep running, but the shared interfaces are gone with it.
  return { ok: true, value: withContainer(t, stopped) }
}

/**
 * The stop half of `docker restart`: a restart is not an exit, so a --rm container survives
 * it (moby's "manually restarted").
 */
export function stopForRestart(t: Topology, id: string): Result<Topology, EngineError> {
  const c = t.containers.get(id)
  if (!c) return fail(engineError('NO_SUCH_CONTAINER', { ref: id }))
  if (c.state !== 'running') return { ok: true, value: t }
  const stopped = stopContainer(withContainer(t, { ...c, autoRemove: false }), id)
  if (!stopped.ok) return stopped
  const after = stopped.value.containers.get(id)
  return {
    ok: true,
    value: after
      ? withContainer(stopped.value, { ...after, autoRemove: c.autoRemove })
      : stopped.value,
  }
}

/** `docker restart`: stop, then start; on a failed start the container stays stopped. */
export function restartContainer(t: Topology, id: string): Result<Topology, EngineError> {
  const stopped = stopForRestart(t, id)
  return stopped.ok ? startContainer(stopped.value, id) : stopped
}

export interface RemoveOptions {
  readonly force?: boolean
  readonly volumes?: boolean
  /** The reference as the user typed it, for the error text. */
  readonly ref?: string
}

/** `docker rm [-f] [-v]`. */
export function removeContainer(
  t: Topology,
  id: string,
  opts: RemoveOptions = {},
): Result<Topology, EngineError> {
  const c = t.containers.get(id)
  if (!c) return fail(engineError('NO_SUCH_CONTAINER', { ref: opts.ref ?? id }))
  let next = t
  if (c.state === 'running') {
    if (!opts.force) return fail(engineError('RUNNING_REMOVE', { ref: opts.ref ?? c.name }))
    const stopped = stopContainer(
      { ...t, containers: mapSet(t.containers, id, { ...c, autoRemove: false }) },
      id,
      137,
    )
    if (!stopped.ok) return stopped
    next = stopped.value
  }
  next = { ...next, containers: mapDelete(next.containers, id) }
  if (opts.volumes || c.autoRemove) next = dropAnonymousVolumes(next, c)
  return { ok: true, value: next }
}

/** `docker rename`: frees the old name; links keep working (they hold the container). */
export function renameContainer(
  t: Topology,
  id: string,
  newName: string,
): Result<Topology, EngineError> {
  const c = t.containers.get(id)
  if (!c) return fail(engineError('NO_SUCH_CONTAINER', { ref: id }))
  // moby v28.2.2 daemon/rename.go: the same-name check comes first, then reserveName, whose
  // errors are wrapped ("Error when allocating new name: ...").
  const name = newName.replace(/^\//, '')
  if (name === c.name) return fail(engineError('RENAME_SAME'))
  if (!isValidContainerName(newName))
    return fail(engineError('RENAME_INVALID_NAME', { name: newName }))
  const clash = containerByName(t, c.host, name)
  if (clash) return fail(engineError('RENAME_NAME_IN_USE', { name, id: clash.id }))
  return { ok: true, value: withContainer(t, { ...c, name }) }
}

/** Appends what a container's main process printed to its log (`docker logs`). */
export function appendLogs(t: Topology, id: string, text: string): Topology {
  const c = t.containers.get(id)
  if (!c || text === '') return t
  return withContainer(t, { ...c, logs: c.logs + text })
}
