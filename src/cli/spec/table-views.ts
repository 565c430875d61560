/**
 * The table, part 2: commands that look at containers (docker/cli cli/command/container and
 * cli/command/system/inspect.go), their texts as the 28.2.2 client prints them in `--help`.
 */
import * as containers from '../commands/containers'
import * as views from '../commands/views'
import { top } from '../commands/top'
import { containerInspect, inspect } from '../commands/inspect'
import { checkEnv } from './checks'
import { FORMAT_JSON, FORMAT_TABLE } from './format-usage'
import type { CommandSpec } from './types'

export const CONTAINER_VIEW_COMMANDS: readonly CommandSpec[] = [
  {
    path: 'ps',
    use: '[OPTIONS]',
    description: 'List containers',
    aliasLine: 'docker container ls, docker container list, docker container ps, docker ps',
    flags: [
      {
        long: 'all',
        short: 'a',
        type: 'bool',
        usage: 'Show all containers (default shows just running)',
      },
      {
        long: 'filter',
        short: 'f',
        type: 'filter',
        usage: 'Filter output based on conditions provided',
      },
      { long: 'format', type: 'string', usage: FORMAT_TABLE },
      {
        long: 'last',
        short: 'n',
        type: 'int',
        usage: 'Show n last created containers (includes all states)',
        default: '-1',
      },
      {
        long: 'latest',
        short: 'l',
        type: 'bool',
        usage: 'Show the latest created container (includes all states)',
      },
      { long: 'no-trunc', type: 'bool', usage: "Don't truncate output" },
      { long: 'quiet', short: 'q', type: 'bool', usage: 'Only display container IDs' },
      { long: 'size', short: 's', type: 'bool', usage: 'Display total file sizes' },
    ],
    args: { kind: 'none' },
    containerNames: ['ls', 'list', 'ps'],
    run: views.ps,
  },
  {
    path: 'port',
    use: 'CONTAINER [PRIVATE_PORT[/PROTO]]',
    description: 'List port mappings or a specific mapping for the container',
    aliasLine: 'docker container port, docker port',
    flags: [],
    args: { kind: 'range', min: 1, max: 2 },
    containerNames: ['port'],
    run: views.port,
  },
  {
    path: 'logs',
    use: '[OPTIONS] CONTAINER',
    description: 'Fetch the logs of a container',
    aliasLine: 'docker container logs, docker logs',
    flags: [
      { long: 'details', type: 'bool', usage: 'Show extra details provided to logs' },
      { long: 'follow', short: 'f', type: 'bool', usage: 'Follow log output' },
      {
        long: 'since',
        type: 'string',
        usage:
          'Show logs since timestamp (e.g. "2013-01-02T13:23:37Z") or relative (e.g. "42m" for 42 minutes)',
      },
      {
        long: 'tail',
        short: 'n',
        type: 'string',
        usage: 'Number of lines to show from the end of the logs',
        default: 'all',
      },
      { long: 'timestamps', short: 't', type: 'bool', usage: 'Show timestamps' },
      {
        long: 'until',
        type: 'string',
        usage:
          'Show logs before a timestamp (e.g. "2013-01-02T13:23:37Z") or relative (e.g. "42m" for 42 minutes)',
      },
    ],
    args: { kind: 'exact', n: 1 },
    containerNames: ['logs'],
    run: containers.logs,
  },
  {
    path: 'exec',
    use: '[OPTIONS] CONTAINER COMMAND [ARG...]',
    description: 'Execute a command in a running container',
    aliasLine: 'docker container exec, docker exec',
    flags: [
      {
        long: 'detach',
        short: 'd',
        type: 'bool',
        usage: 'Detached mode: run command in the background',
      },
      {
        long: 'detach-keys',
        type: 'string',
        usage: 'Override the key sequence for detaching a container',
      },
      {
        long: 'env',
        short: 'e',
        type: 'list',
        usage: 'Set environment variables',
        validate: checkEnv,
      },
      { long: 'env-file', type: 'list', usage: 'Read in a file of environment variables' },
      {
        long: 'interactive',
        short: 'i',
        type: 'bool',
        usage: 'Keep STDIN open even if not attached',
      },
      { long: 'privileged', type: 'bool', usage: 'Give extended privileges to the command' },
      { long: 'tty', short: 't', type: 'bool', usage: 'Allocate a pseudo-TTY' },
      {
        long: 'user',
        short: 'u',
        type: 'string',
        usage: 'Username or UID (format: "<name|uid>[:<group|gid>]")',
      },
      {
        long: 'workdir',
        short: 'w',
        type: 'string',
        usage: 'Working directory inside the container',
      },
    ],
    args: { kind: 'min', n: 2 },
    containerNames: ['exec'],
    stopAtFirstArg: true,
    run: containers.exec,
  },
  {
    path: 'top',
    use: 'CONTAINER [ps OPTIONS]',
    description: 'Display the running processes of a container',
    aliasLine: 'docker container top, docker top',
    flags: [],
    args: { kind: 'min', n: 1 },
    containerNames: ['top'],
    stopAtFirstArg: true,
    run: top,
  },
  {
    path: 'inspect',
    use: '[OPTIONS] NAME|ID [NAME|ID...]',
    description: 'Return low-level information on Docker objects',
    flags: [
      { long: 'format', short: 'f', type: 'string', usage: FORMAT_JSON },
      {
        long: 'size',
        short: 's',
        type: 'bool',
        usage: 'Display total file sizes if the type is container',
      },
      { long: 'type', type: 'string', usage: 'Only inspect objects of the given type' },
    ],
    args: { kind: 'min', n: 1 },
    run: inspect,
  },
  {
    path: 'container inspect',
    use: '[OPTIONS] CONTAINER [CONTAINER...]',
    description: 'Display detailed information on one or more containers',
    flags: [
      { long: 'format', short: 'f', type: 'string', usage: FORMAT_JSON },
      { long: 'size', short: 's', type: 'bool', usage: 'Display total file sizes' },
    ],
    args: { kind: 'min', n: 1 },
    run: containerInspect,
  },
]
