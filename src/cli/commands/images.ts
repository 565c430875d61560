/**
 * `docker pull` and `docker images`. No registry is reachable, so a pull finds the image
 * already there and reports it up to date, with a digest derived from the reference; from then
 * on the daemon lists it (the engine's image store, which `docker run` fills too).
 */
import {
  boolFilter,
  checkImageReference,
  engineError,
  errorText,
  filterArgs,
  findImage,
  holdImage,
  hostImages,
  imageRepo,
  validateFilters,
  type StoredImage,
} from '../../engine'
import { sha256Hex } from '../../engine'
import { formatRows } from '../format'
import { clientError, daemonError, lines } from '../output'
import { flagBool, flagList, flagString } from '../spec/parse-flags'
import type { Invocation } from '../spec/types'
import type { ShellState, Step } from '../state'

/** The repository path Docker Hub knows an image by: `nginx` is `library/nginx`. */
function hubPath(repo: string): string {
  return repo.includes('/') ? repo : `library/${repo}`
}

/** The digest `docker pull` prints for an image (and `docker images --digests` shows). */
export function imageDigest(i: Pick<StoredImage, 'repository' | 'tag'>): string {
  return sha256Hex(`${hubPath(i.repository)}:${i.tag}`)
}

export function pull(state: ShellState, call: Invocation): Step {
  const [ref = ''] = call.args
  const bad = checkImageReference(ref)
  if (bad) return { state, output: clientError(errorText(bad)) }
  const slash = ref.lastIndexOf('/')
  const colon = ref.lastIndexOf(':')
  const tagged = colon > slash
  if (flagBool(call.flags, 'all-tags') && (tagged || ref.includes('@')))
    return { state, output: clientError("tag can't be used with --all-tags/-a") }
  const tag = tagged ? ref.slice(colon + 1) : 'latest'
  const repo = imageRepo(ref)
  const path = hubPath(repo)
  const printed = [
    ...(tagged ? [] : ['Using default tag: latest']),
    `${tag}: Pulling from ${path}`,
    `Digest: sha256:${imageDigest({ repository: repo, tag })}`,
    `Status: Image is up to date for ${repo}:${tag}`,
    `docker.io/${path}:${tag}`,
  ]
  const topology = holdImage(state.topology, state.currentHost, ref)
  return { state: { ...state, topology }, output: lines(printed) }
}

/** Flags `docker images --tree` cannot take yet (cli image/list.go), in the client's order. */
const NOT_WITH_TREE: readonly [string, string][] = [
  ['quiet', '--quiet'],
  ['no-trunc', '--no-trunc'],
  ['digests', '--show-digest'],
  ['format', '--format'],
]

/**
 * go-units HumanSizeWithPrecision: decimal units, `precision` significant digits (%g drops
 * trailing zeros): 4.28MB, 192MB, 0B.
 */
export function humanSize(bytes: number, precision: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB']
  let size = bytes
  let i = 0
  while (size >= 1000 && i < units.length - 1) {
    size /= 1000
    i++
  }
  return `${Number(size.toPrecision(precision))}${units[i]}`
}

/** path.Match, as reference.FamiliarMatch runs it: `*` and `?` stop at `/`; `[...]` classes. */
function globMatch(pattern: string, text: string): boolean {
  let source = ''
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] ?? ''
    if (ch === '*') source += '[^/]*'
    else if (ch === '?') source += '[^/]'
    else if (ch === '\\') source += `\\${pattern[++i] ?? ''}`
    else if (ch === '[') {
      const end = pattern.indexOf(']', i + 2)
      if (end < 0) return false
      source += `[${pattern
        .slice(i + 1, end)
        .replace(/^\^/, '^')
        .replace(/\\/g, '\\\\')}]`
      i = end
    } else source += ch.replace(/[.+(){}|$^]/g, (c) => `\\${c}`)
  }
  try {
    return new RegExp(`^${source}$`).test(text)
  } catch {
    return false
  }
}

/** moby daemon/images/images.go imageFilters for `docker images`. */
const IMAGE_FILTERS = ['dangling', 'label', 'before', 'since', 'reference', 'until']

