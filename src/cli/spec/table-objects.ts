/**
 * The table, part 3: images, networks and volumes (docker/cli cli/command/image, network,
 * volume), their texts as the 28.2.2 client prints them in `--help`.
 */
import { images, pull } from '../commands/images'
import * as net from '../commands/network'
import * as prune from '../commands/prune'
import { checkLabel, checkLink } from './checks'
import { FORMAT_JSON, FORMAT_TABLE } from './format-usage'
import type { CommandSpec } from './types'

const IMAGES: CommandSpec = {
  path: 'images',
  use: '[OPTIONS] [REPOSITORY[:TAG]]',
  description: 'List images',
  aliasLine: 'docker image ls, docker image list, docker images',
  flags: [
    {
      long: 'all',
      short: 'a',
      type: 'bool',
      usage: 'Show all images (default hides intermediate images)',
    },
    { long: 'digests', type: 'bool', usage: 'Show digests' },
    {
      long: 'filter',
      short: 'f',
      type: 'filter',
      usage: 'Filter output based on conditions provided',
    },
    { long: 'format', type: 'string', usage: FORMAT_TABLE },
    { long: 'no-trunc', type: 'bool', usage: "Don't truncate output" },
    { long: 'quiet', short: 'q', type: 'bool', usage: 'Only show image IDs' },
    { long: 'tree', type: 'bool', usage: 'List multi-platform images as a tree (EXPERIMENTAL)' },
  ],
  args: { kind: 'max', n: 1 },
  run: images,
}

const PULL: CommandSpec = {
  path: 'pull',
  use: '[OPTIONS] NAME[:TAG|@DIGEST]',
  description: 'Download an image from a registry',
  aliasLine: 'docker image pull, docker pull',
  flags: [
    {
      long: 'all-tags',
      short: 'a',
      type: 'bool',
      usage: 'Download all tagged images in the repository',
    },
    {
      long: 'disable-content-trust',
      type: 'bool',
      usage: 'Skip image verification',
      default: 'true',
    },
    {
      long: 'platform',
      type: 'string',
      usage: 'Set platform if server is multi-platform capable',
    },
    { long: 'quiet', short: 'q', type: 'bool', usage: 'Suppress verbose output' },
  ],
  args: { kind: 'exact', n: 1 },
  run: pull,
}

/** `docker image prune` (cli/command/image/prune.go). */
const IMAGE_PRUNE: CommandSpec = {
  path: 'image prune',
  use: '[OPTIONS]',
  description: 'Remove unused images',
  flags: [
    {
      long: 'all',
      short: 'a',
      type: 'bool',
      usage: 'Remove all unused images, not just dangling ones',
    },
    { long: 'filter', type: 'filter', usage: 'Provide filter values (e.g. "until=<timestamp>")' },
    { long: 'force', short: 'f', type: 'bool', usage: 'Do not prompt for confirmation' },
  ],
  args: { kind: 'none' },
  run: prune.imagePrune,
}

