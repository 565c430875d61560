/**
 * A route's hops and a connection's blockers as data: what a packet passes (which container,
 * network or host, the address and port it is headed for before and after, and the rule that
 * let it through), or the rule that stopped it. reach-text.ts renders them as the views' prose;
 * every other consumer (the trace, the matrix, diagnostics) reads the fields.
 */
import type { Container, HostName, Network } from './model'

/** A container or network as a hop names it: its id (for the canvas) and its name (for text). */
export interface Ref {
  readonly id: string
  readonly name: string
}

/** Where a packet is headed: an address, and a port (null: every port, as a bridge route). */
export interface Socket {
  readonly address: string
  readonly port: number | null
}

/**
 * Two containers in one network namespace, or a connection to the client's own namespace.
 * `joined-namespace`: from and to share it (`--network container:`), 127.0.0.1 reaches every
 * port; `loopback`: the connection went to an address of the namespace itself.
 */
export interface SameNamespaceHop {
  readonly kind: 'same-namespace'
  readonly rule: 'joined-namespace' | 'loopback'
  readonly from: Ref
  readonly to: Ref
  /** The container whose namespace it is (the one the others joined). */
  readonly owner: Ref
  readonly target: Socket
}

/**
 * Through a network both ends are attached to. `icc`: the bridge forwards every port between
 * its containers; `link-accept`: icc=false drops them, but a legacy --link added ACCEPT rules
 * for the child's exposed ports (`openPorts`).
 */
export interface NetworkHop {
  readonly kind: 'network'
  readonly rule: 'icc' | 'link-accept'
  readonly network: Ref
  readonly defaultBridge: boolean
  readonly from: Ref
  readonly to: Ref
  readonly target: Socket
  /** For `link-accept`: the only ports open (the child's exposed TCP ports); else null. */
  readonly openPorts: readonly number[] | null
}

/** Both ends use one host's network: 127.0.0.1 reaches every port. */
export interface HostLoopbackHop {
  readonly kind: 'host-loopback'
  readonly rule: 'host-network'
  readonly host: HostName
  readonly from: Ref
  readonly to: Ref
  readonly target: Socket
}

/** A host-networked container reaching a container on one of its host's own networks. */
export interface HostToBridgeHop {
  readonly kind: 'host-to-bridge'
  readonly rule: 'host-network'
  readonly host: HostName
  readonly from: Ref
  readonly to: Ref
  readonly network: Ref
  readonly subnet: string | null
  readonly target: Socket
}

/**
 * A container using its host's network, reached at one of the host's addresses: on the LAN,
 * through the client's bridge gateway, or on the host's own loopback.
 */
export interface HostNetworkHop {
  readonly kind: 'host-network'
  readonly rule: 'host-network'
  readonly host: HostName
  readonly to: Ref
  readonly via: 'lan' | 'gateway' | 'loopback'
  readonly target: Socket
}

/**
 * From one host to another over the network between them: on one LAN (`lan`), or through a
 * router when their addresses are on different /24 subnets (`router`, world.ts).
 */
export interface LanHop {
  readonly kind: 'lan'
  readonly rule: 'lan' | 'router'
  readonly from: HostName
  readonly to: HostName
  readonly target: Socket
}

/**
 * A published port: docker-proxy and the DNAT rule on `host` send `before` (the host address
 * and port the client dialled) to the container's own address and port (`after`).
 */
export interface PublishedHop {
  readonly kind: 'published'
  readonly rule: 'docker-proxy'
  readonly host: HostName
  /** The container that publishes the port. */
  readonly container: Ref
  /** The binding's host address as `-p` gave it (0.0.0.0 for every address). */
  readonly hostIp: string
  readonly proto: string
  readonly before: Socket & { readonly port: number }
  /** The container's address the DNAT rule targets; null when it has none. */
  readonly after: { readonly address: string | null; readonly port: number }
}

/** An ambassador's socat: it accepts on `listen` and opens a new connection to `target`. */
export interface AmbassadorHop {
  readonly kind: 'ambassador'
  readonly rule: 'socat'
  readonly container: Ref
  readonly listen: number
  readonly target: Socket & { readonly port: number }
}

