/**
 * One compose service as the `docker run` flags `docker compose up` gives its container (Compose
 * v2). Keys Docknet does not simulate are reported, never silently dropped.
 */
import type { Plain } from './read-yaml'

export interface ServiceContext {
  readonly project: string
  readonly service: string
  /** Named volume key → the volume's name on the daemon (`<project>_<key>` unless named). */
  readonly volumeName: (key: string) => string | null
  /** Service name → the name of its first container. */
  readonly containerOf: (service: string) => string | null
  /** The folder relative bind mounts are resolved from. */
  readonly folder: string
  /** Secret name → its file on the host, when file-based. */
  readonly secretFile: (name: string) => string | null
}

/** The flags, or why this service cannot be made. */
export type Flags =
  { readonly ok: true; readonly flags: string[] } | { readonly ok: false; readonly error: string }

const record = (v: Plain | undefined): Record<string, Plain> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? v : {}
const list = (v: Plain | undefined): Plain[] =>
  Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]
const text = (v: Plain | undefined) => (v === null || v === undefined ? '' : String(v))

/** `environment`, `labels`, `extra_hosts` and the like: a list of `k=v` or a mapping. */
export function pairs(v: Plain | undefined, sep: string): string[] {
  if (Array.isArray(v)) return v.map(text)
  return Object.entries(record(v)).map(([k, x]) => (x === null ? k : `${k}${sep}${text(x)}`))
}

function absolute(path: string, folder: string): string {
  if (path.startsWith('/')) return path
  const rest = path.replace(/^\.\/?/, '')
  return rest ? `${folder}/${rest}` : folder
}

function volumeFlags(v: Plain, ctx: ServiceContext): string[] | string {
  if (typeof v === 'string') {
    const [source = '', target, mode] = v.split(':')
    if (target === undefined) return ['-v', source]
    const named = !source.startsWith('/') && !source.startsWith('.') && !source.startsWith('~')
    const from = named ? ctx.volumeName(source) : absolute(source, ctx.folder)
    if (from === null)
      return `service "${ctx.service}" refers to undefined volume ${source}: invalid compose project`
    return ['-v', [from, target, ...(mode ? [mode] : [])].join(':')]
  }
  const m = record(v)
  const type = text(m.type) || 'volume'
  const target = text(m.target)
  if (type === 'tmpfs') return ['--tmpfs', target]
  const source = text(m.source)
  const from =
    type === 'volume' ? (source ? ctx.volumeName(source) : '') : absolute(source, ctx.folder)
  if (from === null)
    return `service "${ctx.service}" refers to undefined volume ${source}: invalid compose project`
  const spec = [`type=${type}`, ...(from ? [`source=${from}`] : []), `target=${target}`]
  if (m.read_only === true) spec.push('readonly')
  return ['--mount', spec.join(',')]
}

function portFlags(p: Plain): string[] {
  if (typeof p !== 'object' || p === null || Array.isArray(p)) return ['-p', text(p)]
  const { target, published, host_ip: hostIp, protocol } = p
  const host = [hostIp, published].filter((x) => x !== undefined && x !== null).map(text)
  const spec = [...host, text(target)].join(':')
  return ['-p', protocol ? `${spec}/${text(protocol)}` : spec]
}

/** `--net=container:X` for `service:X` and `container:X`, `--network host|none|bridge`. */
export function networkMode(mode: string, ctx: ServiceContext): string[] | string {
  if (mode.startsWith('service:')) {
    const other = ctx.containerOf(mode.slice('service:'.length))
    return other
      ? ['--network', `container:${other}`]
      : `service "${ctx.service}" depends on undefined service "${mode.slice(8)}": invalid compose project`
  }
  return ['--network', mode]
}

