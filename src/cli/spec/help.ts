/**
 * `docker X --help`, printed from the command table with docker/cli's usage template (cli/cobra.go)
 * and pflag's FlagUsagesWrapped at the width the client uses without a terminal (80 - 1).
 */
import { GROUPS, groupCommands } from './table'
import type { CommandSpec, FlagDef } from './types'

const COLUMNS = 79

/** pflag wrapN: the first line of `s` within `i` (+ slop) characters, and the rest. */
function wrapN(i: number, slop: number, s: string): [string, string] {
  if (i + slop > s.length) return [s, '']
  const head = s.slice(0, i)
  const w = Math.max(head.lastIndexOf(' '), head.lastIndexOf('\t'), head.lastIndexOf('\n'))
  if (w <= 0) return [s, '']
  const nl = head.lastIndexOf('\n')
  if (nl > 0 && nl < w) return [s.slice(0, nl), s.slice(nl + 1)]
  return [s.slice(0, w), s.slice(w + 1)]
}

/** pflag wrap: `s` wrapped to width `w`, lines after the first indented by `i`. */
function wrap(indent: number, w: number, s: string): string {
  let i = indent
  let width = w - i
  let r = ''
  if (width < 24) {
    i = 16
    width = w - i
    r += `\n${' '.repeat(i)}`
  }
  if (width < 24) return s.replaceAll('\n', r)
  const slop = 5
  width -= slop
  const pad = (t: string) => t.replaceAll('\n', `\n${' '.repeat(i)}`)
  let [line, rest] = wrapN(width, slop, s)
  r += pad(line)
  while (rest !== '') {
    ;[line, rest] = wrapN(width, slop, rest)
    r += `\n${' '.repeat(i)}${pad(line)}`
  }
  return r
}

/** The left column of a flag: `  -a, --all` / `      --format string`. */
function flagColumn(def: FlagDef): string {
  const names = def.short ? `  -${def.short}, --${def.long}` : `      --${def.long}`
  return def.type === 'bool' ? names : `${names} ${def.type}`
}

function flagUsage(def: FlagDef): string {
  if (def.default === undefined) return def.usage
  const shown = def.type === 'string' ? JSON.stringify(def.default) : def.default
  return `${def.usage} (default ${shown})`
}

/** pflag FlagUsagesWrapped: visible flags sorted by name, usages in one wrapped column. */
function flagUsages(flags: readonly FlagDef[]): string {
  const visible = flags
    .filter((f) => !f.hidden && !f.deprecated)
    .sort((a, b) => (a.long < b.long ? -1 : 1))
  if (visible.length === 0) return ''
  const width = Math.max(...visible.map((f) => flagColumn(f).length + 1))
  return visible
    .map((f) => {
      const column = flagColumn(f)
      return `${column} ${' '.repeat(width - column.length)} ${wrap(width + 2, COLUMNS, flagUsage(f))}`
    })
    .join('\n')
}

/** `docker <path> <use>`: cobra's UseLine. */
export function useLine(path: string, spec: CommandSpec): string {
  return `docker ${path} ${spec.use}`.trimEnd()
}

/** The whole `--help` text of `spec` invoked as `docker <path>`. */
export function commandHelp(path: string, spec: CommandSpec): string {
  const parts = [`Usage:  ${useLine(path, spec)}`, spec.description]
  if (spec.aliasLine) parts.push(`Aliases:\n  ${spec.aliasLine}`)
  const options = flagUsages(spec.flags).replace(/\s+$/, '')
  if (options !== '') parts.push(`Options:\n${options}`)
  return `${parts.join('\n\n')}\n`
}

/** `docker GROUP --help`: the group's usage, description and subcommands (cobra's template). */
export function groupHelp(group: string): string {
  const commands = groupCommands(group)
  // cobra pads names to the longest one, and to at least 11 characters.
  const width = Math.max(11, ...commands.map(([name]) => name.length))
  const lines = [
    `Usage:  docker ${group} COMMAND`,
    '',
    GROUPS[group]?.title ?? '',
    '',
    'Commands:',
    ...commands.map(([name, summary]) => `  ${name.padEnd(width)} ${summary}`),
    '',
    `Run 'docker ${group} COMMAND --help' for more information on a command.`,
  ]
  return `${lines.join('\n')}\n`
}
