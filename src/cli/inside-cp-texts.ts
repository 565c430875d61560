/**
 * What `cp` prints, per userland, and how it reads its options. busybox 1.36.1:
 * coreutils/cp.c (options, usage), libbb/copy_file.c and coreutils/libcoreutils/cp_mv_stat.c
 * (messages), built with FEATURE_NON_POSIX_CP and without FEATURE_VERBOSE_CP_MESSAGE (their
 * defaults, libbb/Config.src); its getopt is musl's on alpine, glibc's in the busybox image.
 * GNU coreutils 9.1 (Debian 12): src/cp.c (options, operands) and src/copy.c (messages).
 */
import type { ImageInfo } from '../engine'
import type { Output } from './output'

export interface CpFlags {
  readonly recursive: boolean
  readonly noClobber: boolean
  readonly verbose: boolean
}

export type ParsedCp = CpFlags & { readonly operands: readonly string[] }

export interface CpTexts {
  readonly flavour: 'busybox' | 'gnu'
  parse(args: readonly string[]): ParsedCp | { readonly refusal: Output }
  missingOperand(first: string | undefined): Output
  cannotStat(path: string, why: string): string
  omittingDirectory(path: string): string
  sameFile(source: string, dest: string): string
  fileOntoDirectory(dest: string): string
  directoryOntoFile(dest: string, source: string): string
  cannotCreateFile(path: string, why: string): string
  cannotCreateDirectory(path: string, why: string): string
  /** A directory met again inside its own copy; `top` is the operand pair being copied. */
  recursion(source: string, top: readonly [string, string]): string
  /** GNU: more than two operands need a directory last (busybox tries each copy into it). */
  targetNotDirectory?(target: string, why: string): string
  /** `-v`: one line per file (GNU says it before copying, busybox after, a directory last). */
  verbose(source: string, dest: string): string
  readonly verboseFirst: boolean
  /** `-n` with the destination there: busybox skips anything, GNU only what is not a directory. */
  skipsExisting(kind: 'dir' | 'file'): boolean
  /** The name a source takes inside a target directory (GNU drops a last `..`). */
  entryName(lastComponent: string): string
}

/** What each simulated option does; -p, -f, -d, -P, -L and -H have nothing to act on here. */
const SIMULATED: Readonly<Record<string, Partial<CpFlags>>> = {
  a: { recursive: true },
  r: { recursive: true },
  R: { recursive: true },
  v: { verbose: true },
  n: { noClobber: true },
  p: {},
  f: {},
  d: {},
  P: {},
  L: {},
  H: {},
  archive: { recursive: true },
  recursive: { recursive: true },
  verbose: { verbose: true },
  'no-clobber': { noClobber: true },
  force: {},
  dereference: {},
  'no-dereference': {},
  preserve: {},
  'no-preserve': {},
}

interface Getopt {
  readonly short: string
  readonly long: readonly string[]
  invalidShort(letter: string): string
  invalidLong(arg: string): string
  ambiguous(arg: string, candidates: readonly string[]): string
  /** What follows the getopt line: busybox shows its usage, GNU points to --help. */
  readonly after: string
}

const GNU_TRY = "Try 'cp --help' for more information.\n"

/** glibc's getopt (posix/getopt.c) messages. */
const glibc = {
  invalidShort: (letter: string) => `cp: invalid option -- '${letter}'\n`,
  invalidLong: (arg: string) => `cp: unrecognized option '${arg}'\n`,
  ambiguous: (arg: string, candidates: readonly string[]) =>
    `cp: option '${arg}' is ambiguous; possibilities:${candidates.map((c) => ` '--${c}'`).join('')}\n`,
}

/** musl's getopt and getopt_long (src/misc) messages. */
const musl = {
  invalidShort: (letter: string) => `cp: unrecognized option: ${letter}\n`,
  invalidLong: (arg: string) => `cp: unrecognized option: ${arg.slice(2)}\n`,
  ambiguous: (arg: string) => `cp: option is ambiguous: ${arg.slice(2)}\n`,
}

const BUSYBOX_USAGE = `BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.

Usage: cp [-arPLHpfinlsTu] SOURCE DEST
or: cp [-arPLHpfinlsu] SOURCE... { -t DIRECTORY | DIRECTORY }

Copy SOURCEs to DEST

\t-a\tSame as -dpR
\t-R,-r\tRecurse
\t-d,-P\tPreserve symlinks (default if -R)
\t-L\tFollow all symlinks
\t-H\tFollow symlinks on command line
\t-p\tPreserve file attributes if possible
\t-f\tOverwrite
\t-i\tPrompt before overwrite
\t-n\tDon't overwrite
\t-l,-s\tCreate (sym)links
\t-T\tRefuse to copy if DEST is a directory
\t-t DIR\tCopy all SOURCEs into DIR
\t-u\tCopy only newer files
`

const BUSYBOX_LONG = [
  'archive',
  'force',
  'interactive',
  'no-clobber',
  'link',
  'dereference',
  'no-dereference',
  'recursive',
  'symbolic-link',
  'no-target-directory',
  'target-directory',
  'verbose',
  'update',
  'remove-destination',
  'parents',
  'reflink',
]

const GNU_LONG = [
  'archive',
  'attributes-only',
  'backup',
  'copy-contents',
  'dereference',
  'force',
  'interactive',
  'link',
  'no-clobber',
  'no-dereference',
  'no-preserve',
  'no-target-directory',
  'one-file-system',
  'parents',
  'path',
  'preserve',
  'recursive',
  'remove-destination',
  'sparse',
  'reflink',
  'strip-trailing-slashes',
  'suffix',
  'symbolic-link',
  'target-directory',
  'update',
  'verbose',
  'context',
  'help',
  'version',
]

