/**
 * Golden transcripts: each file in ./transcripts replays the commands of one seed note (or of a
 * Docker tutorial) through the simulator and states what real Docker (Engine 28, CLI 28.2.2) prints for them.
 *
 * Format of a transcript file:
 * - `$ COMMAND` starts a step. A command line ending with a backslash goes on to the next line,
 *   as in a shell (the continuation lines carry no `$ `).
 * - The lines after it, up to the next `$ ` line, are the expected output: stdout and stderr as
 *   one text, in the order a terminal shows them (`docker run` prints its warnings before the id). Blank lines inside it count; blank lines at its end are not compared.
 * - `[exit N]` as the last line of a step: the exit status is N. Without it the status must be 0.
 * - Lines starting with `#` are comments (where a seed is wrong, what real Docker does instead),
 *   wherever they stand; so an expected output line cannot start with `#`.
 * - Placeholders for values that are arbitrary or vary from run to run: `<id>` is 64 hex digits
 *   (a container or network id), `<short>` 12 hex digits (a short id, a default hostname),
 *   `<mac>` a MAC address, `<ms>` a number (a time in milliseconds, as ping prints it).
 *   Everything else must match exactly; tabs are literal tabs (as in /etc/hosts).
 *
 * The world a transcript assumes: a fresh Docker Engine 28 on Linux with IPv6 available (so
 * published ports are bound on 0.0.0.0 and on ::), default daemon options, this host is vm1 at
 * 192.168.1.10 (a second host, when used, comes from `docker context create vm2`), commands run
 * as root one after the other once the previous ones have settled (servers have started), and
 * every image is already pulled (no "Unable to find image" output). Sessions the seeds open with
 * `docker run -it IMAGE sh` are written as `docker run -d` plus `docker exec`, since what a
 * terminal session shows is not a transcript.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createShell, runScript, type ScriptEntry } from './index'
import { chunksOf } from './chunks'

const FILES = [
  'seed-000-link-ambassador.txt',
  'seed-001-link-env.txt',
  'seed-002-volumes-icc-ports.txt',
  'seed-003-dns-joined.txt',
  'seed-004-three-ways.txt',
  'macvlan-two-hosts.txt',
]

interface Step {
  /** 1-based line of the `$ ` line. */
  readonly line: number
  readonly command: string
  /** Expected output lines (blank lines at the end removed). */
  readonly output: readonly string[]
  readonly exitCode: number
}

const EXIT_LINE = /^\[exit (\d+)\]$/

function trimEnd(lines: string[]): string[] {
  const out = [...lines]
  while (out.length > 0 && (out.at(-1) ?? '').trim() === '') out.pop()
  return out
}

/** Splits a transcript into steps (see the format at the top of this file). */
function parseTranscript(text: string): Step[] {
  const lines = text.replace(/\r\n/g, '\n').split('\n')
  const steps: Step[] = []
  let current: { line: number; command: string[]; output: string[] } | null = null
  let continuing = false
  const flush = () => {
    if (!current) return
    const output = trimEnd(current.output)
    const m = EXIT_LINE.exec(output.at(-1) ?? '')
    if (m) output.pop()
    steps.push({
      line: current.line,
      command: current.command.join('\n'),
      output: trimEnd(output),
      exitCode: m ? Number(m[1]) : 0,
    })
  }
  lines.forEach((text, i) => {
    if (continuing && current) {
      current.command.push(text)
      continuing = text.endsWith('\\')
      return
    }
    if (text.startsWith('$ ')) {
      flush()
      current = { line: i + 1, command: [text.slice(2)], output: [] }
      continuing = text.endsWith('\\')
      return
    }
    if (text.startsWith('#')) return
    if (!current) {
      if (text.trim() !== '') throw new Error(`line ${i + 1}: output before the first command`)
      return
    }
    current.output.push(text)
  })
  flush()
  return steps
}

