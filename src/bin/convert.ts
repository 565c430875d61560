/**
 * `docknet convert IN OUT`: between compose files (.yaml, .yml; one host), docker scripts (.sh),
 * Docknet documents (.json) and Docknet's SVG pictures (.svg, read back from the document they
 * embed), and, as outputs only, Mermaid (.mmd) and draw.io (.drawio), chosen by extension (`-`
 * for stdin or stdout, with --from/--to). A compose file's `.env` beside it gives its
 * variables. Exit 0 on success; Docker-like errors and exit 1 otherwise.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { runScript } from '../cli'
import type { Topology } from '../engine'
import { toJson } from '../io'
import { composeCommands } from '../io/compose/compose'
import { composeFiles } from '../io/compose/export'
import type { ComposeKept } from '../io/compose/kept'
import { toDrawio } from '../io/drawio'
import { embeddedIn } from '../io/embedded'
import { toMermaid } from '../io/mermaid'
import { pictureSvg } from '../io/picture/picture'
import { fromJson } from '../io/read'
import { toScript } from '../io/script'
import { verifyScript } from '../io/verify'
import type { Size, XY } from '../store/flow-mapping'
import { translator } from '../ui/i18n/catalog'
import { saidMessages } from '../ui/said/messages'
import { readProblemText } from '../ui/said/read-text'
import { headlessDiagram } from './diagram'

export const CONVERT_USAGE = `Usage: docknet convert [--from FORMAT] [--to FORMAT] [--verify] [--canvas-layout] IN OUT

Converts between compose files (yaml), docker scripts (sh), Docknet documents (json), and the
pictures (svg), Mermaid (mmd) and draw.io (drawio) diagrams Docknet writes, which carry their
document (others are refused: they hold no Docker world to read). Formats come from the file extensions; use - for stdin or stdout, with --from or
--to. With --verify, a script (sh) also checks, on the daemon it runs on, every fact Docknet
computes, and exits 1 if one fails. An svg is laid out for a 760 px doc column, its smallest
text 12 px there; with --canvas-layout, the cards stay where the document places them.
`

const INPUTS = ['yaml', 'yml', 'sh', 'json', 'svg', 'mmd', 'drawio'] as const
const OUTPUTS = ['yaml', 'yml', 'sh', 'json', 'svg', 'mmd', 'drawio'] as const

/** How the output is written, from the flags. */
interface Writing {
  readonly title: string
  readonly verify: boolean
  /** An svg keeps the document's layout rather than fitting a doc column. */
  readonly canvasLayout: boolean
}

interface World {
  readonly topology: Topology
  readonly host: string
  readonly positions: Readonly<Record<string, XY>>
  readonly sizes: Readonly<Record<string, Size>>
  /** What an imported compose file said that is not simulated (io/compose/kept.ts). */
  readonly compose: ComposeKept | null
  /** The project an imported compose file made: the diagram's title. */
  readonly project?: string
}

/** A world read; `failed`: the commands refused on the way, when they are tolerated. */
type Read = { ok: true; world: World; failed?: readonly string[] } | { ok: false; error: string }

function formatOf(path: string, given: string | undefined): string {
  if (given) return given.toLowerCase()
  const dot = path.lastIndexOf('.')
  return dot < 0 ? '' : path.slice(dot + 1).toLowerCase()
}

/**
 * The world a script builds; any command that fails is an error, as in a CI script, unless
 * `tolerant` (a tutorial's script shows failures on purpose: `ping db` on the default bridge).
 */
function scriptWorld(lines: string, compose: ComposeKept | null, tolerant: boolean): Read {
  const { state, entries } = runScript(lines)
  const failed = entries.filter((e) => e.exitCode !== 0)
  const [refused] = failed
  const said = (e: typeof refused) => `${e?.command ?? ''}: ${e?.stderr.trim() ?? ''}`
  if (refused && !tolerant) return { ok: false, error: said(refused) }
  return {
    ok: true,
    world: { topology: state.topology, host: state.currentHost, positions: {}, sizes: {}, compose },
    failed: failed.map(said),
  }
}

/**
 * The variables of the `.env` file beside a compose file, as compose reads them for
 * interpolation (`KEY=VALUE` lines, `#` comments, optional quotes); none when there is none.
 */
