/**
 * The table, part 7: subcommands of the management groups that the simulator parses but does
 * not run (no daemon side), with the 28.2.2 client's help, flags and argument rules.
 */
import { FORMAT_JSON } from './format-usage'
import { RAFT_FLAGS } from './table-swarm'
import type { CommandSpec } from './types'

const SYSTEM_EVENTS: CommandSpec = {
  path: 'system events',
  use: '[OPTIONS]',
  description: 'Get real time events from the server',
  aliasLine: 'docker system events, docker events',
  flags: [
    {
      long: 'filter',
      short: 'f',
      type: 'filter',
      usage: 'Filter output based on conditions provided',
    },
    { long: 'format', type: 'string', usage: FORMAT_JSON },
    { long: 'since', type: 'string', usage: 'Show all events created since timestamp' },
    { long: 'until', type: 'string', usage: 'Stream events until this timestamp' },
  ],
  args: { kind: 'none' },
}

export const UNSIMULATED_GROUP_COMMANDS: readonly CommandSpec[] = [
  {
    path: 'volume update',
    use: '[OPTIONS] [VOLUME]',
    description: 'Update a volume (cluster volumes only)',
    flags: [
      {
        long: 'availability',
        type: 'string',
        usage: 'Cluster Volume availability ("active", "pause", "drain")',
        default: 'active',
      },
    ],
    args: { kind: 'exact', n: 1 },
  },
  SYSTEM_EVENTS,
  // `docker events` is a second cobra command with the same options.
  { ...SYSTEM_EVENTS, path: 'events' },
  {
    path: 'context export',
    use: '[OPTIONS] CONTEXT [FILE|-]',
    description: 'Export a context to a tar archive FILE or a tar stream on STDOUT.',
    flags: [],
    args: { kind: 'range', min: 1, max: 2 },
  },
  {
    path: 'context import',
    use: 'CONTEXT FILE|-',
    description: 'Import a context from a tar or zip file',
    flags: [],
    args: { kind: 'exact', n: 2 },
  },
  {
    path: 'context update',
    use: '[OPTIONS] CONTEXT',
    short: 'Update a context',
    description:
      'Update a context\n\nDocker endpoint config:\n\nNAME                DESCRIPTION\nfrom                Copy named context\'s Docker endpoint configuration\nhost                Docker endpoint on which to connect\nca                  Trust certs signed only by this CA\ncert                Path to TLS certificate file\nkey                 Path to TLS key file\nskip-tls-verify     Skip TLS certificate validation\n\nExample:\n\n$ docker context update my-context --description "some description" --docker "host=tcp://myserver:2376,ca=~/ca-file,cert=~/cert-file,key=~/key-file"',
    flags: [
      { long: 'description', type: 'string', usage: 'Description of the context' },
      { long: 'docker', type: 'stringToString', usage: 'set the docker endpoint', default: '[]' },
    ],
    args: { kind: 'exact', n: 1 },
  },
  {
    path: 'swarm ca',
    use: '[OPTIONS]',
    description: 'Display and rotate the root CA',
    flags: [
      {
        long: 'ca-cert',
        type: 'pem-file',
        usage: 'Path to the PEM-formatted root CA certificate to use for the new cluster',
      },
      {
        long: 'ca-key',
        type: 'pem-file',
        usage: 'Path to the PEM-formatted root CA key to use for the new cluster',
      },
      {
        long: 'cert-expiry',
        type: 'duration',
        usage: 'Validity period for node certificates (ns|us|ms|s|m|h)',
        default: '2160h0m0s',
      },
      {
        long: 'detach',
        short: 'd',
        type: 'bool',
        usage: 'Exit immediately instead of waiting for the root rotation to converge',
      },
      {
        long: 'external-ca',
        type: 'external-ca',
        usage: 'Specifications of one or more certificate signing endpoints',
      },
      { long: 'quiet', short: 'q', type: 'bool', usage: 'Suppress progress output' },
      {
        long: 'rotate',
        type: 'bool',
        usage:
          'Rotate the swarm CA - if no certificate or key are provided, new ones will be generated',
      },
    ],
    args: { kind: 'none' },
  },
  {
    path: 'swarm leave',
    use: '[OPTIONS]',
    description: 'Leave the swarm',
    flags: [
      {
        long: 'force',
        short: 'f',
        type: 'bool',
        usage: 'Force this node to leave the swarm, ignoring warnings',
      },
    ],
    args: { kind: 'none' },
  },
  {
    path: 'swarm unlock',
    use: '',
    description: 'Unlock swarm',
    flags: [],
    args: { kind: 'none' },
  },
  {
    path: 'swarm unlock-key',
    use: '[OPTIONS]',
    description: 'Manage the unlock key',
    flags: [
      { long: 'quiet', short: 'q', type: 'bool', usage: 'Only display token' },
      { long: 'rotate', type: 'bool', usage: 'Rotate unlock key' },
    ],
    args: { kind: 'none' },
  },
  {
    path: 'swarm update',
    use: '[OPTIONS]',
    description: 'Update the swarm',
    flags: [
      { long: 'autolock', type: 'bool', usage: 'Change manager autolocking setting (true|false)' },
      {
        long: 'cert-expiry',
        type: 'duration',
        usage: 'Validity period for node certificates (ns|us|ms|s|m|h)',
        default: '2160h0m0s',
      },
      {
        long: 'dispatcher-heartbeat',
        type: 'duration',
        usage: 'Dispatcher heartbeat period (ns|us|ms|s|m|h)',
        default: '5s',
      },
      {
        long: 'external-ca',
        type: 'external-ca',
        usage: 'Specifications of one or more certificate signing endpoints',
      },
      ...RAFT_FLAGS,
    ],
    args: { kind: 'none' },
  },
]
