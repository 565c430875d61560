/**
 * The table, part 1: container lifecycle commands (docker/cli cli/command/container), their
 * texts as the 28.2.2 client prints them in `--help`.
 */
import * as containers from '../commands/containers'
import { containerPrune } from '../commands/prune'
import { create, run } from '../commands/run'
import { CREATE_FLAGS, RUN_FLAGS } from './run-flags'
import type { CommandSpec, FlagDef } from './types'

/** docker stop and docker restart take the same flags (cli/command/container/stop.go, restart.go). */
const STOP_FLAGS: readonly FlagDef[] = [
  { long: 'signal', short: 's', type: 'string', usage: 'Signal to send to the container' },
  {
    long: 'timeout',
    short: 't',
    type: 'int',
    usage: 'Seconds to wait before killing the container',
  },
  {
    long: 'time',
    type: 'int',
    usage: 'Seconds to wait before killing the container (deprecated: use --timeout)',
    deprecated: 'use --timeout instead',
  },
]

export const LIFECYCLE_COMMANDS: readonly CommandSpec[] = [
  {
    path: 'run',
    use: '[OPTIONS] IMAGE [COMMAND] [ARG...]',
    description: 'Create and run a new container from an image',
    aliasLine: 'docker container run, docker run',
    flags: RUN_FLAGS,
    args: { kind: 'min', n: 1 },
    containerNames: ['run'],
    stopAtFirstArg: true,
    run: run,
  },
  {
    path: 'create',
    use: '[OPTIONS] IMAGE [COMMAND] [ARG...]',
    description: 'Create a new container',
    aliasLine: 'docker container create, docker create',
    flags: CREATE_FLAGS,
    args: { kind: 'min', n: 1 },
    containerNames: ['create'],
    stopAtFirstArg: true,
    run: create,
  },
  {
    path: 'start',
    use: '[OPTIONS] CONTAINER [CONTAINER...]',
    description: 'Start one or more stopped containers',
    aliasLine: 'docker container start, docker start',
    flags: [
      {
        long: 'attach',
        short: 'a',
        type: 'bool',
        usage: 'Attach STDOUT/STDERR and forward signals',
      },
      { long: 'checkpoint', type: 'string', usage: 'Restore from this checkpoint' },
      {
        long: 'checkpoint-dir',
        type: 'string',
        usage: 'Use a custom checkpoint storage directory',
      },
      {
        long: 'detach-keys',
        type: 'string',
        usage: 'Override the key sequence for detaching a container',
      },
      { long: 'interactive', short: 'i', type: 'bool', usage: "Attach container's STDIN" },
    ],
    args: { kind: 'min', n: 1 },
    containerNames: ['start'],
    run: containers.start,
  },
  {
    path: 'stop',
    use: '[OPTIONS] CONTAINER [CONTAINER...]',
    description: 'Stop one or more running containers',
    aliasLine: 'docker container stop, docker stop',
    flags: STOP_FLAGS,
    args: { kind: 'min', n: 1 },
    containerNames: ['stop'],
    run: containers.stop,
  },
  {
    path: 'restart',
    use: '[OPTIONS] CONTAINER [CONTAINER...]',
    description: 'Restart one or more containers',
    aliasLine: 'docker container restart, docker restart',
    flags: STOP_FLAGS,
    args: { kind: 'min', n: 1 },
    containerNames: ['restart'],
    run: containers.restart,
  },
  {
    path: 'kill',
    use: '[OPTIONS] CONTAINER [CONTAINER...]',
    description: 'Kill one or more running containers',
    aliasLine: 'docker container kill, docker kill',
    flags: [
      { long: 'signal', short: 's', type: 'string', usage: 'Signal to send to the container' },
    ],
    args: { kind: 'min', n: 1 },
    containerNames: ['kill'],
    run: containers.kill,
  },
  {
    path: 'rm',
    use: '[OPTIONS] CONTAINER [CONTAINER...]',
    description: 'Remove one or more containers',
    aliasLine: 'docker container rm, docker container remove, docker rm',
    flags: [
      {
        long: 'force',
        short: 'f',
        type: 'bool',
        usage: 'Force the removal of a running container (uses SIGKILL)',
      },
      { long: 'link', short: 'l', type: 'bool', usage: 'Remove the specified link' },
      {
        long: 'volumes',
        short: 'v',
        type: 'bool',
        usage: 'Remove anonymous volumes associated with the container',
      },
    ],
    args: { kind: 'min', n: 1 },
    containerNames: ['rm', 'remove'],
    run: containers.rm,
  },
  {
    path: 'rename',
    use: 'CONTAINER NEW_NAME',
    description: 'Rename a container',
    aliasLine: 'docker container rename, docker rename',
    flags: [],
    args: { kind: 'exact', n: 2 },
    containerNames: ['rename'],
    run: containers.rename,
  },
  {
    path: 'container prune',
    use: '[OPTIONS]',
    description: 'Remove all stopped containers',
    flags: [
      { long: 'filter', type: 'filter', usage: 'Provide filter values (e.g. "until=<timestamp>")' },
      { long: 'force', short: 'f', type: 'bool', usage: 'Do not prompt for confirmation' },
    ],
    args: { kind: 'none' },
    run: containerPrune,
  },
]
