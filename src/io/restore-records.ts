/**
 * Restoring each kind of record of a saved world: every field checked for its type, damaged or
 * missing ones defaulted with a note (restore-fields.ts), and a record without what identifies
 * it (a container without an id, a mount without a target) refused or dropped.
 */
import type {
  Container,
  DanglingEndpoint,
  Endpoint,
  ExposedPort,
  Host,
  Link,
  Mount,
  Network,
  NetworkMode,
  PortBinding,
  PortMapping,
  Volume,
} from '../engine'
import { BRIDGE_MODE, NETWORK_DRIVERS, parseNetworkMode } from '../engine'
import {
  isBoolean,
  isNumber,
  isObject,
  isOneOf,
  isPort,
  isString,
  isStringOrNull,
  RecordReader,
  Unrestorable,
  type Notes,
} from './restore-fields'
import type { RecordKind, RecordPart, Where } from './read-problem'

/** A part of the container being restored, for the reader of that part. */
type Within = (part: RecordPart) => Where

const isProto = isOneOf('tcp', 'udp', 'sctp')
const isDriver = isOneOf(...NETWORK_DRIVERS)
const isState = isOneOf('created', 'running', 'exited')
const isSwarm = (v: unknown): v is Host['swarm'] => v === null || isOneOf('manager', 'worker')(v)
const isName = (v: unknown): v is string => isString(v) && v.length > 0

/** Fields that documents saved by older Docknet versions lack: they default without a note. */
const ADDED_LATER = [
  'logs',
  'files',
  'swarm',
  'nameAtStart',
  'hostnameAtStart',
  'dangling',
  'labels',
  'images',
]

/** A top-level record: one that is not even an object cannot be restored. */
function reader(raw: unknown, kind: RecordKind, index: number, notes: Notes): RecordReader {
  if (!isObject(raw)) throw new Unrestorable({ code: 'not-a-record', kind, index: index + 1 })
  const name = isString(raw['name']) ? raw['name'] : `#${index + 1}`
  return new RecordReader(raw, { kind, name }, notes, ADDED_LATER)
}

export function restoreHost(raw: unknown, index: number, notes: Notes): Host {
  const r = reader(raw, 'host', index, notes)
  const daemon = r.nested('daemon', { part: 'daemon' })
  return {
    name: r.need('name', isName),
    lanIp: r.need('lanIp', isString),
    daemon: {
      icc: daemon.get('icc', isBoolean, true),
      ip: daemon.get('ip', isString, '0.0.0.0'),
      bip: daemon.get('bip', isString, '172.17.0.1/16'),
    },
    seq: r.get('seq', isNumber, index),
    nextEphemeralPort: r.get('nextEphemeralPort', isPort, 32768),
    files: r.stringRecord('files'),
    swarm: r.get('swarm', isSwarm, null),
    images: r.strings('images'),
  }
}

export function restoreNetwork(raw: unknown, index: number, notes: Notes): Network {
  const r = reader(raw, 'network', index, notes)
  // Present only for networks created with --ip-range.
  const ipRange = (raw as Record<string, unknown>)['ipRange']
  return {
    id: r.need('id', isName),
    name: r.need('name', isName),
    driver: r.need('driver', isDriver),
    host: r.get('host', isStringOrNull, null),
    subnet: r.get('subnet', isStringOrNull, null),
    gateway: r.get('gateway', isStringOrNull, null),
    userSubnet: r.get('userSubnet', isBoolean, false),
    userGateway: r.get('userGateway', isBoolean, false),
    ...(isString(ipRange) ? { ipRange } : {}),
    internal: r.get('internal', isBoolean, false),
    icc: r.get('icc', isBoolean, true),
    attachable: r.get('attachable', isBoolean, false),
    predefined: r.get('predefined', isBoolean, false),
    options: r.stringRecord('options'),
    labels: r.stringRecord('labels'),
    seq: r.get('seq', isNumber, index),
  }
}

