/** `docker inspect` / `docker container inspect`: Docker's JSON, or a `-f` template. */
import {
  bindingAddresses,
  driverCaps,
  endpointDnsNames,
  findContainer,
  imageWithTag,
  mainPid,
  namespaceOwner,
  networkMembers,
  networkModeText,
  reportsPorts,
  findNetwork,
  joinedOnce,
  volumeKey,
  volumeLabels,
  type Container,
  type Network,
  type Topology,
  type Volume,
} from '../../engine'
import { flagString } from '../spec/parse-flags'
import type { Invocation } from '../spec/types'
import type { RenderTemplate } from '../go-template'
import { templateBudget } from '../go-template-budget'
import { TEMPLATES_MISSING } from '../format'
import { clientError, type Output } from '../output'
import type { ShellState, Step } from '../state'
import { containerNames } from './views'

/** Days since 1970-01-01 of 2026-11-23, the simulated world's first day. */
const EPOCH_DAY = 20780

/** The civil date of a day number (Howard Hinnant's days_from_civil, inverted). */
function civil(day: number): [number, number, number] {
  const z = day + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  )
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1
  const m = mp < 10 ? mp + 3 : mp - 9
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d]
}

/**
 * A deterministic RFC 3339 time for counter value `seq`: the simulator has no clock, so
 * events are placed one second apart from 2026-11-23T09:00:00Z.
 */
export function timestamp(seq: number): string {
  const secs = 9 * 3600 + seq
  const [y, m, d] = civil(EPOCH_DAY + Math.floor(secs / 86400))
  const rest = secs % 86400
  const two = (n: number) => String(n).padStart(2, '0')
  return `${y}-${two(m)}-${two(d)}T${two(Math.floor(rest / 3600))}:${two(Math.floor((rest % 3600) / 60))}:${two(rest % 60)}.000000000Z`
}

