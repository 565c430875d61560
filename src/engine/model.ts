/**
 * The Docknet world: hosts with their daemons, networks, containers and volumes.
 *
 * A `Topology` is an immutable value. Operations (world.ts for hosts, networks.ts,
 * container-create.ts, container-lifecycle.ts, mounts.ts) return a new Topology that shares
 * every untouched record with the old one, so views memoised by record identity stay valid
 * (architecture.md, "pure transitions").
 * Everything that real Docker decides by history (allocated addresses, ids, ephemeral
 * ports, the IP a link target had when its parent started) is stored here; everything
 * that follows from the current state (/etc/hosts, env, DNS, reachability) is derived.
 */
import type { NetworkDriver } from './drivers'
import type { ExposedPort, PortMapping, Proto } from './port-spec'

export type { NetworkDriver } from './drivers'

export type HostName = string
/** 64 lower-case hex characters, derived from a counter (never random). */
export type NetworkId = string
export type ContainerId = string

/** Options of one host's dockerd (`dockerd --icc=false --ip=... --bip=...`). */
export interface DaemonOptions {
  /** Inter-container communication on the default bridge; false adds a DROP rule on docker0. */
  readonly icc: boolean
  /** Default host address for published ports (`--ip`), `0.0.0.0` unless set. */
  readonly ip: string
  /** docker0's address and prefix (`--bip`), `172.17.0.1/16` unless set. */
  readonly bip: string
}

/** A Docker host: one daemon, one LAN address; all hosts share one LAN. */
export interface Host {
  readonly name: HostName
  readonly lanIp: string
  readonly daemon: DaemonOptions
  /** Creation order, for stable listings. */
  readonly seq: number
  /** Next port the ephemeral allocator tries (round-robin in 32768-60999). */
  readonly nextEphemeralPort: number
  /** Files of the host's own filesystem reached through bind mounts, by absolute path. */
  readonly files: Readonly<Record<string, string>>
  /** Swarm membership: overlay networks exist only for swarm members, created on managers. */
  readonly swarm: 'manager' | 'worker' | null
  /**
   * The images the daemon holds, as `repository:tag` (image-store.ts), in the order they
   * arrived: pulled, or pulled by a `docker run` / `create` that needed them.
   */
  readonly images: readonly string[]
}

export interface Network {
  readonly id: NetworkId
  readonly name: string
  readonly driver: NetworkDriver
  /** The host whose daemon owns it; null for overlay networks (swarm scope, every host). */
  readonly host: HostName | null
  /** CIDR, or null for `host` and `none`. */
  readonly subnet: string | null
  readonly gateway: string | null
  /** True when the subnet came from `--subnet` (static --ip is only allowed then, Engine 28). */
  readonly userSubnet: boolean
  /** Gateway as given with --gateway (inspect shows an empty Gateway before Engine 29 otherwise). */
  readonly userGateway: boolean
  /** `--ip-range` (with --subnet): where containers without --ip get addresses; absent if not given. */
  readonly ipRange?: string
  /** `--internal`: no route out, no DNS forwarding, containers still reach each other. */
  readonly internal: boolean
  /** `com.docker.network.bridge.enable_icc`; on the default bridge it follows `dockerd --icc`. */
  readonly icc: boolean
  readonly attachable: boolean
  /** bridge, host, none: created by the daemon, cannot be removed. */
  readonly predefined: boolean
  readonly options: Readonly<Record<string, string>>
  readonly labels: Readonly<Record<string, string>>
  readonly seq: number
}

/** One attachment of a container to a network (`--network`, `docker network connect`). */
export interface Endpoint {
  readonly networkId: NetworkId
  /** `--network-alias` / `--alias`: extra DNS names valid only on this network. */
  readonly aliases: readonly string[]
  /** `--link name:alias` on a user-defined network: a DNS alias seen only by this container. */
  readonly links: readonly string[]
  /** `--ip`: the requested static address, kept across restarts. */
  readonly staticIp: string | null
  /** The address held while the container runs; null when stopped. */
  readonly ip: string | null
  /** The last address it held, which stale /etc/hosts link lines still point to. */
  readonly lastIp: string | null
  readonly mac: string | null
  readonly endpointId: string
  /** `--gw-priority`: the highest provides the default gateway (absent means 0). */
  readonly gwPriority?: number
}

/**
 * An endpoint config a stopped container keeps for a network that does not exist: connected
 * while it was missing, or left behind by `docker network rm`. Docker keeps it in
 * NetworkSettings.Networks and looks the network up only at the next start, which fails unless
 * the network exists by then (stopped-networks.ts).
 */
export interface DanglingEndpoint {
  /** Its key in NetworkSettings.Networks: the network's name, or the reference as typed. */
  readonly name: string
  /** NetworkID, recorded once the container joined the network: start looks it up by this id. */
  readonly networkId: NetworkId | null
  readonly aliases: readonly string[]
  readonly links: readonly string[]
  readonly staticIp: string | null
}

