/**
 * One container written as a compose service: the keys the import (compose.ts,
 * service-flags.ts) turns back into the `docker run` that made it, in compose's canonical
 * order (compose-go types/types.go ServiceConfig field order, as `docker compose config`
 * prints them). Values Docker derives itself are left out: the image's ENV and EXPOSE, the
 * default hostname, the service name as an alias, the mounts `volumes_from` copies.
 */
import {
  findContainer,
  findNetwork,
  lookupImage,
  shortId,
  type Container,
  type Endpoint,
  type Mount,
  type Topology,
} from '../../engine'
import { ownEnv, publishValue } from '../script-container'
import { inServiceOrder } from './canonical'

/** What a service refers to, by the names the file gives it. */
export interface ServiceContext {
  readonly t: Topology
  /** The service a container is written as, when others may name it (its first container). */
  readonly serviceOf: (containerId: string) => string | null
  readonly networkKey: (networkId: string) => string | null
  readonly volumeKey: (volumeName: string) => string | null
}

export type Body = Record<string, unknown>
export type BodyResult =
  | { readonly ok: true; readonly body: Body; readonly needs: readonly string[] }
  | { readonly ok: false; readonly error: string }

/** The error text for what compose has no way to say. */
export const cannot = (c: Container, what: string) =>
  `compose cannot express container "${c.name}": ${what}`

class Unexpressible extends Error {}

/**
 * The service body of `c` written as `service`, with `extra` keys (`container_name`, `deploy`:
 * they depend on how many containers it stands for), and the services it needs started first.
 */
export function serviceBody(
  c: Container,
  service: string,
  ctx: ServiceContext,
  extra: Body = {},
): BodyResult {
  const needs = new Set<string>()
  const refer = (target: Container, why: string) => {
    const name = target.host === c.host ? ctx.serviceOf(target.id) : null
    if (name === null)
      throw new Unexpressible(
        cannot(c, `it ${why} container "${target.name}", which no service of this file stands for`),
      )
    needs.add(name)
    return name
  }
  try {
    const keys: Body = {
      command: c.defaultCmd ? undefined : [...c.cmd],
      depends_on: undefined,
      dns: c.dns.length > 0 ? [...c.dns] : undefined,
      domainname: c.joinedTo === null && c.domainname ? c.domainname : undefined,
      environment: environment(c),
      expose: list(exposeValues(c)),
      extra_hosts: list(c.addHosts.map((h) => `${h.name}=${h.ip}`)),
      hostname: c.joinedTo === null && c.hostname !== defaultHostname(c) ? c.hostname : undefined,
      image: c.image,
      labels: ownLabels(c.labels),
      links: list(links(c, ctx, refer)),
      ...networking(c, service, ctx, refer),
      ports: list(portValues(c)),
      privileged: c.privileged || undefined,
      restart: c.restart && c.restart !== 'no' ? c.restart : undefined,
      stdin_open: c.interactive || undefined,
      tty: c.tty || undefined,
      volumes: list(volumeValues(c, ctx)),
      volumes_from: list(volumesFrom(c, ctx, refer)),
    }
    keys.depends_on = list([...needs].sort())
    Object.assign(keys, extra)
    const defined = Object.entries(keys).filter(([, v]) => v !== undefined)
    return { ok: true, body: inServiceOrder(Object.fromEntries(defined)), needs: [...needs] }
  } catch (e) {
    if (e instanceof Unexpressible) return { ok: false, error: e.message }
    throw e
  }
}

const list = <T>(values: readonly T[]) => (values.length > 0 ? [...values] : undefined)

/** Compose's own labels are written by compose again, not by the file. */
export function ownLabels(labels: Readonly<Record<string, string>> | undefined) {
  const own = Object.entries(labels ?? {}).filter(([k]) => !k.startsWith('com.docker.compose.'))
  return own.length > 0 ? Object.fromEntries(own) : undefined
}

