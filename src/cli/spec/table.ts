/** The command table: every command the simulated client knows, and how argv words find one. */
import { LIFECYCLE_COMMANDS } from './table-lifecycle'
import { OBJECT_COMMANDS } from './table-objects'
import { SWARM_COMMANDS } from './table-swarm'
import { SYSTEM_COMMANDS } from './table-system'
import { CONTAINER_VIEW_COMMANDS } from './table-views'
import type { CommandSpec } from './types'

export const COMMANDS: readonly CommandSpec[] = [
  ...LIFECYCLE_COMMANDS,
  ...CONTAINER_VIEW_COMMANDS,
  ...OBJECT_COMMANDS,
  ...SYSTEM_COMMANDS,
  ...SWARM_COMMANDS,
]

/** Management groups whose subcommands are in the table, with the Usage their errors print. */
export const GROUP_USAGE: Readonly<Record<string, string>> = {
  container: 'container',
  network: 'network',
  volume: 'volume COMMAND',
  context: 'context',
  system: 'system',
  swarm: 'swarm',
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
  if (Object.hasOwn(GROUP_USAGE, first)) {
    const spec = COMMANDS.find((c) => {
      const [group, name = ''] = c.path.split(' ')
      return group === first && [name, ...(c.aliases ?? [])].includes(second)
    })
    return spec ? { spec, path: spec.path } : null
  }
  const spec = COMMANDS.find((c) => c.path === first)
  return spec ? { spec, path: spec.path } : null
}
