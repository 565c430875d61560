/** What `docker network` (and the other management groups) print when given no subcommand. */
import type { Output } from '../output'

const GROUPS: Readonly<Record<string, { title: string; commands: readonly [string, string][] }>> = {
  container: {
    title: 'Manage containers',
    commands: [
      ['attach', 'Attach local standard input, output, and error streams to a running container'],
      ['commit', "Create a new image from a container's changes"],
      ['cp', 'Copy files/folders between a container and the local filesystem'],
      ['create', 'Create a new container'],
      ['diff', "Inspect changes to files or directories on a container's filesystem"],
      ['exec', 'Execute a command in a running container'],
      ['export', "Export a container's filesystem as a tar archive"],
      ['inspect', 'Display detailed information on one or more containers'],
      ['kill', 'Kill one or more running containers'],
      ['logs', 'Fetch the logs of a container'],
      ['ls', 'List containers'],
      ['pause', 'Pause all processes within one or more containers'],
      ['port', 'List port mappings or a specific mapping for the container'],
      ['prune', 'Remove all stopped containers'],
      ['rename', 'Rename a container'],
      ['restart', 'Restart one or more containers'],
      ['rm', 'Remove one or more containers'],
      ['run', 'Create and run a new container from an image'],
      ['start', 'Start one or more stopped containers'],
      ['stats', 'Display a live stream of container(s) resource usage statistics'],
      ['stop', 'Stop one or more running containers'],
      ['top', 'Display the running processes of a container'],
      ['unpause', 'Unpause all processes within one or more containers'],
      ['update', 'Update configuration of one or more containers'],
      ['wait', 'Block until one or more containers stop, then print their exit codes'],
    ],
  },
  network: {
    title: 'Manage networks',
    commands: [
      ['connect', 'Connect a container to a network'],
      ['create', 'Create a network'],
      ['disconnect', 'Disconnect a container from a network'],
      ['inspect', 'Display detailed information on one or more networks'],
      ['ls', 'List networks'],
      ['prune', 'Remove all unused networks'],
      ['rm', 'Remove one or more networks'],
    ],
  },
  volume: {
    title: 'Manage volumes',
    commands: [
      ['create', 'Create a volume'],
      ['inspect', 'Display detailed information on one or more volumes'],
      ['ls', 'List volumes'],
      ['prune', 'Remove unused local volumes'],
      ['rm', 'Remove one or more volumes'],
      ['update', 'Update a volume (cluster volumes only)'],
    ],
  },
  system: {
    title: 'Manage Docker',
    commands: [
      ['df', 'Show docker disk usage'],
      ['events', 'Get real time events from the server'],
      ['info', 'Display system-wide information'],
      ['prune', 'Remove unused data'],
    ],
  },
  context: {
    title: 'Manage contexts',
    commands: [
      ['create', 'Create a context'],
      ['export', 'Export a context to a tar archive FILE or a tar stream on STDOUT.'],
      ['import', 'Import a context from a tar or zip file'],
      ['inspect', 'Display detailed information on one or more contexts'],
      ['ls', 'List contexts'],
      ['rm', 'Remove one or more contexts'],
      ['show', 'Print the name of the current context'],
      ['update', 'Update a context'],
      ['use', 'Set the current docker context'],
    ],
  },
  swarm: {
    title: 'Manage Swarm',
    commands: [
      ['ca', 'Display and rotate the root CA'],
      ['init', 'Initialize a swarm'],
      ['join', 'Join a swarm as a node and/or manager'],
      ['join-token', 'Manage join tokens'],
      ['leave', 'Leave the swarm'],
      ['unlock', 'Unlock swarm'],
      ['unlock-key', 'Manage the unlock key'],
      ['update', 'Update the swarm'],
    ],
  },
}

/** `docker GROUP` alone: the group's usage and subcommands, status 0 (docker CLI 28). */
export function groupHelp(group: string): Output {
  const g = GROUPS[group]
  if (!g) return { stdout: '', stderr: '', exitCode: 0 }
  const width = Math.max(...g.commands.map(([c]) => c.length)) + 2
  const lines = [
    `Usage:  docker ${group} COMMAND`,
    '',
    g.title,
    '',
    'Commands:',
    ...g.commands.map(([c, d]) => `  ${c.padEnd(Math.max(width, 12))}${d}`),
    '',
    `Run 'docker ${group} COMMAND --help' for more information on a command.`,
  ]
  return { stdout: `${lines.join('\n')}\n`, stderr: '', exitCode: 0 }
}