/**
 * The images `docker images` lists, or the daemon's refusal. A `reference` (the positional
 * argument, or the filter) is a glob over `repo:tag` or `repo`. Docknet builds nothing, so no
 * image is dangling; its images carry no labels and were all made at one time, so none is
 * `before` or `since` another.
 */
function listImages(state: ShellState, call: Invocation): StoredImage[] | string {
  const f = new Map(filterArgs(flagList(call.flags, 'filter')))
  const [match] = call.args
  if (match !== undefined) f.set('reference', [...(f.get('reference') ?? []), match])
  const bad = validateFilters(f, IMAGE_FILTERS)
  if (bad) return errorText(bad)
  const dangling = boolFilter(f, 'dangling')
  if (dangling !== null && typeof dangling !== 'boolean') return errorText(dangling)
  const missing = [...(f.get('before') ?? []), ...(f.get('since') ?? [])].find(
    (ref) => findImage(state.topology, state.currentHost, ref) === null,
  )
  if (missing !== undefined) return errorText(engineError('NO_SUCH_IMAGE', { ref: missing }))
  const refs = f.get('reference') ?? []
  return hostImages(state.topology, state.currentHost).filter(
    (i) =>
      dangling !== true &&
      !f.has('label') &&
      !f.has('before') &&
      !f.has('since') &&
      (refs.length === 0 || refs.some((r) => globMatch(r, i.key) || globMatch(r, i.repository))),
  )
}

const IMAGE_HEADERS: Readonly<Record<string, string>> = {
  ID: 'IMAGE ID',
  Repository: 'REPOSITORY',
  Tag: 'TAG',
  Digest: 'DIGEST',
  CreatedSince: 'CREATED',
  CreatedAt: 'CREATED AT',
  Size: 'SIZE',
}

/** One row with the image formatter's fields (docker/cli cli/command/formatter/image.go). */
function imageRow(i: StoredImage, noTrunc: boolean): Record<string, string> {
  return {
    ID: noTrunc ? `sha256:${i.id}` : i.id.slice(0, 12),
    Repository: i.repository,
    Tag: i.tag,
    Digest: `sha256:${imageDigest(i)}`,
    CreatedSince: '2 weeks ago',
    CreatedAt: '2026-11-09 09:00:00 +0000 UTC',
    Size: humanSize(i.size, 3),
  }
}

/** `docker images` / `docker image ls`: the daemon's image store, the last arrived first. */
export function images(state: ShellState, call: Invocation): Step {
  const set = (long: string) => (flagString(call.flags, long) ?? 'false') !== 'false'
  const clash = flagBool(call.flags, 'tree') ? NOT_WITH_TREE.find(([long]) => set(long)) : undefined
  if (clash) return { state, output: clientError(`${clash[1]} is not yet supported with --tree`) }
  const listed = listImages(state, call)
  if (typeof listed === 'string') return { state, output: daemonError(listed) }
  const noTrunc = flagBool(call.flags, 'no-trunc')
  const rows = listed.map((i) => imageRow(i, noTrunc))
  if (flagBool(call.flags, 'quiet')) return { state, output: lines(rows.map((r) => r['ID'] ?? '')) }
  const format =
    flagString(call.flags, 'format') ??
    (flagBool(call.flags, 'digests')
      ? 'table {{.Repository}}\t{{.Tag}}\t{{.Digest}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}'
      : 'table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}')
  const output = formatRows(state.templates, format, rows, IMAGE_HEADERS)
  // image/list.go printAmbiguousHint: `docker images ls` probably meant `docker image ls`.
  const [match] = call.args
  const hint =
    match !== undefined &&
    listed.length === 0 &&
    call.path === 'images' &&
    IMAGE_SUBCOMMANDS.includes(match)
      ? `\nNo images found matching "${match}": did you mean "docker image ${match}"?\n`
      : ''
  return { state, output: { ...output, stderr: output.stderr + hint } }
}

const IMAGE_SUBCOMMANDS = [
  'build',
  'history',
  'import',
  'inspect',
  'list',
  'load',
  'ls',
  'prune',
  'pull',
  'push',
  'rm',
  'save',
  'tag',
]