/** The subset of Docker's container inspect document (API 1.50, Engine 28) the simulator knows. */
export function inspectContainer(t: Topology, c: Container): Record<string, unknown> {
  const owner = namespaceOwner(t, c)
  const running = c.state === 'running'
  const networks: Record<string, unknown> = {}
  for (const e of c.endpoints) {
    const n = t.networks.get(e.networkId)
    if (!n) continue
    const prefix = Number(n.subnet?.split('/')[1] ?? 0)
    networks[n.name] = {
      IPAMConfig: e.staticIp ? { IPv4Address: e.staticIp } : null,
      Links: e.links.length > 0 ? e.links : null,
      Aliases: e.aliases.length > 0 ? e.aliases : null,
      MacAddress: e.mac ?? '',
      DriverOpts: null,
      GwPriority: e.gwPriority ?? 0,
      // The config gets the network's id when the container joins it (buildEndpointInfo).
      NetworkID: running || joinedOnce(e) ? n.id : '',
      EndpointID: c.state === 'running' ? e.endpointId : '',
      Gateway: e.ip && n.gateway ? n.gateway : '',
      IPAddress: e.ip ?? '',
      IPPrefixLen: e.ip ? prefix : 0,
      IPv6Gateway: '',
      GlobalIPv6Address: '',
      GlobalIPv6PrefixLen: 0,
      DNSNames: n.predefined ? null : endpointDnsNames(c, e.aliases),
    }
  }
  // Configs kept for networks that are gone: as stored, nothing operational.
  for (const d of c.dangling ?? []) {
    networks[d.name] = {
      IPAMConfig: d.staticIp ? { IPv4Address: d.staticIp } : null,
      Links: d.links.length > 0 ? d.links : null,
      Aliases: d.aliases.length > 0 ? d.aliases : null,
      MacAddress: '',
      DriverOpts: null,
      GwPriority: 0,
      NetworkID: d.networkId ?? '',
      EndpointID: '',
      Gateway: '',
      IPAddress: '',
      IPPrefixLen: 0,
      IPv6Gateway: '',
      GlobalIPv6Address: '',
      GlobalIPv6PrefixLen: 0,
      DNSNames: d.networkId !== null ? endpointDnsNames(c, d.aliases) : null,
    }
  }
  const ports: Record<string, unknown> = {}
  // none, macvlan and ipvlan endpoints report no ports (getEndpointPortMapInfo).
  const reported = c.endpoints.length === 0 || reportsPorts(t, c)
  for (const e of reported ? c.exposed : []) {
    const bound = c.ports.filter((p) => p.containerPort === e.port && p.proto === e.proto)
    ports[`${e.port}/${e.proto}`] =
      bound.length > 0
        ? bound.flatMap((b) =>
            bindingAddresses(b).map((a) => ({ HostIp: a.ip, HostPort: String(b.hostPort) })),
          )
        : null
  }
  const links = c.links.flatMap((l) => {
    const child = t.containers.get(l.childId)
    return child ? [`/${child.name}:/${c.name}/${l.alias}`] : []
  })
  return {
    Id: c.id,
    Path: c.cmd[0] ?? '',
    Args: c.cmd.slice(1),
    Created: timestamp(c.seq),
    State: {
      Status: c.state,
      Running: running,
      Paused: false,
      Restarting: false,
      OOMKilled: false,
      Dead: false,
      Pid: running ? mainPid(c) : 0,
      ExitCode: c.exitCode,
      Error: '',
      StartedAt: c.state === 'created' ? '0001-01-01T00:00:00Z' : timestamp(c.seq + 1),
      FinishedAt: c.state === 'exited' ? timestamp(c.seq + 2) : '0001-01-01T00:00:00Z',
    },
    Image: imageWithTag(c.image),
    Name: `/${c.name}`,
    HostConfig: {
      NetworkMode: networkModeText(c.networkMode),
      Links: links.length > 0 ? links : null,
      PortBindings: Object.fromEntries(
        c.publish.map((p) => [
          `${p.containerPort}/${p.proto}`,
          [{ HostIp: p.hostIp, HostPort: p.hostPortStart === 0 ? '' : String(p.hostPortStart) }],
        ]),
      ),
      PublishAllPorts: c.publishAll,
      VolumesFrom: c.volumesFrom.length > 0 ? c.volumesFrom : null,
      Dns: c.dns,
      ExtraHosts: c.addHosts.length > 0 ? c.addHosts.map((h) => `${h.name}:${h.ip}`) : null,
      Privileged: c.privileged,
      AutoRemove: c.autoRemove,
      RestartPolicy: { Name: c.restart, MaximumRetryCount: 0 },
    },
    Mounts: c.mounts.map((m) => ({
      Type: m.type,
      ...(m.type === 'volume' ? { Name: m.source } : {}),
      Source: m.type === 'volume' ? `/var/lib/docker/volumes/${m.source}/_data` : m.source,
      Destination: m.destination,
      Driver: m.type === 'volume' ? 'local' : undefined,
      Mode: m.type === 'bind' ? '' : 'z',
      RW: m.rw,
      Propagation: m.type === 'bind' ? 'rprivate' : '',
    })),
    Config: {
      Hostname: owner.hostname,
      Domainname: owner.domainname,
      Env: c.env,
      Cmd: c.cmd,
      Image: c.image,
      Labels: byKey(c.labels ?? {}),
      ExposedPorts:
        c.exposed.length > 0
          ? Object.fromEntries(c.exposed.map((e) => [`${e.port}/${e.proto}`, {}]))
          : null,
    },
    NetworkSettings: {
      Bridge: '',
      SandboxID: running ? owner.id : '',
      SandboxKey: running ? `/var/run/docker/netns/${owner.id.slice(0, 12)}` : '',
      Ports: running ? ports : {},
      // API 1.50 still mirrors the default bridge endpoint at the top level (gone in 1.52).
      ...bridgeFields(networks['bridge']),
      Networks: networks,
    },
    Names: containerNames(t, c),
  }
}

