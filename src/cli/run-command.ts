/**
 * The docker commands that create a container as it is: `docker run` (or `docker create` for
 * one never started) with the flags its record implies, then `docker network connect` for the
 * networks it joined later and `docker stop` if it is stopped. The inspector shows them (the
 * canvas teaches the CLI) and the canvas re-runs them to recreate a container with one more
 * link, mount or join, the way a user would (Docker cannot add those to an existing container).
 */
import {
  lookupImage,
  networkModeText,
  shortId,
  type Container,
  type PortMapping,
  type Topology,
} from '../engine'
import { quoteWord } from './quote'

function portFlag(p: PortMapping): string {
  const ip = p.hostIp.includes(':') ? `[${p.hostIp}]` : p.hostIp
  const host =
    p.hostPortStart === 0
      ? ''
      : p.hostPortEnd !== p.hostPortStart
        ? `${p.hostPortStart}-${p.hostPortEnd}`
        : `${p.hostPortStart}`
  const left = ip ? `${ip}:${host}:` : host ? `${host}:` : ''
  return `${left}${p.containerPort}${p.proto === 'tcp' ? '' : `/${p.proto}`}`
}

/** The -e values: Config.Env minus what the image sets. */
export function ownEnv(c: Container): string[] {
  const image = lookupImage(c.image)
  return c.env.filter((e) => !image.env.includes(e))
}

/** The -p values as typed. */
export function publishFlags(c: Container): string[] {
  return c.publish.map(portFlag)
}

/** The --expose values: exposed ports neither the image nor -p implies. */
export function exposeFlags(c: Container): string[] {
  const implied = new Set([
    ...lookupImage(c.image).exposed.map((e) => `${e.port}/${e.proto}`),
    ...c.publish.map((p) => `${p.containerPort}/${p.proto}`),
  ])
  return c.exposed
    .filter((e) => !implied.has(`${e.port}/${e.proto}`))
    .map((e) => (e.proto === 'tcp' ? `${e.port}` : `${e.port}/${e.proto}`))
}

/** -d, -i, -t folded into one word as people write them (`-dit`). */
function modeFlags(c: Container, create: boolean): string[] {
  const letters = `${create ? '' : 'd'}${c.interactive ? 'i' : ''}${c.tty ? 't' : ''}`
  return letters ? [`-${letters}`] : []
}

/**
 * The -v mounts: the container's own, not the ones --volumes-from copied from a donor; a
 * volume made again under another name (`renamed`) is mounted by its new name.
 */
export function ownMounts(
  t: Topology,
  c: Container,
  omit: readonly string[] = [],
  renamed?: Recreate['renamedVolume'],
): string[] {
  const donated = new Set<string>()
  for (const from of c.volumesFrom) {
    const ref = from.split(':')[0] ?? ''
    const donor = [...t.containers.values()].find(
      (d) => d.host === c.host && (d.name === ref || d.id.startsWith(ref)),
    )
    for (const m of donor?.mounts ?? []) donated.add(`${m.source}\n${m.destination}`)
  }
  return c.mounts
    .filter((m) => !donated.has(`${m.source}\n${m.destination}`) && !omit.includes(m.destination))
    .map((m) => {
      if (m.anonymous) return m.destination
      const source = m.type === 'volume' && m.source === renamed?.from ? renamed.to : m.source
      return `${source}:${m.destination}${m.rw ? '' : ':ro'}`
    })
}

/**
 * A change to make while recreating: more flags, or new values for what the inspector's form
 * edits (each replaces the container's own list: -e, -p, --expose, --network-alias).
 */
export interface Recreate {
  readonly flags?: readonly string[]
  readonly network?: string
  readonly image?: string
  readonly env?: readonly string[]
  readonly publish?: readonly string[]
  readonly expose?: readonly string[]
  readonly aliases?: readonly string[]
  /** `--ip`; '' for none. */
  readonly ip?: string
  /** `-v` specs, replacing the container's own mounts (the inspector's form). */
  readonly volumes?: readonly string[]
  /** A network made again under another name (a rename): the container joins the new one. */
  readonly renamedNetwork?: { readonly id: string; readonly name: string }
  /** A volume made again under another name (a rename): the container mounts the new one. */
  readonly renamedVolume?: { readonly from: string; readonly to: string }
  /** What the container is made without: an edge removed from the canvas. */
  readonly without?: {
    /** `--link` aliases. */
    readonly links?: readonly string[]
    /** `--volumes-from` values, as given. */
    readonly volumesFrom?: readonly string[]
    /** Mount destinations. */
    readonly mounts?: readonly string[]
  }
}