export const OBJECT_COMMANDS: readonly CommandSpec[] = [
  IMAGES,
  PULL,
  // The `docker image` group: the same commands under their group names.
  { ...IMAGES, path: 'image ls', aliases: ['list'] },
  { ...PULL, path: 'image pull' },
  IMAGE_PRUNE,
  {
    path: 'network create',
    use: '[OPTIONS] NETWORK',
    description: 'Create a network',
    flags: [
      { long: 'attachable', type: 'bool', usage: 'Enable manual container attachment' },
      {
        long: 'aux-address',
        type: 'map',
        usage: 'Auxiliary IPv4 or IPv6 addresses used by Network driver',
        default: 'map[]',
      },
      {
        long: 'config-from',
        type: 'string',
        usage: 'The network from which to copy the configuration',
      },
      { long: 'config-only', type: 'bool', usage: 'Create a configuration only network' },
      {
        long: 'driver',
        short: 'd',
        type: 'string',
        usage: 'Driver to manage the Network',
        default: 'bridge',
      },
      { long: 'gateway', type: 'strings', usage: 'IPv4 or IPv6 Gateway for the master subnet' },
      { long: 'ingress', type: 'bool', usage: 'Create swarm routing-mesh network' },
      { long: 'internal', type: 'bool', usage: 'Restrict external access to the network' },
      { long: 'ip-range', type: 'strings', usage: 'Allocate container ip from a sub-range' },
      {
        long: 'ipam-driver',
        type: 'string',
        usage: 'IP Address Management Driver',
        default: 'default',
      },
      {
        long: 'ipam-opt',
        type: 'map',
        usage: 'Set IPAM driver specific options',
        default: 'map[]',
      },
      {
        long: 'ipv4',
        type: 'bool',
        usage: 'Enable or disable IPv4 address assignment',
        default: 'true',
      },
      { long: 'ipv6', type: 'bool', usage: 'Enable or disable IPv6 address assignment' },
      { long: 'label', type: 'list', usage: 'Set metadata on a network', validate: checkLabel },
      {
        long: 'opt',
        short: 'o',
        type: 'map',
        usage: 'Set driver specific options',
        default: 'map[]',
      },
      { long: 'scope', type: 'string', usage: "Control the network's scope" },
      {
        long: 'subnet',
        type: 'strings',
        usage: 'Subnet in CIDR format that represents a network segment',
      },
    ],
    args: { kind: 'exact', n: 1 },
    run: net.networkCreate,
  },
  {
    path: 'network ls',
    use: '[OPTIONS]',
    description: 'List networks',
    aliasLine: 'docker network ls, docker network list',
    flags: [
      {
        long: 'filter',
        short: 'f',
        type: 'filter',
        usage: 'Provide filter values (e.g. "driver=bridge")',
      },
      { long: 'format', type: 'string', usage: FORMAT_TABLE },
      { long: 'no-trunc', type: 'bool', usage: 'Do not truncate the output' },
      { long: 'quiet', short: 'q', type: 'bool', usage: 'Only display network IDs' },
    ],
    args: { kind: 'none' },
    aliases: ['list'],
    run: net.networkLs,
  },
  {
    path: 'network inspect',
    use: '[OPTIONS] NETWORK [NETWORK...]',
    description: 'Display detailed information on one or more networks',
    flags: [
      { long: 'format', short: 'f', type: 'string', usage: FORMAT_JSON },
      { long: 'verbose', short: 'v', type: 'bool', usage: 'Verbose output for diagnostics' },
    ],
    args: { kind: 'min', n: 1 },
    run: net.networkInspect,
  },
  {
    path: 'network connect',
    use: '[OPTIONS] NETWORK CONTAINER',
    description: 'Connect a container to a network',
    flags: [
      { long: 'alias', type: 'strings', usage: 'Add network-scoped alias for the container' },
      { long: 'driver-opt', type: 'strings', usage: 'driver options for the network' },
      {
        long: 'gw-priority',
        type: 'int',
        usage:
          'Highest gw-priority provides the default gateway. Accepts positive and negative values.',
      },
      { long: 'ip', type: 'string', usage: 'IPv4 address (e.g., "172.30.100.104")' },
      { long: 'ip6', type: 'string', usage: 'IPv6 address (e.g., "2001:db8::33")' },
      { long: 'link', type: 'list', usage: 'Add link to another container', validate: checkLink },
      {
        long: 'link-local-ip',
        type: 'strings',
        usage: 'Add a link-local address for the container',
      },
    ],
    args: { kind: 'exact', n: 2 },
    run: net.networkConnect,
  },
  {
    path: 'network disconnect',
    use: '[OPTIONS] NETWORK CONTAINER',
    description: 'Disconnect a container from a network',
    flags: [
      {
        long: 'force',
        short: 'f',
        type: 'bool',
        usage: 'Force the container to disconnect from a network',
      },
    ],
    args: { kind: 'exact', n: 2 },
    run: net.networkDisconnect,
  },
  {
    path: 'network rm',
    use: 'NETWORK [NETWORK...]',
    description: 'Remove one or more networks',
    aliasLine: 'docker network rm, docker network remove',
    flags: [
      {
        long: 'force',
        short: 'f',
        type: 'bool',
        usage: 'Do not error if the network does not exist',
      },
    ],
    args: { kind: 'min', n: 1 },
    aliases: ['remove'],
    run: net.networkRm,
  },
  {
    path: 'network prune',
    use: '[OPTIONS]',
    description: 'Remove all unused networks',
    flags: [
      { long: 'filter', type: 'filter', usage: 'Provide filter values (e.g. "until=<timestamp>")' },
      { long: 'force', short: 'f', type: 'bool', usage: 'Do not prompt for confirmation' },
    ],
    args: { kind: 'none' },
    run: prune.networkPrune,
  },
  {
    path: 'volume create',
    use: '[OPTIONS] [VOLUME]',
    description: 'Create a volume',
    flags: [
      {
        long: 'availability',
        type: 'string',
        usage: 'Cluster Volume availability ("active", "pause", "drain")',
        default: 'active',
      },
      {
        long: 'driver',
        short: 'd',
        type: 'string',
        usage: 'Specify volume driver name',
        default: 'local',
      },
      { long: 'group', type: 'string', usage: 'Cluster Volume group (cluster volumes)' },
      { long: 'label', type: 'list', usage: 'Set metadata for a volume', validate: checkLabel },
      { long: 'name', type: 'string', usage: 'Specify volume name', hidden: true },
      { long: 'limit-bytes', type: 'bytes', usage: 'Minimum size of the Cluster Volume in bytes' },
      {
        long: 'opt',
        short: 'o',
        type: 'map',
        usage: 'Set driver specific options',
        default: 'map[]',
      },
      {
        long: 'required-bytes',
        type: 'bytes',
        usage: 'Maximum size of the Cluster Volume in bytes',
      },
      {
        long: 'scope',
        type: 'string',
        usage: 'Cluster Volume access scope ("single", "multi")',
        default: 'single',
      },
      { long: 'secret', type: 'map', usage: 'Cluster Volume secrets', default: 'map[]' },
      {
        long: 'sharing',
        type: 'string',
        usage: 'Cluster Volume access sharing ("none", "readonly", "onewriter", "all")',
        default: 'none',
      },
      {
        long: 'topology-preferred',
        type: 'list',
        usage: 'A topology that the Cluster Volume would be preferred in',
      },
      {
        long: 'topology-required',
        type: 'list',
        usage: 'A topology that the Cluster Volume must be accessible from',
      },
      {
        long: 'type',
        type: 'string',
        usage: 'Cluster Volume access type ("mount", "block")',
        default: 'block',
      },
    ],
    args: { kind: 'max', n: 1 },
    run: net.volumeCreate,
  },
  {
    path: 'volume ls',
    use: '[OPTIONS]',
    description: 'List volumes',
    aliasLine: 'docker volume ls, docker volume list',
    flags: [
      {
        long: 'cluster',
        type: 'bool',
        usage: 'Display only cluster volumes, and use cluster volume list formatting',
      },
      {
        long: 'filter',
        short: 'f',
        type: 'filter',
        usage: 'Provide filter values (e.g. "dangling=true")',
      },
      { long: 'format', type: 'string', usage: FORMAT_TABLE },
      { long: 'quiet', short: 'q', type: 'bool', usage: 'Only display volume names' },
    ],
    args: { kind: 'none' },
    aliases: ['list'],
    run: net.volumeLs,
  },
  {
    path: 'volume inspect',
    use: '[OPTIONS] VOLUME [VOLUME...]',
    description: 'Display detailed information on one or more volumes',
    flags: [{ long: 'format', short: 'f', type: 'string', usage: FORMAT_JSON }],
    args: { kind: 'min', n: 1 },
    run: net.volumeInspect,
  },
  {
    path: 'volume rm',
    short: 'Remove one or more volumes',
    use: '[OPTIONS] VOLUME [VOLUME...]',
    description:
      'Remove one or more volumes. You cannot remove a volume that is in use by a container.',
    aliasLine: 'docker volume rm, docker volume remove',
    flags: [
      {
        long: 'force',
        short: 'f',
        type: 'bool',
        usage: 'Force the removal of one or more volumes',
      },
    ],
    args: { kind: 'min', n: 1 },
    aliases: ['remove'],
    run: net.volumeRm,
  },
  {
    path: 'volume prune',
    use: '[OPTIONS]',
    description: 'Remove unused local volumes',
    flags: [
      {
        long: 'all',
        short: 'a',
        type: 'bool',
        usage: 'Remove all unused volumes, not just anonymous ones',
      },
      { long: 'filter', type: 'filter', usage: 'Provide filter values (e.g. "label=<label>")' },
      { long: 'force', short: 'f', type: 'bool', usage: 'Do not prompt for confirmation' },
    ],
    args: { kind: 'none' },
    run: prune.volumePrune,
  },
]