/** `docker network inspect` (API 1.50), in Docker's field order. */
export function inspectNetwork(t: Topology, n: Network): Record<string, unknown> {
  const prefix = n.subnet?.split('/')[1] ?? ''
  return {
    Name: n.name,
    Id: n.id,
    Created: timestamp(n.seq),
    Scope: driverCaps(n.driver).scope,
    Driver: n.driver,
    EnableIPv4: true,
    EnableIPv6: false,
    IPAM: {
      Driver: 'default',
      Options: null,
      Config: n.subnet ? [ipamConfig(n, n.subnet)] : [],
    },
    Internal: n.internal,
    Attachable: n.attachable,
    Ingress: n.name === 'ingress' && driverCaps(n.driver).scope === 'swarm',
    ConfigFrom: { Network: '' },
    ConfigOnly: false,
    Containers: Object.fromEntries(
      networkMembers(t, n.id)
        .filter((c) => c.state === 'running')
        .map((c) => {
          const ep = c.endpoints.find((e) => e.networkId === n.id)
          return [
            c.id,
            {
              Name: c.name,
              EndpointID: ep?.endpointId ?? '',
              MacAddress: ep?.mac ?? '',
              IPv4Address: ep?.ip ? `${ep.ip}/${prefix}` : '',
              IPv6Address: '',
            },
          ]
        }),
    ),
    Options: byKey(n.options),
    Labels: byKey(n.labels),
  }
}

/**
 * One IPAM.Config entry (moby v28.2.2 daemon/network.go buildIPAMResources): for a network with
 * a --subnet, the configuration as given (IPRange and Gateway omitted when empty: a network
 * created with --subnet alone shows no Gateway); for a daemon-chosen pool, the pool and the
 * gateway allocated in it. The default bridge is configured with docker0's address.
 */
function ipamConfig(n: Network, subnet: string): Record<string, string> {
  const config: Record<string, string> = { Subnet: subnet }
  if (n.ipRange !== undefined) config['IPRange'] = n.ipRange
  const shown = n.userGateway || n.predefined || !n.userSubnet
  if (shown && n.gateway !== null) config['Gateway'] = n.gateway
  return config
}