async function dotEnv(composePath: string): Promise<Record<string, string>> {
  let text: string
  try {
    text = await readFile(join(dirname(composePath), '.env'), 'utf8')
  } catch {
    return {}
  }
  const env: Record<string, string> = {}
  for (const raw of text.split('\n')) {
    const line = raw.trim()
    const eq = line.indexOf('=')
    if (!line || line.startsWith('#') || eq < 1) continue
    const value = line.slice(eq + 1).trim()
    const quoted = /^(["'])(.*)\1$/.exec(value)
    env[
      line
        .slice(0, eq)
        .replace(/^export\s+/, '')
        .trim()
    ] = quoted ? (quoted[2] ?? '') : value
  }
  return env
}

function read(
  text: string,
  format: string,
  path: string,
  env: Readonly<Record<string, string>>,
  tolerant = false,
): Read {
  switch (format) {
    case 'yaml':
    case 'yml': {
      const made = composeCommands(text, path, env)
      if (!made.ok) return made
      const built = scriptWorld(made.lines.join('\n'), made.kept, tolerant)
      return built.ok ? { ok: true, world: { ...built.world, project: made.project } } : built
    }
    case 'sh':
      return scriptWorld(text, null, tolerant)
    case 'mmd': {
      const carried = embeddedIn(text)
      return carried?.kind === 'mermaid' && carried.script !== null
        ? scriptWorld(carried.script, null, tolerant)
        : {
            ok: false,
            error: 'this Mermaid file was not exported by Docknet: it carries no docker script',
          }
    }
    default: {
      // json, or an svg, mmd or drawio Docknet wrote (the formats were checked first).
      const r = fromJson(text)
      // The command line speaks English: the reader's reason in its English words.
      if (!r.ok)
        return { ok: false, error: readProblemText(translator(saidMessages.en), r.problem) }
      const { positions, sizes = {} } = r.layout
      const world = { topology: r.topology, host: r.currentHost, positions, sizes }
      return { ok: true, world: { ...world, compose: r.compose } }
    }
  }
}

function write(
  world: World,
  format: string,
  how: Writing,
): { ok: true; text: string } | { ok: false; error: string } {
  const diagram = () => headlessDiagram(world.topology, world.positions, world.sizes, how.title)
  const document = () =>
    toJson(
      world.topology,
      world.host,
      { positions: world.positions, sizes: world.sizes },
      world.compose,
    )
  switch (format) {
    case 'sh': {
      const s = how.verify ? verifyScript(world.topology) : toScript(world.topology)
      return s.ok ? { ok: true, text: s.script } : s
    }
    case 'json':
      return { ok: true, text: document() }
    case 'svg':
      return {
        ok: true,
        text: pictureSvg(diagram(), document(), { column: !how.canvasLayout }),
      }
    case 'yaml':
    case 'yml': {
      const made = composeFiles(world.topology, world.compose)
      if (!made.ok) return made
      const [only, ...more] = made.files
      if (!only || more.length > 0)
        return {
          ok: false,
          error: `this topology has ${made.files.length} hosts with containers and a compose file describes one daemon: export compose from the app (one file per host), or convert to json or sh`,
        }
      return { ok: true, text: only.text }
    }
    case 'mmd': {
      const script = toScript(world.topology)
      return { ok: true, text: toMermaid(diagram(), script.ok ? script.script : undefined) }
    }
    default:
      // drawio (the formats were checked first).
      return { ok: true, text: toDrawio(diagram(), document()) }
  }
}

/**
 * The world a file describes: a docker script, a compose file, a Docknet document or a picture
 * Docknet exported (by its extension; a script when it has none that Docknet reads).
 */
export async function readWorldFile(path: string, readStdin: () => Promise<string>): Promise<Read> {
  const given = formatOf(path, undefined)
  const format = (INPUTS as readonly string[]).includes(given) ? given : 'sh'
  let text: string
  try {
    text = path === '-' ? await readStdin() : await readFile(path, 'utf8')
  } catch (e) {
    return { ok: false, error: (e as Error).message }
  }
  const env = path !== '-' && (format === 'yaml' || format === 'yml') ? await dotEnv(path) : {}
  return read(text, format, path === '-' ? 'compose.yaml' : path, env, true)
}

export async function convert(
  args: readonly string[],
  io: { readStdin(): Promise<string>; out(text: string): void; err(text: string): void },
): Promise<number> {
  const flags = new Map<string, string>()
  const files: string[] = []
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? ''
    if (a === '--help' || a === '-h') return (io.out(CONVERT_USAGE), 0)
    if (a === '--from' || a === '--to') flags.set(a, args[++i] ?? '')
    else if (a === '--verify' || a === '--canvas-layout') flags.set(a, '')
    else files.push(a)
  }
  const [input, output] = files
  if (input === undefined || output === undefined || files.length > 2) {
    io.err(`docknet convert: requires exactly 2 arguments\n\n${CONVERT_USAGE}`)
    return 1
  }
  const from = formatOf(input, flags.get('--from'))
  const to = formatOf(output, flags.get('--to'))
  const unknown = !(INPUTS as readonly string[]).includes(from)
    ? `unknown input format "${from}": use one of ${INPUTS.join(', ')}`
    : !(OUTPUTS as readonly string[]).includes(to)
      ? `unknown output format "${to}": use one of ${OUTPUTS.join(', ')}`
      : null
  if (unknown) {
    io.err(`docknet convert: ${unknown}\n`)
    return 1
  }
  let text: string
  try {
    text = input === '-' ? await io.readStdin() : await readFile(input, 'utf8')
  } catch (e) {
    io.err(`docknet convert: ${(e as Error).message}\n`)
    return 1
  }
  const env = input !== '-' && (from === 'yaml' || from === 'yml') ? await dotEnv(input) : {}
  const world = read(text, from, input === '-' ? 'compose.yaml' : input, env)
  if (!world.ok) {
    io.err(`docknet convert: ${world.error}\n`)
    return 1
  }
  const stem = input === '-' ? '' : basename(input).replace(/\.[^.]*$/, '')
  const title = world.world.project ?? stem
  const made = write(world.world, to, {
    title,
    verify: flags.has('--verify'),
    canvasLayout: flags.has('--canvas-layout'),
  })
  if (!made.ok) {
    io.err(`docknet convert: ${made.error}\n`)
    return 1
  }
  try {
    if (output === '-') io.out(made.text)
    else await writeFile(output, made.text)
  } catch (e) {
    io.err(`docknet convert: ${(e as Error).message}\n`)
    return 1
  }
  return 0
}
