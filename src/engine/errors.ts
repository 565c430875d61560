/**
 * Docker's own wording (Engine 28) for the engine's coded errors (error-core.ts): the text the
 * CLI prints the way the docker client does (`docker: Error response from daemon: ...`). Each
 * code has one message; a message that wraps another error (`invalid endpoint settings:\n...`)
 * takes that error, still coded, as its `reason`, and words it in turn. Only what prints a
 * text imports this module (the CLI, the diagnostics, the tests), so the first paint holds none.
 */
import type { EngineError, ErrorCode, ErrorParams } from './error-core'
import { goQuote } from './go-quote'

/** moby daemon/names.go reserveName: the name as it was asked for. */
const invalidName = (name: string) =>
  `Invalid container name (${name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`
/** moby daemon/errors.go nameConflictError; `name` without its slash. */
const nameInUse = (name: string, id: string) =>
  `Conflict. The container name "/${name}" is already in use by container "${id}". You have to remove (or rename) that container to be able to reuse that name.`
/** moby v28.2.2 daemon/rename.go ContainerRename wraps reserveName's error. */
const RENAME_PREFIX = 'Error when allocating new name: '

/** An error another message wraps: any coded error (typed loosely to keep the table acyclic). */
interface Cause {
  readonly code: string
  readonly params: object
}

/** The text of a wrapped error. */
function causeText(reason: Cause): string {
  return errorText(reason as EngineError)
}