/**
 * The `docker ...` lines that make `c` again; `docker` is the prefix (a `--context` for another
 * host). With `change`, the container is made with more flags or in another network mode; its
 * other options stay, so Docker refuses the combinations it refuses (a join with -p, links).
 */
export function runCommandOf(
  t: Topology,
  c: Container,
  docker = 'docker',
  change: Recreate = {},
): string[] {
  const imageRef = change.image ?? c.image
  const create = c.state === 'created'
  const args: string[] = [...modeFlags(c, create), '--name', quoteWord(c.name)]
  const flag = (name: string, values: readonly string[]) => {
    for (const v of values) args.push(name, quoteWord(v))
  }
  if (c.autoRemove) args.push('--rm')
  if (c.restart !== 'no') flag('--restart', [c.restart])
  const donor = c.joinedTo ? t.containers.get(c.joinedTo) : undefined
  // A new mode drops the attachments of the old one.
  const [first, ...later] = change.network ? [] : c.endpoints
  const firstNet = first ? t.networks.get(first.networkId) : undefined
  const renamed = change.renamedNetwork
  const nameOf = (n: { id: string; name: string }) => (n.id === renamed?.id ? renamed.name : n.name)
  const ownMode =
    c.networkMode.kind === 'network' && firstNet ? nameOf(firstNet) : networkModeText(c.networkMode)
  const mode = change.network ?? (donor ? `container:${donor.name}` : ownMode)
  if (mode !== 'bridge') flag('--network', [mode])
  const defaultHostname = donor || c.networkMode.kind === 'host' ? c.hostname : shortId(c.id)
  if (c.hostname !== defaultHostname) flag('-h', [c.hostname])
  if (first && firstNet && !firstNet.predefined) flag('--link', first.links)
  flag('--network-alias', change.aliases ?? first?.aliases ?? [])
  const ip = change.ip ?? first?.staticIp
  if (ip) flag('--ip', [ip])
  flag(
    '--link',
    c.links
      .filter((l) => !change.without?.links?.includes(l.alias))
      .map((l) => {
        const child = t.containers.get(l.childId)?.name ?? l.childId
        return child === l.alias ? child : `${child}:${l.alias}`
      }),
  )
  flag('-p', change.publish ?? publishFlags(c))
  if (c.publishAll) args.push('-P')
  flag('--expose', change.expose ?? exposeFlags(c))
  flag('-e', change.env ?? ownEnv(c))
  flag('-v', change.volumes ?? ownMounts(t, c, change.without?.mounts, change.renamedVolume))
  flag(
    '--volumes-from',
    c.volumesFrom.filter((v) => !change.without?.volumesFrom?.includes(v)),
  )
  flag('--dns', c.dns)
  flag(
    '--add-host',
    c.addHosts.map((h) => `${h.name}:${h.ip}`),
  )
  if (c.privileged) args.push('--privileged')
  args.push(...(change.flags ?? []).map(quoteWord))
  args.push(quoteWord(imageRef))
  // Another image brings its own default command.
  if (!c.defaultCmd && imageRef === c.image) args.push(...c.cmd.map(quoteWord))
  const lines = [`${docker} ${create ? 'create' : 'run'} ${args.join(' ')}`]
  for (const e of later) {
    const n = t.networks.get(e.networkId)
    if (!n) continue
    const opts: string[] = []
    for (const a of e.aliases) opts.push('--alias', quoteWord(a))
    for (const l of e.links) opts.push('--link', quoteWord(l))
    if (e.staticIp) opts.push('--ip', e.staticIp)
    lines.push(
      `${docker} network connect ${[...opts, quoteWord(nameOf(n)), quoteWord(c.name)].join(' ')}`,
    )
  }
  if (c.state === 'exited') lines.push(`${docker} stop ${quoteWord(c.name)}`)
  return lines
}