const PLACEHOLDERS: Readonly<Record<string, string>> = {
  '<id>': '[0-9a-f]{64}',
  '<short>': '[0-9a-f]{12}',
  '<mac>': '[0-9a-f]{2}(?::[0-9a-f]{2}){5}',
  '<ms>': '\\d+(?:\\.\\d+)?',
}

/** The expected text as a regular expression: literal except for the placeholders. */
function expectedPattern(expected: string): RegExp {
  const escaped = expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const body = escaped.replace(/<id>|<short>|<mac>|<ms>/g, (p) => PLACEHOLDERS[p] ?? p)
  return new RegExp(`^${body}$`)
}

function withExit(text: string, exitCode: number): string {
  const exit = exitCode === 0 ? '' : `[exit ${exitCode}]`
  return [text, exit].filter((s) => s !== '').join('\n')
}

function expectedText(step: Step): string {
  return withExit(step.output.join('\n'), step.exitCode)
}

/** What the simulator printed, in the transcript's terms. */
function actualText(entry: ScriptEntry): string {
  return withExit(
    chunksOf(entry)
      .map((c) => c.text)
      .join('')
      .replace(/\n+$/, ''),
    entry.exitCode,
  )
}

/** Replays the steps in order against one fresh world; one list of entries per step. */
function replay(steps: readonly Step[]): ScriptEntry[][] {
  let state = createShell()
  return steps.map((step) => {
    const r = runScript(step.command, state)
    state = r.state
    return r.entries
  })
}

function title(step: Step): string {
  const command = step.command.replace(/\\\n\s*/g, '')
  return `line ${step.line}: ${command.length > 90 ? `${command.slice(0, 89)}…` : command}`
}

describe('the transcript format', () => {
  it('reads commands, continuation lines, output, comments and the exit line', () => {
    const steps = parseTranscript(
      [
        '# a comment',
        '$ docker run -d \\',
        '  --name a busybox',
        '<id>',
        '',
        '# between steps',
        '$ docker start nosuch',
        'Error response from daemon: No such container: nosuch',
        '',
        'after a blank line',
        '[exit 1]',
        '',
      ].join('\n'),
    )
    expect(steps).toEqual([
      { line: 2, command: 'docker run -d \\\n  --name a busybox', output: ['<id>'], exitCode: 0 },
      {
        line: 7,
        command: 'docker start nosuch',
        output: ['Error response from daemon: No such container: nosuch', '', 'after a blank line'],
        exitCode: 1,
      },
    ])
  })

  it('matches placeholders and nothing else loosely', () => {
    const p = expectedPattern('<id>\n172.17.0.2 <mac> <short> time=<ms> ms')
    expect(p.test(`${'a'.repeat(64)}\n172.17.0.2 02:42:ac:11:00:02 0123456789ab time=0.1 ms`)).toBe(
      true,
    )
    expect(p.test(`${'a'.repeat(64)}\n172x17.0.2 02:42:ac:11:00:02 0123456789ab time=1 ms`)).toBe(
      false,
    )
    expect(expectedPattern('a+b (c)').test('a+b (c)')).toBe(true)
  })
})

for (const file of FILES) {
  const text = readFileSync(new URL(`./transcripts/${file}`, import.meta.url), 'utf8')
  const steps = parseTranscript(text)
  const results = replay(steps)

  describe(`transcript ${file}`, () => {
    it('has steps', () => {
      expect(steps.length).toBeGreaterThan(0)
    })

    steps.forEach((step, i) => {
      it(title(step), () => {
        const entries = results[i] ?? []
        expect(entries.length, 'one command per step').toBe(1)
        const [entry] = entries
        if (!entry) return
        const actual = actualText(entry)
        const expected = expectedText(step)
        // On a mismatch show a diff of the whole text (placeholders stay visible there).
        if (!expectedPattern(expected).test(actual)) expect(actual).toBe(expected)
      })
    })
  })
}