function restoreEndpoint(raw: unknown, within: Within, notes: Notes): Endpoint | null {
  if (!isObject(raw) || !isName(raw['networkId'])) return null
  const r = new RecordReader(raw, within({ part: 'endpoint' }), notes)
  return {
    networkId: r.need('networkId', isName),
    aliases: r.strings('aliases'),
    links: r.strings('links'),
    staticIp: r.get('staticIp', isStringOrNull, null),
    ip: r.get('ip', isStringOrNull, null),
    lastIp: r.get('lastIp', isStringOrNull, null),
    mac: r.get('mac', isStringOrNull, null),
    endpointId: r.get('endpointId', isString, ''),
    ...(isNumber(raw['gwPriority']) ? { gwPriority: raw['gwPriority'] } : {}),
  }
}

function restoreDangling(raw: unknown, within: Within, notes: Notes): DanglingEndpoint | null {
  if (!isObject(raw) || !isName(raw['name'])) return null
  const r = new RecordReader(raw, within({ part: 'kept-config' }), notes)
  return {
    name: raw['name'],
    networkId: r.get('networkId', isStringOrNull, null),
    aliases: r.strings('aliases'),
    links: r.strings('links'),
    staticIp: r.get('staticIp', isStringOrNull, null),
  }
}

function restoreLink(raw: unknown, within: Within, notes: Notes): Link | null {
  if (!isObject(raw) || !isName(raw['childId']) || !isName(raw['alias'])) return null
  const r = new RecordReader(raw, within({ part: 'link' }), notes, ADDED_LATER)
  const nameAtStart = raw['nameAtStart']
  const hostnameAtStart = raw['hostnameAtStart']
  return {
    childId: raw['childId'],
    alias: raw['alias'],
    ipAtStart: r.get('ipAtStart', isStringOrNull, null),
    ...(isString(nameAtStart) ? { nameAtStart } : {}),
    ...(isString(hostnameAtStart) ? { hostnameAtStart } : {}),
  }
}

function restoreMount(raw: unknown, within: Within, notes: Notes): Mount | null {
  if (!isObject(raw) || !isName(raw['source']) || !isName(raw['destination'])) return null
  const r = new RecordReader(raw, within({ part: 'mount', destination: raw['destination'] }), notes)
  return {
    type: r.get('type', isOneOf('volume', 'bind'), 'volume'),
    source: raw['source'],
    destination: raw['destination'],
    rw: r.get('rw', isBoolean, true),
    anonymous: r.get('anonymous', isBoolean, false),
  }
}

function restoreExposed(raw: unknown): ExposedPort | null {
  if (!isObject(raw) || !isPort(raw['port']) || !isProto(raw['proto'])) return null
  return { port: raw['port'], proto: raw['proto'] }
}

function restorePublish(raw: unknown): PortMapping | null {
  if (!isObject(raw) || !isPort(raw['containerPort']) || !isProto(raw['proto'])) return null
  const start = isPort(raw['hostPortStart']) ? raw['hostPortStart'] : 0
  const end = isPort(raw['hostPortEnd']) && raw['hostPortEnd'] >= start ? raw['hostPortEnd'] : start
  return {
    containerPort: raw['containerPort'],
    proto: raw['proto'],
    hostIp: isString(raw['hostIp']) ? raw['hostIp'] : '',
    hostPortStart: start,
    hostPortEnd: end,
  }
}

function restoreBinding(raw: unknown): PortBinding | null {
  if (!isObject(raw) || !isPort(raw['containerPort']) || !isPort(raw['hostPort'])) return null
  if (!isProto(raw['proto'])) return null
  return {
    containerPort: raw['containerPort'],
    proto: raw['proto'],
    hostIp: isString(raw['hostIp']) ? raw['hostIp'] : '0.0.0.0',
    hostPort: raw['hostPort'],
    ipv6: raw['ipv6'] === true,
  }
}

function restoreAddHost(raw: unknown): Container['addHosts'][number] | null {
  if (!isObject(raw) || !isString(raw['name']) || !isString(raw['ip'])) return null
  return { name: raw['name'], ip: raw['ip'] }
}