const MESSAGES = {
  NAME_IN_USE: (p: { name: string; id: string }) => nameInUse(p.name, p.id),
  INVALID_NAME: (p: { name: string }) => invalidName(p.name),
  /** rename canonicalizes the new name with a slash before reserving it: `(/x!)`. */
  RENAME_INVALID_NAME: (p: { name: string }) =>
    RENAME_PREFIX + invalidName(p.name.startsWith('/') ? p.name : `/${p.name}`),
  RENAME_NAME_IN_USE: (p: { name: string; id: string }) => RENAME_PREFIX + nameInUse(p.name, p.id),
  NO_SUCH_CONTAINER: (p: { ref: string }) => `No such container: ${p.ref}`,
  NO_SUCH_HOST: (p: { name: string }) => `context "${p.name}" does not exist`,
  LINK_TARGET_MISSING: (p: { ref: string }) =>
    `could not get container for ${p.ref}: No such container: ${p.ref}`,
  LINK_HOST_NETWORK: () =>
    "conflicting options: host type networking can't be used with links. This would result in undefined behavior",
  LINK_CONTAINER_NETWORK: () =>
    "conflicting options: container type network can't be used with links. This would result in undefined behavior",
  LINK_NOT_RUNNING: (p: { child: string; link: string }) =>
    `Cannot link to a non running container: /${p.child} AS ${p.link}`,
  LINK_NOT_ON_DEFAULT_BRIDGE: (p: { id: string }) =>
    `container ${p.id} not attached to default bridge network`,
  CONFLICT_HOSTNAME: () => 'conflicting options: hostname and the network mode',
  CONFLICT_DNS: () => 'conflicting options: dns and the network mode',
  CONFLICT_ADD_HOST: () => 'conflicting options: custom host-to-IP mapping and the network mode',
  CONFLICT_PUBLISH: () =>
    'conflicting options: port publishing and the container type network mode',
  CONFLICT_EXPOSE: () => 'conflicting options: port exposing and the container type network mode',
  CONFLICT_ALIAS: () => 'network-scoped aliases are only supported for user-defined networks',
  INVALID_NETWORK_MODE: () => 'invalid network mode: invalid container format container:<name|id>',
  /** `id` is the donor's name without the slash (getNetworkedContainer). */
  JOIN_NOT_RUNNING: (p: { id: string; state: string }) =>
    `cannot join network namespace of a non running container: container ${p.id} is ${p.state}`,
  JOIN_SELF: () => 'cannot join own network namespace',
  /** moby v28.2.2 daemon/container_operations.go getNetworkedContainer: the donor is gone. */
  JOIN_MISSING: (p: { ref: string }) =>
    `joining network namespace of container: No such container: ${p.ref}`,
  JOINED_CONNECT: () =>
    'container sharing network namespace with another container or host cannot be connected to any other network',
  NONE_CONNECT: () =>
    'container cannot be connected to multiple networks with one of the networks in private (none) mode',
  HOST_DISCONNECT: () =>
    'cannot disconnect container from host network - container was created in host network mode',
  HOST_CONNECT: () =>
    'cannot connect container to host network - container must be created in host network mode',
  NETWORK_NOT_FOUND: (p: { name: string }) => `network ${p.name} not found`,
  NETWORK_EXISTS: (p: { name: string }) => `network with name ${p.name} already exists`,
  /** libnetwork: the host and null drivers allow one network each. */
  NETWORK_SINGLETON: (p: { driver: string }) =>
    `only one instance of "${p.driver}" network is allowed`,
  NETWORK_PREDEFINED: (p: { name: string }) =>
    `operation is not permitted on predefined ${p.name} network `,
  NETWORK_PREDEFINED_REMOVE: (p: { name: string }) =>
    `${p.name} is a pre-defined network and cannot be removed`,
  NETWORK_ACTIVE_ENDPOINTS: (p: { name: string; endpoints: string }) =>
    `error while removing network: network ${p.name} has active endpoints (${p.endpoints})`,
  NETWORK_OVERLAP: () => 'invalid pool request: Pool overlaps with other one on this address space',
  NETWORK_BAD_SUBNET: (p: { subnet: string }) => `invalid CIDR address: ${p.subnet}`,
  NETWORK_BAD_GATEWAY: (p: { gateway: string }) => `no matching subnet for gateway ${p.gateway}`,
  NETWORK_NO_POOL: () =>
    'could not find an available, non-overlapping IPv4 address pool among the defaults to assign to the network',
  NETWORK_SWARM_ONLY: () =>
    'This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.',
  NETWORK_DRIVER_UNKNOWN: (p: { driver: string }) => `plugin "${p.driver}" not found`,
  ALREADY_CONNECTED: (p: { name: string; network: string }) =>
    `endpoint with name ${p.name} already exists in network ${p.network}`,
  NOT_CONNECTED: (p: { id: string; network: string }) =>
    `container ${p.id} is not connected to network ${p.network}`,
  /** moby daemon/container_operations.go disconnectFromNetwork: a stopped container's wording. */
  NOT_CONNECTED_STOPPED: (p: { id: string; network: string }) =>
    `container ${p.id} is not connected to the network ${p.network}`,
  /** moby daemon/container_operations.go validateEndpointSettings wraps its reasons. */
  ENDPOINT_SETTINGS: (p: { reason: Cause }) => `invalid endpoint settings:\n${causeText(p.reason)}`,
  /** moby daemon/create.go names the network an endpoint check failed for. */
  NETWORK_CONFIG: (p: { network: string; reason: Cause }) =>
    `invalid config for network ${p.network}: ${causeText(p.reason)}`,
  STATIC_IP_DEFAULT: () => 'user specified IP address is supported on user defined networks only',
  STATIC_IP_NO_SUBNET: () =>
    'user specified IP address is supported only when connecting to networks with user configured subnets',
  STATIC_IP_OUT_OF_SUBNET: (p: { ip: string }) =>
    `no configured subnet or ip-range contain the IP address ${p.ip}`,
  ADDRESS_IN_USE: () => 'Address already in use',
  NO_ADDRESS: (p: { network: string }) =>
    `no available IPv4 addresses on this network's address pools: ${p.network}`,
  PORT_ALLOCATED: (p: { endpoint: string; epId: string; hostIp: string; port: number }) =>
    `failed to set up container networking: driver failed programming external connectivity on endpoint ${p.endpoint} (${p.epId}): Bind for ${p.hostIp}:${p.port} failed: port is already allocated`,
  /** moby daemon/restart.go wraps the failed start. */
  RESTART_FAILED: (p: { name: string; reason: Cause }) =>
    `Cannot restart container ${p.name}: ${causeText(p.reason)}`,
  /** moby daemon/kill.go errNotRunning, wrapped by ContainerKill. */
  KILL_NOT_RUNNING: (p: { name: string; id: string }) =>
    `cannot kill container: ${p.name}: container ${p.id} is not running`,
  /** moby daemon/errors.go errNotRunning (exec into a stopped container). */
  NOT_RUNNING: (p: { id: string }) => `container ${p.id} is not running`,
  RUNNING_REMOVE: (p: { ref: string }) =>
    `cannot remove container "${p.ref}": container is running: stop the container before removing or force remove`,
  RENAME_SAME: () => 'Renaming a container with the same name as its current name',
  VOLUME_IN_USE: (p: { name: string; ids: string }) =>
    `remove ${p.name}: volume is in use - [${p.ids}]`,
  NO_SUCH_VOLUME: (p: { name: string }) => `get ${p.name}: no such volume`,
  /** moby volume/local/local.go validateName, wrapped by the store's OpErr (`create NAME: ...`). */
  VOLUME_NAME_SHORT: (p: { name: string }) =>
    `create ${p.name}: volume name is too short, names should be at least two alphanumeric characters`,
  VOLUME_BAD_NAME: (p: { name: string }) =>
    `create ${p.name}: "${p.name}" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path`,
  INVALID_MOUNT: (p: { spec: string }) => `invalid volume specification: '${p.spec}'`,
  /** moby volume/mounts/linux_parser.go ParseVolumesFrom of "". */
  VOLUMES_FROM_EMPTY: () => 'volumes-from specification cannot be an empty string',
  /** moby volume/mounts/mounts.go errInvalidMode (ParseVolumesFrom). */
  INVALID_MOUNT_MODE: (p: { mode: string }) => `invalid mode: ${p.mode}`,
  /** moby daemon/errors.go duplicateMountPointError: two binds on one (cleaned) target. */
  DUPLICATE_MOUNT: (p: { destination: string }) => `Duplicate mount point: ${p.destination}`,
  // `-p` / `--expose` values, refused by the client (docker/cli opts, go-connections nat).
  /** strconv.ParseUint(s, 10, 16) on a port number. */
  PORT_NUMBER_SYNTAX: (p: { text: string }) =>
    `strconv.ParseUint: parsing ${goQuote(p.text)}: invalid syntax`,
  PORT_NUMBER_RANGE: (p: { text: string }) =>
    `strconv.ParseUint: parsing ${goQuote(p.text)}: value out of range`,
  PORT_EMPTY: () => 'empty string specified for ports',
  PORT_RANGE_REVERSED: (p: { ports: string }) => `invalid range specified for port: ${p.ports}`,
  /** Go net.SplitHostPort's AddrError texts, for a bracketed host IP. */
  ADDRESS_MISSING_PORT: (p: { address: string }) => `address ${p.address}: missing port in address`,
  ADDRESS_MISSING_BRACKET: (p: { address: string }) =>
    `address ${p.address}: missing ']' in address`,
  ADDRESS_TOO_MANY_COLONS: (p: { address: string }) =>
    `address ${p.address}: too many colons in address`,
  ADDRESS_UNEXPECTED_OPEN: (p: { address: string }) =>
    `address ${p.address}: unexpected '[' in address`,
  ADDRESS_UNEXPECTED_CLOSE: (p: { address: string }) =>
    `address ${p.address}: unexpected ']' in address`,
  PORT_IP_UNSPLIT: (p: { ip: string; reason: Cause }) =>
    `invalid IP address ${p.ip}: ${causeText(p.reason)}`,
  PORT_BAD_IP: (p: { ip: string }) => `invalid IP address: ${p.ip}`,
  PORT_MISSING: (p: { spec: string }) => `no port specified: ${p.spec}<empty>`,
  PORT_BAD_CONTAINER_PORT: (p: { port: string }) => `invalid containerPort: ${p.port}`,
  PORT_BAD_HOST_PORT: (p: { port: string }) => `invalid hostPort: ${p.port}`,
  PORT_RANGES_MISMATCH: (p: { containerPort: string; hostPort: string }) =>
    `invalid ranges specified for container and host Ports: ${p.containerPort} and ${p.hostPort}`,
  PORT_BAD_PROTO: (p: { proto: string }) => `invalid proto: ${p.proto}`,
  EXPOSE_BAD_FORMAT: (p: { spec: string }) => `invalid port format for --expose: ${p.spec}`,
  EXPOSE_BAD_RANGE: (p: { spec: string; reason: Cause }) =>
    `invalid range format for --expose: ${p.spec}, error: ${causeText(p.reason)}`,
  // Listing filters (moby api/types/filters, daemon/list.go, daemon/network/filter.go).
  /** filters.invalidFilter: a key the listing does not take. */
  INVALID_FILTER: (p: { filter: string }) => `invalid filter '${p.filter}'`,
  /** filters.invalidFilter with values (GetBoolOrDefault): Go prints the values as a slice. */
  INVALID_FILTER_VALUES: (p: { filter: string; values: readonly string[] }) =>
    `invalid filter '${p.filter}=[${p.values.join(' ')}]'`,
  FILTER_EXITED_SYNTAX: (p: { value: string }) =>
    `invalid filter 'exited=${p.value}': strconv.Atoi: parsing ${goQuote(p.value)}: invalid syntax`,
  FILTER_EXITED_RANGE: (p: { value: string }) =>
    `invalid filter 'exited=${p.value}': strconv.Atoi: parsing ${goQuote(p.value)}: value out of range`,
  /** api/types/container ValidateContainerState. */
  FILTER_STATUS: (p: { value: string }) =>
    `invalid filter 'status=${p.value}': invalid value for state (${p.value}): must be one of created, running, paused, restarting, removing, exited, dead`,
  /** api/types/container ValidateHealthStatus. */
  FILTER_HEALTH: (p: { value: string }) =>
    `invalid filter 'health=${p.value}': invalid value for health (${p.value}): must be one of none, starting, healthy, unhealthy`,
  FILTER_PORT_COLON: (p: { key: string; value: string }) =>
    `filter for '${p.key}' should not contain ':': ${p.value}`,
  FILTER_PORT: (p: { key: string; value: string; reason: Cause }) =>
    `error while looking up for ${p.key} ${p.value}: ${causeText(p.reason)}`,
  FILTER_DANGLING_MANY: () => 'got more than one value for filter key "dangling"',
  FILTER_DANGLING_VALUE: () =>
    `invalid value for filter 'dangling', must be "true" (or "1"), or "false" (or "0")`,
  FILTER_NETWORK_TYPE: (p: { value: string }) => `invalid filter: 'type'='${p.value}'`,
  /** volume/service/convert.go withPrune. */
  FILTER_ALL_MANY: (p: { values: readonly string[] }) =>
    `invalid filter 'all=[${p.values.join(' ')}]': only one value is expected`,
  FILTER_ALL_BOOL: (p: { value: string }) =>
    `invalid filter 'all': strconv.ParseBool: parsing ${goQuote(p.value)}: invalid syntax`,
  /** daemon/prune.go getUntilFromPruneFilters. */
  FILTER_UNTIL_MANY: () => 'more than one until filter specified',
  /** api/types/time GetTimestamp. */
  FILTER_UNTIL: (p: { value: string }) =>
    `failed to parse value as time or duration: ${goQuote(p.value)}`,
  NO_SUCH_IMAGE: (p: { ref: string }) => `No such image: ${p.ref}`,
  // Image references, refused by the client (distribution/reference ParseNormalizedNamed).
  IMAGE_REF_HEX: (p: { ref: string }) =>
    `invalid repository name (${p.ref}), cannot specify 64-byte hexadecimal strings`,
  IMAGE_REF_UPPERCASE: (p: { remote: string }) =>
    `invalid reference format: repository name (${p.remote}) must be lowercase`,
  IMAGE_REF_FORMAT: () => 'invalid reference format',
  HOST_EXISTS: (p: { name: string }) => `context "${p.name}" already exists`,
  HOST_BAD_NAME: (p: { name: string }) =>
    `context name "${p.name}" is invalid, names are validated against regexp "^[a-zA-Z0-9][a-zA-Z0-9_.+-]+$"`,
  DAEMON_BAD_BIP: (p: { bip: string }) => `invalid bip: ${p.bip}`,
  DAEMON_BAD_IP: (p: { ip: string }) => `invalid ip: ${p.ip}`,
  /** Docknet's own words: a live-restored daemon cannot move docker0 under running containers. */
  DAEMON_BIP_BUSY: () =>
    'cannot change --bip while containers are running on the default bridge: stop them first',
  /** Docknet's own words: a simulated host needs a routable IPv4 address. */
  HOST_BAD_ADDRESS: (p: { ip: string }) =>
    `host address ${p.ip} is not a routable IPv4 address (loopback, 0.0.0.0/8 and multicast are not)`,
  HOST_ADDRESS_TAKEN: (p: { ip: string; host: string }) =>
    `host address ${p.ip} is already used by context "${p.host}"`,
  /** Docknet's own words: a context is its host here, so one that holds anything stays. */
  HOST_NOT_EMPTY: (p: { name: string }) =>
    `docknet: context "${p.name}" is a simulated host that still holds containers, networks, volumes or a swarm membership; remove them first (Docker would remove only the client's entry and leave the daemon running them)`,
  /** moby daemon/cluster/swarm.go errSwarmExists. */
  SWARM_MEMBER: () =>
    'This node is already part of a swarm. Use "docker swarm leave" to leave this swarm and join another one.',
  /** moby daemon/cluster/swarm.go Join: no manager answers at that address. */
  SWARM_JOIN_TIMEOUT: () =>
    'Timeout was reached before node joined. The attempt to join the swarm will continue in the background. Use the "docker info" command to see the current swarm status of your node.',
  SWARM_BAD_TOKEN: () => 'invalid join token',
  /** moby daemon/cluster/networks.go: standalone containers join only attachable overlays. */
  NOT_ATTACHABLE: (p: { network: string }) =>
    `Could not attach to network ${p.network}: rpc error: code = PermissionDenied desc = network ${p.network} not manually attachable`,
  NETWORK_WORKER: () =>
    'Cannot create a multi-host network from a worker node. Please create the network from a manager node.',
  /** moby v28.2.2 libnetwork/drivers/macvlan/macvlan_network.go parseNetworkOptions. */
  MACVLAN_BAD_MODE: (p: { mode: string }) =>
    `requested macvlan mode '${p.mode}' is not valid, 'bridge' mode is the macvlan driver default`,
  /** moby v28.2.2 libnetwork/drivers/ipvlan/ipvlan_network.go parseNetworkOptions. */
  IPVLAN_BAD_MODE: (p: { mode: string }) =>
    `requested ipvlan mode '${p.mode}' is not valid, 'l2' mode is the ipvlan driver default`,
  IPVLAN_BAD_FLAG: (p: { flag: string }) =>
    `requested ipvlan flag '${p.flag}' is not valid, 'bridge' is the ipvlan driver default`,
  LAN_PARENT_LOOPBACK: (p: { driver: string }) =>
    `loopback interface is not a valid ${p.driver} parent link`,
  /** moby v28.2.2 ipvlan_network.go createNetwork: the other network's dummy name, di-<12 hex>. */
  IPVLAN_PARENT_IN_USE: (p: { dummy: string; parent: string }) =>
    `network ${p.dummy} is already using parent interface ${p.parent}`,
  /** moby v28.2.2 macvlan_network.go createNetwork: the other network's full id. */
  MACVLAN_PASSTHRU_PARENT: (p: { network: string; parent: string }) =>
    `cannot use mode passthru, macvlan network ${p.network} is already using parent interface ${p.parent}`,
  MACVLAN_PARENT_PASSTHRU: (p: { network: string; parent: string }) =>
    `macvlan network ${p.network} is already using parent interface ${p.parent} in mode passthru`,
  /** moby v28.2.2 macvlan_setup.go / ipvlan_setup.go createVlanLink and parseVlan. */
  LAN_PARENT_NOT_VLAN: (p: { parent: string }) =>
    `invalid subinterface vlan name ${p.parent}, example formatting is eth0.10`,
  LAN_PARENT_VLAN_FORMAT: (p: { parent: string }) =>
    `required interface name format is: name.vlan_id, ex. eth0.10 for vlan 10, instead received ${p.parent}`,
  LAN_PARENT_VLAN_ID: (p: { vid: string }) =>
    `unable to parse a valid vlan id from: ${p.vid} (ex. eth0.10 for vlan 10)`,
  LAN_PARENT_MISSING: (p: { parent: string }) =>
    `-o parent interface was not found on the host: ${p.parent}`,
  LAN_PARENT_VLAN_RANGE: (p: { id: string }) => `vlan id must be between 1-4094, received: ${p.id}`,
  /**
   * moby v28.2.2 api/types/network/ipam.go ValidateIPAM: the reasons joined as
   * internal/multierror.Join writes them (one alone, else `* ` before each).
   */
  NETWORK_INVALID_CONFIG: (p: { reasons: readonly string[] }) =>
    `invalid network config:\n${p.reasons.length === 1 ? p.reasons[0] : `* ${p.reasons.join('\n* ')}`}`,
  /**
   * A start whose endpoint config names a network that is gone (findAndAttachNetwork), wrapped
   * by daemon/start_linux.go initializeCreatedTask; `name` is the recorded NetworkID if any.
   */
  START_NETWORK_NOT_FOUND: (p: { name: string }) =>
    `failed to set up container networking: network ${p.name} not found`,
  /** connectToNetwork refuses a kept config of a container sharing another's namespace. */
  START_JOINED_CONNECT: () =>
    'failed to set up container networking: container sharing network namespace with another container or host cannot be connected to any other network',
  /**
   * A kept config that its (re-created) network refuses, as validateEndpointSettings words it.
   * Kept as `refusal`, not `reason`: "Why?" (refusal-codes.ts) looks into a `reason` and explains
   * the --ip rules where --ip is given (run, connect), not at a start.
   */
  START_BAD_ENDPOINT: (p: { refusal: Cause }) =>
    `failed to set up container networking: ${causeText(p.refusal)}`,
  /**
   * moby v28.2.2 libnetwork/portallocator/portallocator.go errAllPortsAllocated (a -p range or
   * the ephemeral range used up), through libnetwork/endpoint.go's wrapping, at start.
   */
  PORTS_EXHAUSTED: (p: { endpoint: string; epId: string }) =>
    `failed to set up container networking: driver failed programming external connectivity on endpoint ${p.endpoint} (${p.epId}): all ports are allocated`,
  /** The same on `network connect`, when the new endpoint becomes the gateway: not wrapped. */
  CONNECT_PORTS_EXHAUSTED: (p: { endpoint: string; epId: string }) =>
    `driver failed programming external connectivity on endpoint ${p.endpoint} (${p.epId}): all ports are allocated`,
  CONNECT_PORT_ALLOCATED: (p: { endpoint: string; epId: string; hostIp: string; port: number }) =>
    `driver failed programming external connectivity on endpoint ${p.endpoint} (${p.epId}): Bind for ${p.hostIp}:${p.port} failed: port is already allocated`,
  /** moby v28.2.2 libnetwork/drivers/bridge/bridge_linux.go parseErr, at network create. */
  NETWORK_BAD_OPTION: (p: { label: string; value: string; detail: string }) =>
    `failed to parse ${p.label} value: ${p.value} (${p.detail})`,
} as const

/** The catalogue's shape, from which error-core.ts derives the codes and their facts. */
export type Messages = typeof MESSAGES

/** Docker's text for `code` with `params`: the one place an engine error's words are made. */
export function renderError<C extends ErrorCode>(code: C, params: ErrorParams<C>): string {
  const format = MESSAGES[code] as (p: ErrorParams<C>) => string
  return format(params)
}

/** Docker's text for `e`. */
export function errorText(e: EngineError): string {
  return renderError(e.code, e.params as ErrorParams<typeof e.code>)
}

/** The codes the catalogue knows, in its order. */
export const ERROR_CODES = Object.keys(MESSAGES) as ErrorCode[]
