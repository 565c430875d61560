/**
 * The table, part 4: contexts and the daemon's own commands (docker/cli cli/command/context,
 * system), their texts as the 28.2.2 client prints them in `--help`.
 */
import * as ctx from '../commands/context'
import { info, version } from '../commands/system'
import { systemPrune } from '../commands/prune'
import { systemDf } from '../commands/disk-usage'
import { FORMAT_JSON, FORMAT_TABLE } from './format-usage'
import type { CommandSpec } from './types'

const SYSTEM_INFO: CommandSpec = {
  path: 'system info',
  use: '[OPTIONS]',
  description: 'Display system-wide information',
  aliasLine: 'docker system info, docker info',
  flags: [{ long: 'format', short: 'f', type: 'string', usage: FORMAT_JSON }],
  args: { kind: 'none' },
  run: info,
}

export const SYSTEM_COMMANDS: readonly CommandSpec[] = [
  {
    path: 'context create',
    short: 'Create a context',
    use: '[OPTIONS] CONTEXT',
    description:
      'Create a context\n\nDocker endpoint config:\n\nNAME                DESCRIPTION\nfrom                Copy named context\'s Docker endpoint configuration\nhost                Docker endpoint on which to connect\nca                  Trust certs signed only by this CA\ncert                Path to TLS certificate file\nkey                 Path to TLS key file\nskip-tls-verify     Skip TLS certificate validation\n\nExample:\n\n$ docker context create my-context --description "some description" --docker "host=tcp://myserver:2376,ca=~/ca-file,cert=~/cert-file,key=~/key-file"',
    flags: [
      { long: 'description', type: 'string', usage: 'Description of the context' },
      { long: 'docker', type: 'stringToString', usage: 'set the docker endpoint', default: '[]' },
      { long: 'from', type: 'string', usage: 'create context from a named context' },
    ],
    args: { kind: 'exact', n: 1 },
    run: ctx.contextCreate,
  },
  {
    path: 'context use',
    use: 'CONTEXT',
    description: 'Set the current docker context',
    flags: [],
    args: { kind: 'cobraExact', n: 1 },
    run: ctx.contextUse,
  },
  {
    path: 'context ls',
    use: '[OPTIONS]',
    description: 'List contexts',
    aliasLine: 'docker context ls, docker context list',
    flags: [
      { long: 'format', type: 'string', usage: FORMAT_TABLE },
      { long: 'quiet', short: 'q', type: 'bool', usage: 'Only show context names' },
    ],
    args: { kind: 'none' },
    aliases: ['list'],
    run: ctx.contextLs,
  },
  {
    path: 'context inspect',
    use: '[OPTIONS] [CONTEXT] [CONTEXT...]',
    description: 'Display detailed information on one or more contexts',
    flags: [{ long: 'format', short: 'f', type: 'string', usage: FORMAT_JSON }],
    args: { kind: 'any' },
    run: ctx.contextInspect,
  },
  {
    path: 'context rm',
    use: 'CONTEXT [CONTEXT...]',
    description: 'Remove one or more contexts',
    aliasLine: 'docker context rm, docker context remove',
    flags: [
      { long: 'force', short: 'f', type: 'bool', usage: 'Force the removal of a context in use' },
    ],
    args: { kind: 'min', n: 1 },
    aliases: ['remove'],
    run: ctx.contextRm,
  },
  {
    path: 'context show',
    use: '',
    description: 'Print the name of the current context',
    flags: [],
    args: { kind: 'none' },
    run: ctx.contextShow,
  },
  SYSTEM_INFO,
  {
    path: 'system df',
    use: '[OPTIONS]',
    description: 'Show docker disk usage',
    flags: [
      { long: 'format', type: 'string', usage: FORMAT_TABLE },
      {
        long: 'verbose',
        short: 'v',
        type: 'bool',
        usage: 'Show detailed information on space usage',
      },
    ],
    args: { kind: 'none' },
    run: systemDf,
  },
  {
    path: 'system prune',
    use: '[OPTIONS]',
    description: 'Remove unused data',
    flags: [
      {
        long: 'all',
        short: 'a',
        type: 'bool',
        usage: 'Remove all unused images not just dangling ones',
      },
      {
        long: 'filter',
        type: 'filter',
        usage: 'Provide filter values (e.g. "label=<key>=<value>")',
      },
      { long: 'force', short: 'f', type: 'bool', usage: 'Do not prompt for confirmation' },
      { long: 'volumes', type: 'bool', usage: 'Prune anonymous volumes' },
    ],
    args: { kind: 'none' },
    run: systemPrune,
  },
  {
    path: 'version',
    use: '[OPTIONS]',
    description: 'Show the Docker version information',
    flags: [{ long: 'format', short: 'f', type: 'string', usage: FORMAT_JSON }],
    args: { kind: 'none' },
    run: version,
  },
  // `docker info` is a second cobra command with the same options.
  { ...SYSTEM_INFO, path: 'info' },
]