/** `environment` in map form: the `-e` values (`K=V`; a bare `K` as a key without value). */
function environment(c: Container) {
  const env = ownEnv(c)
  if (env.length === 0) return undefined
  return Object.fromEntries(
    env.map((e) => {
      const at = e.indexOf('=')
      return at < 0 ? [e, null] : [e.slice(0, at), e.slice(at + 1)]
    }),
  )
}

/** `-p` values, and for `-P` each exposed port not published otherwise (compose has no `-P`). */
function portValues(c: Container): string[] {
  const values = c.publish.map(publishValue)
  if (!c.publishAll) return values
  const published = new Set(c.publish.map((p) => `${p.containerPort}/${p.proto}`))
  for (const e of c.exposed)
    if (!published.has(`${e.port}/${e.proto}`))
      values.push(e.proto === 'tcp' ? `${e.port}` : `${e.port}/${e.proto}`)
  return values
}

/** Exposed ports neither the image nor a published port implies. */
function exposeValues(c: Container): string[] {
  const implied = new Set([
    ...lookupImage(c.image).exposed.map((e) => `${e.port}/${e.proto}`),
    ...c.publish.map((p) => `${p.containerPort}/${p.proto}`),
    ...(c.publishAll ? c.exposed.map((e) => `${e.port}/${e.proto}`) : []),
  ])
  return c.exposed
    .filter((e) => !implied.has(`${e.port}/${e.proto}`))
    .map((e) => (e.proto === 'tcp' ? `${e.port}` : `${e.port}/${e.proto}`))
}

/** The hostname Docker gives without `-h` (daemon/create.go: the short id; the host's in host mode). */
function defaultHostname(c: Container): string {
  return c.networkMode.kind === 'host' ? c.host : shortId(c.id)
}

type Refer = (target: Container, why: string) => string

/** `service` or `service:alias`, the alias left out when compose would give it (the service name). */
const linkValue = (service: string, alias: string) =>
  alias === service ? service : `${service}:${alias}`

/** Legacy links (default bridge) and the links of its first network (a user-defined one). */
function links(c: Container, ctx: ServiceContext, refer: Refer): string[] {
  const values: string[] = []
  for (const l of c.links) {
    const child = ctx.t.containers.get(l.childId)
    if (child) values.push(linkValue(refer(child, 'links to'), l.alias))
  }
  for (const l of c.endpoints[0]?.links ?? []) {
    const [ref = '', alias] = l.split(':')
    const target = findContainer(ctx.t, c.host, ref)
    if (!target) throw new Unexpressible(cannot(c, `it links to "${ref}", which does not exist`))
    values.push(linkValue(refer(target, 'links to'), alias ?? target.name))
  }
  if (c.endpoints.slice(1).some((e) => e.links.length > 0))
    throw new Unexpressible(
      cannot(c, 'it has links on a network other than its first (compose links on the first)'),
    )
  return values
}

/** `network_mode`, or `networks` with each endpoint's aliases and static address. */
function networking(c: Container, service: string, ctx: ServiceContext, refer: Refer): Body {
  const mode = c.networkMode
  /** Its endpoints are all on `name` (none at all when null), as the mode alone makes them. */
  const only = (name: string | null, text: string) => {
    const net = (e: Endpoint) => ctx.t.networks.get(e.networkId)?.name
    if (!c.endpoints.every((e) => name !== null && net(e) === name))
      throw new Unexpressible(
        cannot(
          c,
          `it uses network_mode ${text} and is connected to other networks too (compose allows no networks with network_mode)`,
        ),
      )
    return { network_mode: text }
  }
  switch (mode.kind) {
    case 'bridge':
    case 'none':
      return only(mode.kind, mode.kind)
    case 'host':
      return only(null, 'host')
    case 'container': {
      const donor = c.joinedTo ? ctx.t.containers.get(c.joinedTo) : undefined
      if (!donor) throw new Unexpressible(cannot(c, `it joins "${mode.ref}", which does not exist`))
      if (donor.host !== c.host)
        throw new Unexpressible(
          cannot(c, `it joins container "${donor.name}" on host ${donor.host}`),
        )
      return only(null, `service:${refer(donor, 'joins the network namespace of')}`)
    }
    case 'network': {
      const net = findNetwork(ctx.t, c.host, mode.ref)
      if (!net || c.endpoints[0]?.networkId !== net.id)
        throw new Unexpressible(
          cannot(
            c,
            `its first network is not the one it was created on (compose creates a container on the first network it lists)`,
          ),
        )
      return { networks: serviceNetworks(c, service, ctx) }
    }
  }
}