const NOT_SIMULATED = (option: string): Output => ({
  stdout: '',
  stderr: `docknet: cp ${option} is not simulated (cp copies with -a, -r, -R, -p, -f, -n, -v)\n`,
  exitCode: 1,
})

/** getopt_long, permuting: options anywhere before `--`, long ones by a unique prefix. */
function parseWith(g: Getopt, args: readonly string[]): ParsedCp | { refusal: Output } {
  const refuse = (text: string) => ({
    refusal: { stdout: '', stderr: text + g.after, exitCode: 1 },
  })
  let flags: CpFlags = { recursive: false, noClobber: false, verbose: false }
  const operands: string[] = []
  let ended = false
  for (const arg of args) {
    if (ended || arg === '-' || !arg.startsWith('-')) {
      operands.push(arg)
    } else if (arg === '--') {
      ended = true
    } else if (arg.startsWith('--')) {
      const name = arg.slice(2).split('=')[0] ?? ''
      const matches = g.long.includes(name) ? [name] : g.long.filter((l) => l.startsWith(name))
      const [match] = matches
      if (match === undefined) return refuse(g.invalidLong(arg))
      if (matches.length > 1) return refuse(g.ambiguous(arg, matches))
      const effect = SIMULATED[match]
      if (!effect) return { refusal: NOT_SIMULATED(`--${match}`) }
      flags = { ...flags, ...effect }
    } else {
      for (const letter of arg.slice(1)) {
        if (!g.short.includes(letter)) return refuse(g.invalidShort(letter))
        const effect = SIMULATED[letter]
        if (!effect) return { refusal: NOT_SIMULATED(`-${letter}`) }
        flags = { ...flags, ...effect }
      }
    }
  }
  return { ...flags, operands }
}

/** quoteaf (shell-escape-always style): 'name', or "name" when it holds a single quote. */
function gnuQuote(name: string): string {
  if (!name.includes("'")) return `'${name}'`
  if (!/["$`\\]/.test(name)) return `"${name}"`
  return `'${name.replaceAll("'", "'\\''")}'`
}

function busyboxTexts(image: ImageInfo): CpTexts {
  const getopt = image.repo === 'alpine' ? musl : glibc
  const q = (name: string) => `'${name}'`
  return {
    flavour: 'busybox',
    parse: (args) =>
      parseWith(
        { ...getopt, short: 'pdRfinlsLHarPvuTt', long: BUSYBOX_LONG, after: BUSYBOX_USAGE },
        args,
      ),
    // getopt32's "-1" and cp_main's `argc < 2`: the usage.
    missingOperand: () => ({ stdout: '', stderr: BUSYBOX_USAGE, exitCode: 1 }),
    cannotStat: (path, why) => `can't stat ${q(path)}: ${why}`,
    omittingDirectory: (path) => `omitting directory ${q(path)}`,
    sameFile: (source, dest) => `${q(source)} and ${q(dest)} are the same file`,
    // The exclusive open fails (EEXIST) and unlinking a directory cannot make room.
    fileOntoDirectory: (dest) => `can't create ${q(dest)}: File exists`,
    directoryOntoFile: (dest) => `target ${q(dest)} is not a directory`,
    cannotCreateFile: (path, why) => `can't create ${q(path)}: ${why}`,
    cannotCreateDirectory: (path, why) => `can't create directory ${q(path)}: ${why}`,
    recursion: (source) => `recursion detected, omitting directory ${q(source)}`,
    verbose: (source, dest) => `${q(source)} -> ${q(dest)}\n`,
    verboseFirst: false,
    skipsExisting: () => true,
    entryName: (name) => name,
  }
}

const gnuTexts: CpTexts = {
  flavour: 'gnu',
  parse: (args) =>
    parseWith({ ...glibc, short: 'abdfHilLnprstuvxPRSTZ', long: GNU_LONG, after: GNU_TRY }, args),
  missingOperand: (first) => ({
    stdout: '',
    stderr:
      first === undefined
        ? `cp: missing file operand\n${GNU_TRY}`
        : `cp: missing destination file operand after ${gnuQuote(first)}\n${GNU_TRY}`,
    exitCode: 1,
  }),
  cannotStat: (path, why) => `cannot stat ${gnuQuote(path)}: ${why}`,
  omittingDirectory: (path) => `-r not specified; omitting directory ${gnuQuote(path)}`,
  sameFile: (source, dest) => `${gnuQuote(source)} and ${gnuQuote(dest)} are the same file`,
  fileOntoDirectory: (dest) => `cannot overwrite directory ${gnuQuote(dest)} with non-directory`,
  directoryOntoFile: (dest, source) =>
    `cannot overwrite non-directory ${gnuQuote(dest)} with directory ${gnuQuote(source)}`,
  cannotCreateFile: (path, why) => `cannot create regular file ${gnuQuote(path)}: ${why}`,
  cannotCreateDirectory: (path, why) => `cannot create directory ${gnuQuote(path)}: ${why}`,
  recursion: (_source, [source, dest]) =>
    `cannot copy a directory, ${gnuQuote(source)}, into itself, ${gnuQuote(dest)}`,
  targetNotDirectory: (target, why) => `target ${gnuQuote(target)}: ${why}`,
  verbose: (source, dest) => `${gnuQuote(source)} -> ${gnuQuote(dest)}\n`,
  verboseFirst: true,
  skipsExisting: (kind) => kind !== 'dir',
  // cp.c do_copy: "For 'cp -R source/.. dest', don't copy into 'dest/..'".
  entryName: (name) => (name === '..' ? '' : name),
}

/** The texts of the image's userland: busybox for a plain shell, GNU coreutils with bash. */
export function cpTexts(image: ImageInfo): CpTexts {
  return image.shell === 'bash' ? gnuTexts : busyboxTexts(image)
}
