/**
 * `docknet reach [--json] FILE [FROM [TO[:PORT]]]`: can FROM connect to TO (on PORT) using the
 * name TO, as `ping TO` or `curl TO:PORT` typed inside FROM would? FILE is a docker script, a
 * compose file or a Docknet document. With FROM and TO, one verdict (ping when there is no
 * PORT); with FROM alone, its row; with neither, every ordered pair of running containers and
 * each port the second listens on. Each verdict says why, what works instead, and the fixes
 * (cli/fixes.ts). Exit 0 when every verdict is reachable, 1 when one is not, 2 for bad input.
 */
import {
  ask,
  evidenceText,
  listeningPorts,
  whyText,
  type Asked,
  type Container,
  type Topology,
  type WhyReason,
} from '../engine'
import { createShell, type ShellState } from '../cli'
import { proposeFixes, type Fix } from '../cli/fixes'
import { readWorldFile } from './convert'

export const REACH_USAGE = 'Usage: docknet reach [--json] FILE [FROM [TO[:PORT]]]\n'

interface Io {
  readStdin(): Promise<string>
  out(text: string): void
  err(text: string): void
}

interface Verdict {
  readonly asked: Asked
  readonly fixes: readonly Fix[]
}

export async function reach(args: readonly string[], io: Io): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) return (io.out(REACH_USAGE), 0)
  const json = args.includes('--json')
  const words = args.filter((a) => a !== '--json')
  const [file, fromName, toArg, ...extra] = words
  const bad = (message: string) => (io.err(`docknet reach: ${message}\n\n${REACH_USAGE}`), 2)
  if (file === undefined || extra.length > 0 || words.some((w) => w.startsWith('-') && w !== '-'))
    return bad('requires FILE, then optionally FROM and TO[:PORT]')
  const read = await readWorldFile(file, io.readStdin)
  if (!read.ok) return (io.err(`docknet reach: ${read.error}\n`), 2)
  for (const f of read.failed ?? [])
    io.err(`docknet reach: a command failed (the world is as it left it): ${f}\n`)
  const shell: ShellState = { ...createShell(read.world.topology), currentHost: read.world.host }
  const t = shell.topology
  const questions = questionsFor(t, fromName, toArg)
  if (typeof questions === 'string') return bad(questions)
  const verdicts = questions.map(({ from, name, port }) => {
    const asked = ask(t, from, name, port)
    return { asked, fixes: asked.reachable ? [] : proposeFixes(shell, from, name, port) }
  })
  const single = fromName !== undefined && toArg !== undefined
  if (json) {
    const out = verdicts.map(jsonOf)
    io.out(`${JSON.stringify(single ? out[0] : out, null, 2)}\n`)
  } else io.out(verdicts.map(textOf).join('\n'))
  return verdicts.every((v) => v.asked.reachable) ? 0 : 1
}

interface Question {
  readonly from: Container
  readonly name: string
  readonly port: number | null
}

/** The questions asked, or what is wrong with the arguments. */
function questionsFor(t: Topology, fromName?: string, toArg?: string): Question[] | string {
  const all = [...t.containers.values()].sort((a, b) => a.seq - b.seq)
  const running = all.filter((c) => c.state === 'running')
  const pairs = (from: Container) =>
    running
      .filter((to) => to.id !== from.id)
      .flatMap((to) => {
        const ports = listeningPorts(t, to).filter((p) => p.proto === 'tcp')
        return ports.map((p) => ({ from, name: to.name, port: p.port }))
      })
  if (fromName === undefined) return running.flatMap(pairs)
  const from = all.find((c) => c.name === fromName)
  if (!from) return `no such container: ${fromName}`
  if (toArg === undefined) return pairs(from)
  const m = /^([^:]+)(?::(\d+))?$/.exec(toArg)
  if (!m?.[1]) return `bad target: ${toArg}`
  const port = m[2] === undefined ? null : Number(m[2])
  if (port !== null && (port < 1 || port > 65535)) return `bad port: ${m[2]}`
  return [{ from, name: m[1], port }]
}

function jsonOf({ asked: a, fixes }: Verdict) {
  return {
    from: a.from.name,
    to: a.name,
    port: a.port,
    reachable: a.reachable,
    address: a.address,
    addresses: a.instead.map((w) => (w.port === null ? w.address : `${w.address}:${w.port}`)),
    why: whyText(a),
    reasons: a.reasons.map(reasonJson),
    evidence: a.evidence.map(evidenceText),
    fixes: fixes.map((f) => ({
      commands: f.commands,
      why: f.why,
      breaks: f.breaks,
      checked: f.checked,
    })),
  }
}

function reasonJson(r: WhyReason) {
  return r.kind === 'dns'
    ? { kind: 'dns', code: r.cause.code, ...r.cause.params }
    : { kind: 'connection', code: r.blocker.code, ...r.blocker.params }
}

function textOf({ asked: a, fixes }: Verdict): string {
  const head = `${a.reachable ? '✓' : '✗'} ${a.from.name} → ${a.port === null ? a.name : `${a.name}:${a.port}`}`
  const lines = [head, `  ${whyText(a)}`, ...a.evidence.map((e) => `  · ${evidenceText(e)}`)]
  fixes.forEach((f, i) => {
    const breaks = f.breaks.length ? ` (breaks ${f.breaks.join(', ')})` : ''
    const scope = f.checked === 'changed' ? ' [checked for the containers it changes]' : ''
    lines.push(`  fix ${i + 1}: ${f.why}${breaks}${scope}`, ...f.commands.map((c) => `    ${c}`))
  })
  if (!a.reachable && fixes.length === 0)
    lines.push('  no fix: nothing Docknet can change makes it work')
  return `${lines.join('\n')}\n`
}