function serviceNetworks(c: Container, service: string, ctx: ServiceContext) {
  const entries = c.endpoints.map((e): [string, Body] => {
    const key = ctx.networkKey(e.networkId)
    if (key === null)
      throw new Unexpressible(
        cannot(
          c,
          `it is connected to ${ctx.t.networks.get(e.networkId)?.name ?? 'a network'} too, a network compose cannot declare`,
        ),
      )
    return [key, endpointConfig(e, service)]
  })
  keepOrder(entries)
  if (
    entries.length === 1 &&
    entries[0]?.[0] === 'default' &&
    Object.keys(entries[0][1]).length === 0
  )
    return undefined
  if (entries.every(([, config]) => Object.keys(config).length === 0))
    return entries.map(([k]) => k)
  return Object.fromEntries(entries)
}

/**
 * Compose attaches a service's networks by `priority`, then by key (compose-go
 * NetworksByPriority), the first being the primary: when the container's own order is not the
 * keys' order, each network gets a `priority` that gives it back.
 */
function keepOrder(entries: [string, Body][]): void {
  const keys = entries.map(([k]) => k)
  const sorted = [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  if (keys.every((k, i) => k === sorted[i])) return
  for (const [i, entry] of entries.entries()) entry[1].priority = entries.length - i
}

/** compose-go ServiceNetworkConfig order: aliases, gw_priority, ipv4_address (priority last). */
function endpointConfig(e: Endpoint, service: string): Body {
  const aliases = e.aliases.filter((a) => a !== service)
  const config: Body = {}
  if (aliases.length > 0) config.aliases = aliases
  if (e.gwPriority) config.gw_priority = e.gwPriority
  if (e.staticIp) config.ipv4_address = e.staticIp
  return config
}

/** Each `--volumes-from` donor that still exists, with the mounts it gave. */
function donors(c: Container, ctx: ServiceContext) {
  return c.volumesFrom.flatMap((value) => {
    const [ref = '', mode = ''] = value.split(':')
    const donor = findContainer(ctx.t, c.host, ref)
    return donor ? [{ donor, rw: !mode.split(',').includes('ro') }] : []
  })
}

function volumesFrom(c: Container, ctx: ServiceContext, refer: Refer): string[] {
  return donors(c, ctx).map(({ donor, rw }) => {
    const name = refer(donor, 'takes the volumes of')
    return rw ? name : `${name}:ro`
  })
}

const mountKey = (m: Mount) => `${m.type}\n${m.source}\n${m.destination}`

/** The container's own mounts: short syntax, or long where a path holds a `:`. */
function volumeValues(c: Container, ctx: ServiceContext): (string | Body)[] {
  const donated = new Set(donors(c, ctx).flatMap(({ donor }) => donor.mounts.map(mountKey)))
  return c.mounts
    .filter((m) => !donated.has(mountKey(m)))
    .map((m) => {
      const source = m.anonymous ? '' : m.type === 'volume' ? ctx.volumeKey(m.source) : m.source
      if (source === null) throw new Error('invariant: a mounted volume without a key')
      // The import reads a short source as a path unless it starts with a letter or digit.
      const short =
        !source.includes(':') &&
        !m.destination.includes(':') &&
        (m.type === 'bind' || /^[a-zA-Z0-9]?$/.test(source.slice(0, 1))) &&
        (m.rw || !m.anonymous)
      if (short)
        return [...(source ? [source] : []), m.destination, ...(m.rw ? [] : ['ro'])].join(':')
      return {
        type: m.type,
        ...(source ? { source } : {}),
        target: m.destination,
        ...(m.rw ? {} : { read_only: true }),
      }
    })
}
