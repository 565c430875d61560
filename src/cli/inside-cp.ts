/**
 * `cp` in a container's userland: files, and directories with -r / -R / -a, through the
 * container's layer and its mounts (`docker run --rm -v old:/from -v new:/to alpine cp -a
 * /from/. /to/` copies a volume). Directories are implicit (inside-dirs.ts), so an empty one
 * made by a copy is not kept. There are no modes, owners, times or links to preserve, so -p,
 * -d, -P, -L and -H change nothing.
 *
 * Two userlands print differently: busybox (alpine, busybox and images like them; coreutils/cp.c
 * and libbb/copy_file.c, 1.36.1) and GNU coreutils (Debian, Ubuntu, CentOS; src/cp.c and
 * src/copy.c, 9.1). Their names for paths follow the operands as typed.
 */
import { locateFile, lookupImage, type Container, type Topology } from '../engine'
import { absolute, readFile, writeFile } from './inside-fs'
import { directoryIndex, parentOf, type DirectoryIndex } from './inside-dirs'
import { cpTexts, type CpFlags, type CpTexts } from './inside-cp-texts'
import type { OutputChunk } from './chunks'
import type { Output } from './output'

/** A copy under way: the world so far, its tree, what it printed. */
interface Copying {
  t: Topology
  failed: boolean
  readonly chunks: OutputChunk[]
  readonly tree: DirectoryIndex
  /** The first directory made for each source operand: meeting it again is a recursion. */
  readonly tops: Set<string>
  /** The source and destination operands being copied (GNU names them in a recursion). */
  top: readonly [string, string]
  readonly c: Container
  readonly cwd: string
  readonly opts: CpFlags
  readonly say: CpTexts
}

type Stat = { readonly kind: 'dir' | 'file' | null } | { readonly error: string }

const NO_ENTRY = 'No such file or directory'
const NOT_DIR = 'Not a directory'
const READ_ONLY = 'Read-only file system'

/** The container as the copy left it (a write to its layer makes a new record). */
const current = (run: Copying) => run.t.containers.get(run.c.id) ?? run.c

/** lstat: what is at `path`, or why it cannot be looked at (a parent that is a file). */
function stat(run: Copying, path: string): Stat {
  const parts = path.split('/').filter(Boolean)
  for (let i = 1; i < parts.length; i++) {
    const parent = `/${parts.slice(0, i).join('/')}`
    if (run.tree.kind(parent) === 'file') return { error: NOT_DIR }
  }
  return { kind: run.tree.kind(path) }
}

/** Where a path's bytes live: two paths that agree here are the same file. */
function placeOf(run: Copying, path: string): string {
  const loc = locateFile(current(run), path)
  if (loc.kind === 'layer') return `layer:${loc.path}`
  return loc.kind === 'bind' ? `bind:${loc.host}:${loc.path}` : `volume:${loc.key}:${loc.path}`
}

/** Why nothing can be created at `path`: its directory is missing, or its mount read-only. */
function cannotCreate(run: Copying, path: string): string | null {
  if (run.tree.kind(parentOf(path)) !== 'dir') return NO_ENTRY
  const loc = locateFile(current(run), path)
  return loc.kind !== 'layer' && !loc.rw ? READ_ONLY : null
}

function fail(run: Copying, text: string) {
  run.chunks.push({ stream: 'stderr', text: `cp: ${text}\n` })
  run.failed = true
}

const tell = (run: Copying, source: string, dest: string) => {
  if (run.opts.verbose) run.chunks.push({ stream: 'stdout', text: run.say.verbose(source, dest) })
}

/** libbb concat_path_file / gnulib file_name_concat: one slash between. */
export const joinPath = (dir: string, name: string) =>
  `${dir}${dir.endsWith('/') ? '' : '/'}${name.replace(/^\/+/, '')}`

/** One source onto one destination (copy_file / copy_internal), directories recursively. */
function copyOne(run: Copying, source: string, dest: string, top: boolean, depth = 0) {
  const from = absolute(source, run.cwd)
  const to = absolute(dest, run.cwd)
  const src = stat(run, from)
  if ('error' in src || src.kind === null)
    return fail(run, run.say.cannotStat(source, 'error' in src ? src.error : NO_ENTRY))
  const dst = stat(run, to)
  if ('error' in dst) return fail(run, run.say.cannotStat(dest, dst.error))
  if (dst.kind !== null && placeOf(run, from) === placeOf(run, to))
    return fail(run, run.say.sameFile(source, dest))
  if (dst.kind !== null && run.opts.noClobber && run.say.skipsExisting(src.kind)) return
  if (src.kind === 'dir') return copyDirectory(run, source, dest, dst.kind, top, depth)
  if (dst.kind === 'dir') return fail(run, run.say.fileOntoDirectory(dest))
  const text = readFile(run.t, current(run), from, '/') ?? ''
  if (run.say.verboseFirst) tell(run, source, dest)
  const why = cannotCreate(run, to)
  if (why) return fail(run, run.say.cannotCreateFile(dest, why))
  const written = writeFile(run.t, current(run), to, text, false, '/')
  if (typeof written === 'string') return fail(run, run.say.cannotCreateFile(dest, READ_ONLY))
  run.t = written
  run.tree.addFile(to)
  if (!run.say.verboseFirst) tell(run, source, dest)
}