/** A legacy link (`--link child:alias` on the default bridge); registered as /parent/alias. */
export interface Link {
  readonly childId: ContainerId
  readonly alias: string
  /** The child's address when the parent last started: link env vars are not refreshed. */
  readonly ipAtStart: string | null
  /**
   * The child's name when the parent last started: its /etc/hosts line was written then, and a
   * rename of the child does not rewrite it (only a restart of the child updates the address).
   * Absent in documents saved before it was recorded.
   */
  readonly nameAtStart?: string
  /**
   * The child's hostname when the parent last started. Removing the child does not rewrite the
   * parent's /etc/hosts, so its line stays, with this name (absent in older documents).
   */
  readonly hostnameAtStart?: string
}

export interface Mount {
  readonly type: 'volume' | 'bind'
  /** Volume name, or an absolute host path for binds. */
  readonly source: string
  readonly destination: string
  readonly rw: boolean
  /** `-v /path`: a volume with a generated name, removed by `docker rm -v` / `--rm`. */
  readonly anonymous: boolean
}

/** A published port as bound on the host while the container runs. */
export interface PortBinding {
  readonly containerPort: number
  readonly proto: Proto
  readonly hostIp: string
  readonly hostPort: number
  /** Also bound on `::` (no host IP given; the simulated hosts are dual-stack, as most are). */
  readonly ipv6: boolean
}

export type ContainerState = 'created' | 'running' | 'exited'

/**
 * HostConfig.NetworkMode, parsed: how the container's network namespace is made. Docker keeps
 * it as one string (`bridge`, `host`, `none`, `container:<id>`, a network); network-mode.ts
 * turns one into the other.
 */
export type NetworkMode =
  /** The default bridge: no --network, `default` (stored as `bridge` since Engine 26), `bridge`. */
  | { readonly kind: 'bridge' }
  | { readonly kind: 'host' }
  | { readonly kind: 'none' }
  /** Another container's namespace: its full id once resolved at create, else the ref given. */
  | { readonly kind: 'container'; readonly ref: string }
  /** A user-defined network as the daemon keeps the reference: its name, or its full id. */
  | { readonly kind: 'network'; readonly ref: string }

export interface Container {
  readonly id: ContainerId
  readonly name: string
  readonly host: HostName
  readonly image: string
  /** The command it runs: image default unless given after the image. */
  readonly cmd: readonly string[]
  /** True when `cmd` is the image's default (its services then listen). */
  readonly defaultCmd: boolean
  /** Config.Env: the image's ENV then `-e` values (link variables are added at start). */
  readonly env: readonly string[]
  /** Config.Hostname: `-h`, the donor's for container: mode, the host's for host mode, else the short id. */
  readonly hostname: string
  readonly domainname: string
  readonly networkMode: NetworkMode
  /** For `container:X` modes: the donor's id (resolved at create). */
  readonly joinedTo: ContainerId | null
  readonly endpoints: readonly Endpoint[]
  /** Endpoint configs of a stopped container whose networks do not exist (absent when none). */
  readonly dangling?: readonly DanglingEndpoint[]
  readonly links: readonly Link[]
  /** Config.ExposedPorts: image EXPOSE + --expose + every -p container port, sorted. */
  readonly exposed: readonly ExposedPort[]
  /** HostConfig.PortBindings: what -p asked for. */
  readonly publish: readonly PortMapping[]
  readonly publishAll: boolean
  /** The host ports bound while running. */
  readonly ports: readonly PortBinding[]
  readonly mounts: readonly Mount[]
  readonly volumesFrom: readonly string[]
  readonly dns: readonly string[]
  /** `--add-host name:ip`, in command-line order. */
  readonly addHosts: readonly { readonly name: string; readonly ip: string }[]
  readonly privileged: boolean
  readonly tty: boolean
  readonly interactive: boolean
  readonly autoRemove: boolean
  readonly restart: string
  /** Config.Labels: `--label k=v` (the simulated images declare none). */
  readonly labels: Readonly<Record<string, string>>
  readonly state: ContainerState
  readonly exitCode: number
  /** Creation order. */
  readonly seq: number
  /** Files written in the container's own layer (not through a mount). */
  readonly files: Readonly<Record<string, string>>
  /** What its main process wrote (`docker logs`). */
  readonly logs: string
}

export interface Volume {
  readonly name: string
  readonly host: HostName
  readonly driver: string
  readonly anonymous: boolean
  /** `docker volume create --label` (absent when none). */
  readonly labels?: Readonly<Record<string, string>>
  readonly seq: number
  readonly files: Readonly<Record<string, string>>
}

export interface Settings {
  /**
   * Legacy link env vars (`DB_PORT_5432_TCP=...`). Engine 28 sets them; Engine 29 only with
   * DOCKER_KEEP_DEPRECATED_LEGACY_LINKS_ENV_VARS=1. Docknet simulates Engine 28.
   */
  readonly legacyLinkEnv: boolean
}

export interface Topology {
  /** The counter every id, generated name and MAC comes from. */
  readonly seq: number
  readonly hosts: ReadonlyMap<HostName, Host>
  readonly networks: ReadonlyMap<NetworkId, Network>
  readonly containers: ReadonlyMap<ContainerId, Container>
  /** Keyed by `host/name`: volumes are local to a daemon. */
  readonly volumes: ReadonlyMap<string, Volume>
  readonly settings: Settings
}

export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E }