/** The flags of everything but networks, name and image, in the order compose's keys come. */
export function serviceFlags(s: Record<string, Plain>, ctx: ServiceContext): Flags {
  const flags: string[] = []
  const add = (...words: string[]) => flags.push(...words)
  if (s.hostname) add('--hostname', text(s.hostname))
  if (s.domainname) add('--domainname', text(s.domainname))
  for (const e of pairs(s.environment, '=')) add('-e', e)
  for (const l of pairs(s.labels, '=')) add('--label', l)
  for (const p of list(s.ports)) add(...portFlags(p))
  for (const x of list(s.expose)) add('--expose', text(x))
  for (const v of list(s.volumes)) {
    const made = volumeFlags(v, ctx)
    if (typeof made === 'string') return { ok: false, error: made }
    add(...made)
  }
  for (const from of list(s.volumes_from)) {
    // `service[:mode]` or `container:name[:mode]`.
    const spec = text(from)
    const byContainer = spec.startsWith('container:')
    const [ref = '', mode] = (byContainer ? spec.slice('container:'.length) : spec).split(':')
    const donor = byContainer ? ref : ctx.containerOf(ref)
    if (!donor)
      return {
        ok: false,
        error: `service "${ctx.service}" depends on undefined service "${ref}": invalid compose project`,
      }
    add('--volumes-from', mode ? `${donor}:${mode}` : donor)
  }
  for (const l of list(s.links)) {
    const [service = '', alias = service] = text(l).split(':')
    const target = ctx.containerOf(service)
    if (!target)
      return {
        ok: false,
        error: `service "${ctx.service}" depends on undefined service ${service}`,
      }
    add('--link', `${target}:${alias}`)
  }
  for (const h of pairs(s.extra_hosts, ':')) add('--add-host', h.replace('=', ':'))
  for (const d of list(s.dns)) add('--dns', text(d))
  for (const d of list(s.dns_search)) add('--dns-search', text(d))
  if (s.restart) add('--restart', text(s.restart))
  if (s.user) add('--user', text(s.user))
  if (s.working_dir) add('--workdir', text(s.working_dir))
  if (s.privileged === true) add('--privileged')
  if (s.stdin_open === true) add('--interactive')
  if (s.tty === true) add('--tty')
  if (s.read_only === true) add('--read-only')
  for (const secret of list(s.secrets)) {
    const name = typeof secret === 'string' ? secret : text(record(secret).source)
    const file = ctx.secretFile(name)
    if (!file)
      return {
        ok: false,
        error: `service "${ctx.service}" refers to undefined secret ${name}: invalid compose project`,
      }
    const target = typeof secret === 'string' ? name : text(record(secret).target) || name
    add('-v', `${file}:${target.startsWith('/') ? target : `/run/secrets/${target}`}:ro`)
  }
  const entrypoint = list(s.entrypoint)
  if (typeof s.entrypoint === 'string') add('--entrypoint', s.entrypoint)
  else if (entrypoint.length > 0) add('--entrypoint', text(entrypoint[0]))
  return { ok: true, flags }
}

/** What runs after the image: `command` as a list, or a string split as compose does (shell words). */
export function commandWords(s: Record<string, Plain>): string[] {
  const rest = Array.isArray(s.entrypoint) ? s.entrypoint.slice(1).map(text) : []
  if (Array.isArray(s.command)) return [...rest, ...s.command.map(text)]
  if (typeof s.command === 'string') return [...rest, ...splitWords(s.command)]
  return rest
}

/** sh word splitting with quotes, as compose splits a `command:` string. */
function splitWords(command: string): string[] {
  const words: string[] = []
  let word: string | null = null
  let quoteChar: string | null = null
  for (const ch of command) {
    if (quoteChar) {
      if (ch === quoteChar) quoteChar = null
      else word = (word ?? '') + ch
    } else if (ch === '"' || ch === "'") {
      quoteChar = ch
      word ??= ''
    } else if (/\s/.test(ch)) {
      if (word !== null) words.push(word)
      word = null
    } else word = (word ?? '') + ch
  }
  if (word !== null) words.push(word)
  return words
}