/** A directory: made (or merged into), then each of its entries, as readdir meets them. */
function copyDirectory(
  run: Copying,
  source: string,
  dest: string,
  existing: 'dir' | 'file' | null,
  top: boolean,
  depth: number,
) {
  const from = absolute(source, run.cwd)
  const to = absolute(dest, run.cwd)
  if (!run.opts.recursive) return fail(run, run.say.omittingDirectory(source))
  // The directory this copy made is inside what it copies: meeting it again ends there.
  if (run.tops.has(from) || depth > 64) return fail(run, run.say.recursion(source, run.top))
  if (existing === 'file') return fail(run, run.say.directoryOntoFile(dest, source))
  if (existing === null) {
    const why = cannotCreate(run, to)
    if (why) return fail(run, run.say.cannotCreateDirectory(dest, why))
    run.tree.addDirectory(to)
    if (top) run.tops.add(to)
    if (run.say.verboseFirst) tell(run, source, dest)
  }
  for (const name of run.tree.entries(from))
    copyOne(run, joinPath(source, name), joinPath(dest, name), false, depth + 1)
  if (!run.say.verboseFirst) tell(run, source, dest)
}

/** The last component of an operand, trailing slashes stripped: what lands in a directory. */
function lastComponent(path: string): string {
  const stripped = path.replace(/\/+$/, '')
  if (stripped === '') return path === '' ? '' : '/'
  return stripped.slice(stripped.lastIndexOf('/') + 1)
}

/**
 * Which destination each source goes to. More than two operands copy into the last, a
 * directory. With two, GNU copies onto the second unless it is a directory; busybox also when
 * neither is a directory, or when a directory is copied recursively to a new name.
 */
function plan(
  run: Copying,
  sources: readonly string[],
  last: string,
): { pairs: [string, string][] } | { error: string } {
  const into = (name: string) => joinPath(last, run.say.entryName(lastComponent(name)))
  const target = stat(run, absolute(last, run.cwd))
  const targetKind = 'kind' in target ? target.kind : null
  const [only] = sources
  const all = () => ({ pairs: sources.map((s): [string, string] => [s, into(s)]) })
  const { targetNotDirectory } = run.say
  if (targetNotDirectory) {
    if (targetKind === 'dir') return all()
    if (sources.length > 1)
      return { error: targetNotDirectory(last, 'error' in target ? target.error : NO_ENTRY) }
    return { pairs: [[only ?? '', last]] }
  }
  if (sources.length > 1 || only === undefined) return all()
  // busybox cp_main: both operands are looked at first; only a missing one is no error yet.
  const src = stat(run, absolute(only, run.cwd))
  if ('error' in src) return { error: run.say.cannotStat(only, src.error) }
  if ('error' in target) return { error: run.say.cannotStat(last, target.error) }
  const srcDir = src.kind === 'dir'
  const onto =
    (!srcDir && targetKind !== 'dir') || (run.opts.recursive && srcDir && targetKind === null)
  return onto ? { pairs: [[only, last]] } : all()
}

/** `cp [OPTION]... SOURCE... DEST` in container `c`, from directory `cwd`. */
export function cp(
  t: Topology,
  c: Container,
  args: readonly string[],
  cwd: string,
): { output: Output; topology: Topology } {
  const say = cpTexts(lookupImage(c.image))
  const parsed = say.parse(args)
  if ('refusal' in parsed) return { output: parsed.refusal, topology: t }
  const { operands, ...opts } = parsed
  const last = operands.at(-1)
  if (operands.length < 2 || last === undefined)
    return { output: say.missingOperand(operands[0]), topology: t }
  const run: Copying = {
    t,
    c,
    cwd,
    opts,
    say,
    failed: false,
    chunks: [],
    tree: directoryIndex(t, c),
    tops: new Set(),
    top: ['', ''],
  }
  const planned = plan(run, operands.slice(0, -1), last)
  if ('error' in planned) fail(run, planned.error)
  else
    for (const [source, dest] of planned.pairs) {
      run.top = [source, dest]
      copyOne(run, source, dest, true)
    }
  const text = (stream: OutputChunk['stream']) =>
    run.chunks
      .filter((ch) => ch.stream === stream)
      .map((ch) => ch.text)
      .join('')
  const output = {
    stdout: text('stdout'),
    stderr: text('stderr'),
    exitCode: run.failed ? 1 : 0,
    ...(opts.verbose && run.failed ? { chunks: run.chunks } : {}),
  }
  // What was copied before a failure stays, as with the real tools.
  return { output, topology: run.t }
}
