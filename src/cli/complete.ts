/**
 * Tab completion for the terminal: the word before the cursor, completed against what Docker
 * takes there: `docker`, its commands and management groups, the command's flags, and the
 * world's container, network, volume and host names. As bash does, one candidate completes
 * the word (and a space), several extend it to what they share, and when that adds nothing
 * they are listed.
 */
import type { Topology } from '../engine'
import { ROOT_FLAGS } from './spec/root-flags'
import { findCommand, GROUPS, groupCommands, topLevelWords } from './spec/table'
import type { FlagDef } from './spec/types'
import type { ShellState } from './state'

export interface Completion {
  /** The input after completion (unchanged when nothing completes). */
  readonly line: string
  /** The candidates to list, when the word could not be extended. */
  readonly options: readonly string[]
}

export function complete(state: ShellState, line: string): Completion {
  const partial = /(\S*)$/.exec(line)?.[1] ?? ''
  const before = line.slice(0, line.length - partial.length)
  const words = before.trim() === '' ? [] : before.trim().split(/\s+/)
  const options = [...new Set(candidates(state, words, partial))]
    .filter((c) => c.startsWith(partial))
    .sort()
  if (options.length === 0) return { line, options: [] }
  if (options.length === 1) return { line: `${before}${options[0]} `, options: [] }
  const shared = sharedPrefix(options)
  return shared.length > partial.length
    ? { line: `${before}${shared}`, options: [] }
    : { line, options }
}

function sharedPrefix(words: readonly string[]): string {
  let prefix = words[0] ?? ''
  for (const w of words) while (!w.startsWith(prefix)) prefix = prefix.slice(0, -1)
  return prefix
}

const flagWords = (flags: readonly FlagDef[]) =>
  flags.flatMap((f) => (f.hidden ? [] : [`--${f.long}`, ...(f.short ? [`-${f.short}`] : [])]))

/** Flags whose value is another object of the world, by what they name. */
const VALUE_OF: Readonly<Record<string, 'container' | 'network' | 'volume' | 'host'>> = {
  '--network': 'network',
  '--net': 'network',
  '--link': 'container',
  '--volumes-from': 'container',
  '-v': 'volume',
  '--volume': 'volume',
  '--context': 'host',
  '-c': 'host',
  '-H': 'host',
  '--host': 'host',
}

function candidates(state: ShellState, words: readonly string[], partial: string): string[] {
  if (state.inside) return []
  const [first, ...rest] = words
  if (first === undefined) return ['docker', 'dockerd']
  if (first !== 'docker') return []
  const previous = words.at(-1) ?? ''
  const named = VALUE_OF[previous]
  if (named) return names(state, named)
  // The root flags and their values come before the command.
  let i = 0
  while (rest[i]?.startsWith('-')) i += VALUE_OF[rest[i] ?? ''] ? 2 : 1
  const path = rest.slice(i)
  if (path.length === 0) return partial.startsWith('-') ? flagWords(ROOT_FLAGS) : topLevelWords()
  const [group = '', second = ''] = path
  if (path.length === 1 && Object.hasOwn(GROUPS, group))
    return groupCommands(group).map(([name]) => name)
  const found = findCommand(group, second)
  if (!found) return []
  if (partial.startsWith('-')) return flagWords(found.spec.flags)
  const args = path.slice(found.path.split(' ').length).filter((w) => !w.startsWith('-'))
  return names(state, positional(found.path, args.length))
}

/** What the command's n-th argument names. */
function positional(path: string, n: number): 'container' | 'network' | 'volume' | 'host' {
  if (path === 'network connect' || path === 'network disconnect')
    return n === 0 ? 'network' : 'container'
  if (path.startsWith('network ')) return 'network'
  if (path.startsWith('volume ')) return 'volume'
  if (path.startsWith('context ')) return 'host'
  return 'container'
}

function names(state: ShellState, kind: 'container' | 'network' | 'volume' | 'host'): string[] {
  const t: Topology = state.topology
  const here = (x: { readonly host: string | null }) =>
    x.host === null || x.host === state.currentHost
  switch (kind) {
    case 'container':
      return [...t.containers.values()].filter(here).map((c) => c.name)
    case 'network':
      return [...t.networks.values()].filter(here).map((n) => n.name)
    case 'volume':
      return [...t.volumes.values()].filter(here).map((v) => v.name)
    case 'host':
      return [...t.hosts.keys()]
  }
}
