/** The command table: every command the simulated client knows, and how argv words find one. */
import { LIFECYCLE_COMMANDS } from './table-lifecycle'
import { OBJECT_COMMANDS } from './table-objects'
import { SWARM_COMMANDS } from './table-swarm'
import { SYSTEM_COMMANDS } from './table-system'
import { UNSIMULATED_COMMANDS } from './table-unsimulated'
import { UNSIMULATED_GROUP_COMMANDS } from './table-unsimulated-groups'
import { CONTAINER_VIEW_COMMANDS } from './table-views'
import type { CommandSpec } from './types'

const COMMANDS: readonly CommandSpec[] = [
  ...LIFECYCLE_COMMANDS,
  ...CONTAINER_VIEW_COMMANDS,
  ...OBJECT_COMMANDS,
  ...SYSTEM_COMMANDS,
  ...SWARM_COMMANDS,
  ...UNSIMULATED_COMMANDS,
  ...UNSIMULATED_GROUP_COMMANDS,
]

/** A management group: its one-line description, and the Usage its errors print. */
export interface Group {
  readonly title: string
  readonly usage: string
}

/** The management groups (`docker network`...), as the 28.2.2 client describes them. */
export const GROUPS: Readonly<Record<string, Group>> = {
  container: { title: 'Manage containers', usage: 'container' },
  image: { title: 'Manage images', usage: 'image' },
  network: { title: 'Manage networks', usage: 'network' },
  volume: { title: 'Manage volumes', usage: 'volume COMMAND' },
  context: { title: 'Manage contexts', usage: 'context' },
  system: { title: 'Manage Docker', usage: 'system' },
  swarm: { title: 'Manage Swarm', usage: 'swarm' },
}

/** A group's subcommands: name and one-line summary, sorted by name. */
export function groupCommands(group: string): [string, string][] {
  const entries = COMMANDS.flatMap((c): [string, string][] => {
    const summary = c.short ?? c.description
    const [first, name] = c.path.split(' ')
    if (group === 'container' && c.containerNames) return [[c.containerNames[0] ?? '', summary]]
    return first === group && name !== undefined ? [[name, summary]] : []
  })
  return entries.sort(([a], [b]) => (a < b ? -1 : 1))
}

export interface Found {
  readonly spec: CommandSpec
  /** The path messages name: the command's own name, not the alias typed. */
  readonly path: string
}

/** The spec `docker <first> [<second>]` names, or null. */
export function findCommand(first: string, second: string): Found | null {
  const shortcut = first === 'container' && COMMANDS.find((c) => c.containerNames?.includes(second))
  if (shortcut) return { spec: shortcut, path: `container ${shortcut.containerNames?.[0]}` }
  if (Object.hasOwn(GROUPS, first)) {
    const spec = COMMANDS.find((c) => {
      const [group, name = ''] = c.path.split(' ')
      return group === first && [name, ...(c.aliases ?? [])].includes(second)
    })
    return spec ? { spec, path: spec.path } : null
  }
  const spec = COMMANDS.find((c) => c.path === first)
  return spec ? { spec, path: spec.path } : null
}

/** The words that may follow `docker`: its commands and its management groups, sorted. */
export function topLevelWords(): string[] {
  const words = new Set(Object.keys(GROUPS))
  for (const c of COMMANDS) if (!c.path.includes(' ')) words.add(c.path)
  return [...words].sort()
}