/** A Go map as encoding/json writes it: keys sorted. */
function byKey(map: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

/** A volume's labels as inspect shows them: null when it has none. */
function shownVolumeLabels(v: Volume): Record<string, string> | null {
  const labels = volumeLabels(v)
  return Object.keys(labels).length > 0 ? byKey(labels) : null
}

/** `docker volume inspect`. */
export function inspectVolume(v: Volume): Record<string, unknown> {
  return {
    CreatedAt: timestamp(v.seq).replace('.000000000Z', 'Z'),
    Driver: v.driver,
    Labels: shownVolumeLabels(v),
    Mountpoint: `/var/lib/docker/volumes/${v.name}/_data`,
    Name: v.name,
    Options: null,
    Scope: 'local',
  }
}

function bridgeFields(ep: unknown): Record<string, unknown> {
  const e = (ep ?? {}) as Record<string, unknown>
  return {
    EndpointID: e['EndpointID'] ?? '',
    Gateway: e['Gateway'] ?? '',
    GlobalIPv6Address: '',
    GlobalIPv6PrefixLen: 0,
    IPAddress: e['IPAddress'] ?? '',
    IPPrefixLen: e['IPPrefixLen'] ?? 0,
    IPv6Gateway: '',
    MacAddress: e['MacAddress'] ?? '',
  }
}

/** The object types `docker inspect --type` takes (cli/command/system/inspect.go). */
const INSPECT_TYPES = [
  'config',
  'container',
  'image',
  'network',
  'node',
  'plugin',
  'secret',
  'service',
  'task',
  'volume',
]

/** The client's check of --type; the simulator finds containers, networks and volumes only. */
function typeError(type: string | undefined): Output | null {
  const list = `"${INSPECT_TYPES.join('", "')}"`
  const message =
    type === ''
      ? `type is empty: must be one of ${list}`
      : type !== undefined && !INSPECT_TYPES.includes(type)
        ? `unknown type: ${JSON.stringify(type)}: must be one of ${list}`
        : null
  return message === null ? null : clientError(message)
}

export function inspect(state: ShellState, call: Invocation): Step {
  const refused = typeError(flagString(call.flags, 'type'))
  if (refused) return { state, output: refused }
  const type = flagString(call.flags, 'type') ?? ''
  const t = state.topology
  const host = state.currentHost
  const docs: Record<string, unknown>[] = []
  const errors: string[] = []
  // Without --type Docker tries a container, then a network, then a volume.
  for (const ref of call.args) {
    const c = type === '' || type === 'container' ? findContainer(t, host, ref) : null
    const n = !c && (type === '' || type === 'network') ? findNetwork(t, host, ref) : null
    const v =
      !c && !n && (type === '' || type === 'volume')
        ? t.volumes.get(volumeKey(host, ref))
        : undefined
    if (c) {
      const doc = inspectContainer(t, c)
      delete doc.Names
      docs.push(doc)
    } else if (n) docs.push(inspectNetwork(t, n))
    else if (v) docs.push(inspectVolume(v))
    else errors.push(`Error: No such ${type === '' ? 'object' : type}: ${ref}`)
  }
  return {
    state,
    output: formatInspect(docs, errors, flagString(call.flags, 'format'), state.templates),
  }
}

const NIL_SLICES = new Set([
  'Links',
  'VolumesFrom',
  'ExtraHosts',
  'Aliases',
  'DNSNames',
  'Dns',
  'Args',
  'Cmd',
  'Env',
])
const NIL_MAPS = new Set(['Labels', 'Options', 'ExposedPorts', 'PortBindings'])

/** An empty slice or map that prints like Go's nil one: `[]` / `map[]`, but `null` in json. */
function nil<T extends object>(empty: T): T {
  return Object.defineProperty(empty, 'toJSON', { value: () => null, enumerable: false })
}

/**
 * The inspect document as templates see it: the CLI executes them on Go structs first, where a
 * nil slice prints `[]` and a nil map `map[]`, not `<nil>` as the raw JSON would give.
 */
function typedView(doc: unknown, key = ''): unknown {
  if (doc === null) return NIL_SLICES.has(key) ? nil([]) : NIL_MAPS.has(key) ? nil({}) : null
  if (Array.isArray(doc)) return doc.map((x) => typedView(x, key === 'Config' ? 'IPAMConfig' : ''))
  if (typeof doc === 'object') {
    const view: Record<string, unknown> = Object.fromEntries(
      Object.entries(doc as Record<string, unknown>).map(([k, v]) => [k, typedView(v, k)]),
    )
    // network.IPAMConfig's omitempty strings are still fields of the struct: "" to a template,
    // absent from its JSON (hidden keys: `{{json}}` lists only enumerable ones).
    if (key === 'IPAMConfig')
      for (const field of ['IPRange', 'Gateway'])
        if (!(field in view)) Object.defineProperty(view, field, { value: '', enumerable: false })
    return view
  }
  return doc
}

/**
 * Inspect output as the docker CLI prints it (cli/command/inspect/inspector.go): indented JSON
 * (`[]` when nothing was found), or one line per object from a Go template, with a template
 * error reported as `template parsing error: ...` (status 64 when it does not parse).
 */
export function formatInspect(
  docs: readonly unknown[],
  errors: readonly string[],
  format: string | undefined,
  templates: RenderTemplate | undefined,
): Output {
  const fail = (stdout: string, errs: readonly string[]): Output => ({
    stdout,
    stderr: errs.map((e) => `${e}\n`).join(''),
    exitCode: errs.length > 0 ? 1 : 0,
  })
  if (format === undefined || format === '')
    return fail(docs.length === 0 ? '[]\n' : `${JSON.stringify(docs, null, 4)}\n`, errors)
  if (format === 'json') return fail(`${JSON.stringify(docs)}\n`, errors)
  if (!templates) return TEMPLATES_MISSING
  const renderGoTemplate = templates
  const probe = renderGoTemplate(format, {}, { missingKey: 'default' })
  if (!probe.ok && !probe.error.includes('executing')) {
    return { stdout: '', stderr: `template parsing error: ${probe.error}\n`, exitCode: 64 }
  }
  let stdout = ''
  const errs = [...errors]
  const budget = templateBudget()
  for (const d of docs) {
    const r = renderGoTemplate(format, typedView(d), { missingKey: 'error', budget })
    if (r.ok) stdout += `${r.value}\n`
    else errs.push(`template parsing error: ${r.error}`)
  }
  return fail(stdout === '' ? '\n' : stdout, errs)
}

/** `docker container inspect`: containers only. */
export function containerInspect(state: ShellState, call: Invocation): Step {
  const flags = new Map(call.flags)
  flags.set('type', ['container'])
  return inspect(state, { ...call, flags })
}