const MODE_KINDS = ['bridge', 'host', 'none', 'container', 'network'] as const

/** A NetworkMode as saved since document version 2 (a copy, without stray fields). */
function asNetworkMode(v: unknown): NetworkMode | null {
  if (!isObject(v) || !isOneOf(...MODE_KINDS)(v['kind'])) return null
  const kind = v['kind']
  if (kind === 'container' || kind === 'network')
    return isName(v['ref']) ? { kind, ref: v['ref'] } : null
  return { kind }
}

/**
 * HostConfig.NetworkMode: the union since document version 2; version 1 saved Docker's
 * string (`bridge`, `host`, `none`, `container:<id>`, a network name), read as the CLI reads it.
 */
function restoreNetworkMode(r: RecordReader): NetworkMode {
  const saved = (v: unknown): v is NetworkMode | string => asNetworkMode(v) !== null || isName(v)
  const v = r.get('networkMode', saved, BRIDGE_MODE)
  return typeof v === 'string' ? parseNetworkMode(v) : (asNetworkMode(v) ?? BRIDGE_MODE)
}

export function restoreContainer(raw: unknown, index: number, notes: Notes): Container {
  const r = reader(raw, 'container', index, notes)
  const within: Within = (part) => r.within(part)
  const id = r.need('id', isName)
  return {
    id,
    name: r.need('name', isName),
    host: r.need('host', isName),
    image: r.get('image', isName, 'busybox'),
    cmd: r.strings('cmd'),
    defaultCmd: r.get('defaultCmd', isBoolean, true),
    env: r.strings('env'),
    ...someLabels(r.stringRecord('labels')),
    hostname: r.get('hostname', isString, id.slice(0, 12)),
    domainname: r.get('domainname', isString, ''),
    networkMode: restoreNetworkMode(r),
    joinedTo: r.get('joinedTo', isStringOrNull, null),
    endpoints: r.list('endpoints', (e) => restoreEndpoint(e, within, notes)),
    ...keptConfigs(r.list('dangling', (d) => restoreDangling(d, within, notes))),
    links: r.list('links', (l) => restoreLink(l, within, notes)),
    exposed: r.list('exposed', restoreExposed),
    publish: r.list('publish', restorePublish),
    publishAll: r.get('publishAll', isBoolean, false),
    ports: r.list('ports', restoreBinding),
    mounts: r.list('mounts', (m) => restoreMount(m, within, notes)),
    volumesFrom: r.strings('volumesFrom'),
    dns: r.strings('dns'),
    addHosts: r.list('addHosts', restoreAddHost),
    privileged: r.get('privileged', isBoolean, false),
    tty: r.get('tty', isBoolean, false),
    interactive: r.get('interactive', isBoolean, false),
    autoRemove: r.get('autoRemove', isBoolean, false),
    restart: r.get('restart', isString, 'no'),
    labels: r.stringRecord('labels'),
    state: r.get('state', isState, 'exited'),
    exitCode: r.get('exitCode', isNumber, 0),
    seq: r.get('seq', isNumber, index),
    files: r.stringRecord('files'),
    logs: r.get('logs', isString, ''),
  }
}

/** A container's or volume's labels: the field is absent when there are none. */
function someLabels(labels: Record<string, string>): { labels?: Record<string, string> } {
  return Object.keys(labels).length > 0 ? { labels } : {}
}

/** Configs kept for missing networks: the field is absent when there are none. */
function keptConfigs(dangling: DanglingEndpoint[]): { dangling?: DanglingEndpoint[] } {
  return dangling.length > 0 ? { dangling } : {}
}

export function restoreVolume(raw: unknown, index: number, notes: Notes): Volume {
  const r = reader(raw, 'volume', index, notes)
  return {
    name: r.need('name', isName),
    host: r.need('host', isName),
    driver: r.get('driver', isName, 'local'),
    anonymous: r.get('anonymous', isBoolean, false),
    ...someLabels(r.stringRecord('labels')),
    seq: r.get('seq', isNumber, index),
    files: r.stringRecord('files'),
  }
}
