/**
 * The table, part 5: the swarm commands Docknet simulates (docker/cli cli/command/swarm), their
 * texts as the 28.2.2 client prints them in `--help`.
 */
import * as swarm from '../commands/swarm'
import { checkCidrList, checkExternalCA } from './checks-resources'
import type { CommandSpec, FlagDef } from './types'

/** The Raft flags swarm init and swarm update share (docker/cli cli/command/swarm/opts.go). */
export const RAFT_FLAGS: readonly FlagDef[] = [
  { long: 'max-snapshots', type: 'uint', usage: 'Number of additional Raft snapshots to retain' },
  {
    long: 'snapshot-interval',
    type: 'uint',
    usage: 'Number of log entries between Raft snapshots',
    default: '10000',
  },
  { long: 'task-history-limit', type: 'int', usage: 'Task history retention limit', default: '5' },
]

export const SWARM_COMMANDS: readonly CommandSpec[] = [
  {
    path: 'swarm init',
    use: '[OPTIONS]',
    description: 'Initialize a swarm',
    flags: [
      {
        long: 'advertise-addr',
        type: 'string',
        usage: 'Advertised address (format: "<ip|interface>[:port]")',
      },
      {
        long: 'autolock',
        type: 'bool',
        usage: 'Enable manager autolocking (requiring an unlock key to start a stopped manager)',
      },
      {
        long: 'availability',
        type: 'string',
        usage: 'Availability of the node ("active", "pause", "drain")',
        default: 'active',
      },
      {
        long: 'cert-expiry',
        type: 'duration',
        usage: 'Validity period for node certificates (ns|us|ms|s|m|h)',
        default: '2160h0m0s',
      },
      {
        long: 'data-path-addr',
        type: 'string',
        usage: 'Address or interface to use for data path traffic (format: "<ip|interface>")',
      },
      {
        long: 'data-path-port',
        type: 'uint32',
        usage:
          'Port number to use for data path traffic (1024 - 49151). If no value is set or is set to 0, the default port (4789) is used.',
      },
      {
        long: 'default-addr-pool',
        type: 'ipNetSlice',
        usage: 'default address pool in CIDR format',
        default: '[]',
        validate: checkCidrList,
      },
      {
        long: 'default-addr-pool-mask-length',
        type: 'uint32',
        usage: 'default address pool subnet mask length',
        default: '24',
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
        validate: checkExternalCA,
      },
      {
        long: 'force-new-cluster',
        type: 'bool',
        usage: 'Force create a new cluster from current state',
      },
      {
        long: 'listen-addr',
        type: 'node-addr',
        usage: 'Listen address (format: "<ip|interface>[:port]")',
        default: '0.0.0.0:2377',
      },
      ...RAFT_FLAGS,
    ],
    args: { kind: 'none' },
    run: swarm.swarmInit,
  },
  {
    path: 'swarm join',
    use: '[OPTIONS] HOST:PORT',
    description: 'Join a swarm as a node and/or manager',
    flags: [
      {
        long: 'advertise-addr',
        type: 'string',
        usage: 'Advertised address (format: "<ip|interface>[:port]")',
      },
      {
        long: 'availability',
        type: 'string',
        usage: 'Availability of the node ("active", "pause", "drain")',
        default: 'active',
      },
      {
        long: 'data-path-addr',
        type: 'string',
        usage: 'Address or interface to use for data path traffic (format: "<ip|interface>")',
      },
      {
        long: 'listen-addr',
        type: 'node-addr',
        usage: 'Listen address (format: "<ip|interface>[:port]")',
        default: '0.0.0.0:2377',
      },
      { long: 'token', type: 'string', usage: 'Token for entry into the swarm' },
    ],
    args: { kind: 'exact', n: 1 },
    run: swarm.swarmJoin,
  },
  {
    path: 'swarm join-token',
    use: '[OPTIONS] (worker|manager)',
    description: 'Manage join tokens',
    flags: [
      { long: 'quiet', short: 'q', type: 'bool', usage: 'Only display token' },
      { long: 'rotate', type: 'bool', usage: 'Rotate join token' },
    ],
    args: { kind: 'exact', n: 1 },
    run: swarm.swarmJoinToken,
  },
]