/**
 * Between two children of one macvlan/ipvlan network: they talk directly, as its mode lets
 * them (no icc rule applies: the traffic never meets the host's iptables).
 */
export interface SiblingsHop {
  readonly kind: 'siblings'
  readonly rule: 'lan-mode'
  readonly network: Ref
  readonly driver: string
  /** The host interface the children hang from. */
  readonly parent: string
  /** macvlan_mode or ipvlan_mode, and ipvlan_flag (null for macvlan). */
  readonly mode: string
  readonly flag: string | null
  readonly from: Ref
  readonly to: Ref
  readonly target: Socket
}

/**
 * To a macvlan/ipvlan child on the LAN (`to`, on `network` of host `host`), from outside that
 * network. `own-wire`: the client is on the LAN itself (its own child of `fromNetwork`);
 * `lan`: from another host, over the LAN; `router`: from the child's own host, whose subnet
 * differs, through the LAN router and back in through the parent.
 */
export interface WireHop {
  readonly kind: 'wire'
  readonly rule: 'own-wire' | 'lan' | 'router'
  readonly from: Ref
  readonly fromHost: HostName
  /** For `own-wire`: the client's own macvlan/ipvlan network; else null. */
  readonly fromNetwork: Ref | null
  readonly to: Ref
  readonly network: Ref
  readonly driver: string
  readonly host: HostName
  readonly parent: string
  readonly target: Socket
}

export type Hop =
  | SameNamespaceHop
  | SiblingsHop
  | WireHop
  | NetworkHop
  | HostLoopbackHop
  | HostToBridgeHop
  | HostNetworkHop
  | LanHop
  | PublishedHop
  | AmbassadorHop

/** Why a container does not reach another (or a connection fails), with what it is about. */
export type Blocker =
  | { readonly code: 'not-running'; readonly params: { readonly container: Ref } }
  | { readonly code: 'none-network'; readonly params: { readonly container: Ref } }
  /** icc=false on a bridge both are on, and no link opens the way: iptables DROP. */
  | { readonly code: 'icc-disabled'; readonly params: { readonly network: Ref } }
  /** icc=false, a link opens the child's (`container`'s) exposed ports, but not this one. */
  | {
      readonly code: 'icc-link-ports'
      readonly params: { readonly container: Ref; readonly port: number }
    }
  | {
      readonly code: 'not-listening'
      readonly params: { readonly container: Ref; readonly port: number }
    }
  /** A connection to an address that answers, on a port nothing listens on. */
  | {
      readonly code: 'not-listening-at'
      readonly params: { readonly address: string; readonly port: number }
    }
  /** The namespace has no way off its networks: none, or only internal networks (`internal`). */
  | {
      readonly code: 'no-route-out'
      readonly params: { readonly container: Ref; readonly internal: Ref | null }
    }
  | {
      readonly code: 'not-published'
      readonly params: { readonly port: number; readonly host: HostName }
    }
  /**
   * No network in common. `host`: the target's host when it is another one; `publishes`:
   * whether the target publishes any port at all.
   */
  | {
      readonly code: 'no-shared-network'
      readonly params: {
        readonly container: Ref
        readonly host: HostName | null
        readonly publishes: boolean
      }
    }
  | {
      readonly code: 'no-route'
      readonly params: { readonly container: Ref; readonly address: string }
    }
  /**
   * A host and a macvlan/ipvlan child of its own subnet (`container`, at `address` on `network`
   * hanging from `parent`): the kernel passes no frames between a parent and its children.
   */
  | {
      readonly code: 'parent-isolation'
      readonly params: {
        readonly host: HostName
        readonly container: Ref
        readonly address: string
        readonly network: Ref
        readonly driver: string
        readonly parent: string
      }
    }
  /** Children of one macvlan/ipvlan network whose mode keeps them apart (private, vepa). */
  | {
      readonly code: 'siblings-isolated'
      readonly params: {
        readonly network: Ref
        readonly driver: string
        readonly mode: string
        readonly flag: string | null
      }
    }

export type BlockerCode = Blocker['code']

export function ref(x: Container | Network): Ref {
  return { id: x.id, name: x.name }
}
