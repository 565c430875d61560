/**
 * The table, part 6: container commands the simulator parses but does not run (no daemon
 * side): their help, flags and argument rules are the 28.2.2 client's, so the client-side part
 * of a line is answered as docker does; the rest says it is not simulated.
 */
import { FORMAT_TABLE } from './format-usage'
import type { CommandSpec } from './types'

export const UNSIMULATED_COMMANDS: readonly CommandSpec[] = [
  {
    path: 'attach',
    use: '[OPTIONS] CONTAINER',
    description: 'Attach local standard input, output, and error streams to a running container',
    aliasLine: 'docker container attach, docker attach',
    flags: [
      {
        long: 'detach-keys',
        type: 'string',
        usage: 'Override the key sequence for detaching a container',
      },
      { long: 'no-stdin', type: 'bool', usage: 'Do not attach STDIN' },
      {
        long: 'sig-proxy',
        type: 'bool',
        usage: 'Proxy all received signals to the process',
        default: 'true',
      },
    ],
    args: { kind: 'exact', n: 1 },
    containerNames: ['attach'],
  },
  {
    path: 'commit',
    use: '[OPTIONS] CONTAINER [REPOSITORY[:TAG]]',
    description: "Create a new image from a container's changes",
    aliasLine: 'docker container commit, docker commit',
    flags: [
      {
        long: 'author',
        short: 'a',
        type: 'string',
        usage: 'Author (e.g., "John Hannibal Smith <hannibal@a-team.com>")',
      },
      {
        long: 'change',
        short: 'c',
        type: 'list',
        usage: 'Apply Dockerfile instruction to the created image',
      },
      { long: 'message', short: 'm', type: 'string', usage: 'Commit message' },
      {
        long: 'pause',
        short: 'p',
        type: 'bool',
        usage: 'Pause container during commit',
        default: 'true',
      },
    ],
    args: { kind: 'range', min: 1, max: 2 },
    containerNames: ['commit'],
    stopAtFirstArg: true,
  },
  {
    path: 'cp',
    // Sic: cobra's Use for cp spans two lines, the second naming `docker cp` itself.
    use: '[OPTIONS] CONTAINER:SRC_PATH DEST_PATH|-\n\tdocker cp [OPTIONS] SRC_PATH|- CONTAINER:DEST_PATH',
    short: 'Copy files/folders between a container and the local filesystem',
    description:
      "Copy files/folders between a container and the local filesystem\n\nUse '-' as the source to read a tar archive from stdin\nand extract it to a directory destination in a container.\nUse '-' as the destination to stream a tar archive of a\ncontainer source to stdout.",
    aliasLine: 'docker container cp, docker cp',
    flags: [
      {
        long: 'archive',
        short: 'a',
        type: 'bool',
        usage: 'Archive mode (copy all uid/gid information)',
      },
      {
        long: 'follow-link',
        short: 'L',
        type: 'bool',
        usage: 'Always follow symbol link in SRC_PATH',
      },
      {
        long: 'quiet',
        short: 'q',
        type: 'bool',
        usage:
          'Suppress progress output during copy. Progress output is automatically suppressed if no terminal is attached',
      },
    ],
    args: { kind: 'exact', n: 2 },
    containerNames: ['cp'],
  },
  {
    path: 'diff',
    use: 'CONTAINER',
    description: "Inspect changes to files or directories on a container's filesystem",
    aliasLine: 'docker container diff, docker diff',
    flags: [],
    args: { kind: 'exact', n: 1 },
    containerNames: ['diff'],
  },
  {
    path: 'export',
    use: '[OPTIONS] CONTAINER',
    description: "Export a container's filesystem as a tar archive",
    aliasLine: 'docker container export, docker export',
    flags: [
      { long: 'output', short: 'o', type: 'string', usage: 'Write to a file, instead of STDOUT' },
    ],
    args: { kind: 'exact', n: 1 },
    containerNames: ['export'],
  },
  {
    path: 'pause',
    use: 'CONTAINER [CONTAINER...]',
    description: 'Pause all processes within one or more containers',
    aliasLine: 'docker container pause, docker pause',
    flags: [],
    args: { kind: 'min', n: 1 },
    containerNames: ['pause'],
  },
  {
    path: 'stats',
    use: '[OPTIONS] [CONTAINER...]',
    description: 'Display a live stream of container(s) resource usage statistics',
    aliasLine: 'docker container stats, docker stats',
    flags: [
      {
        long: 'all',
        short: 'a',
        type: 'bool',
        usage: 'Show all containers (default shows just running)',
      },
      { long: 'format', type: 'string', usage: FORMAT_TABLE },
      {
        long: 'no-stream',
        type: 'bool',
        usage: 'Disable streaming stats and only pull the first result',
      },
      { long: 'no-trunc', type: 'bool', usage: 'Do not truncate output' },
    ],
    args: { kind: 'any' },
    containerNames: ['stats'],
  },
  {
    path: 'unpause',
    use: 'CONTAINER [CONTAINER...]',
    description: 'Unpause all processes within one or more containers',
    aliasLine: 'docker container unpause, docker unpause',
    flags: [],
    args: { kind: 'min', n: 1 },
    containerNames: ['unpause'],
  },
  {
    path: 'update',
    use: '[OPTIONS] CONTAINER [CONTAINER...]',
    description: 'Update configuration of one or more containers',
    aliasLine: 'docker container update, docker update',
    flags: [
      {
        long: 'blkio-weight',
        type: 'uint16',
        usage: 'Block IO (relative weight), between 10 and 1000, or 0 to disable',
        default: '0',
      },
      {
        long: 'cpu-period',
        type: 'int',
        usage: 'Limit CPU CFS (Completely Fair Scheduler) period',
      },
      { long: 'cpu-quota', type: 'int', usage: 'Limit CPU CFS (Completely Fair Scheduler) quota' },
      {
        long: 'cpu-rt-period',
        type: 'int',
        usage: 'Limit the CPU real-time period in microseconds',
      },
      {
        long: 'cpu-rt-runtime',
        type: 'int',
        usage: 'Limit the CPU real-time runtime in microseconds',
      },
      { long: 'cpu-shares', short: 'c', type: 'int', usage: 'CPU shares (relative weight)' },
      { long: 'cpus', type: 'decimal', usage: 'Number of CPUs' },
      { long: 'cpuset-cpus', type: 'string', usage: 'CPUs in which to allow execution (0-3, 0,1)' },
      { long: 'cpuset-mems', type: 'string', usage: 'MEMs in which to allow execution (0-3, 0,1)' },
      { long: 'memory', short: 'm', type: 'bytes', usage: 'Memory limit' },
      { long: 'memory-reservation', type: 'bytes', usage: 'Memory soft limit' },
      {
        long: 'kernel-memory',
        type: 'bytes',
        usage: 'Kernel memory limit (deprecated)',
        hidden: true,
      },
      {
        long: 'memory-swap',
        type: 'bytes',
        usage: 'Swap limit equal to memory plus swap: -1 to enable unlimited swap',
        valueType: 'swapBytes',
      },
      {
        long: 'pids-limit',
        type: 'int',
        usage: 'Tune container pids limit (set -1 for unlimited)',
      },
      { long: 'restart', type: 'string', usage: 'Restart policy to apply when a container exits' },
    ],
    args: { kind: 'min', n: 1 },
    containerNames: ['update'],
  },
  {
    path: 'wait',
    use: 'CONTAINER [CONTAINER...]',
    description: 'Block until one or more containers stop, then print their exit codes',
    aliasLine: 'docker container wait, docker wait',
    flags: [],
    args: { kind: 'min', n: 1 },
    containerNames: ['wait'],
  },
]
