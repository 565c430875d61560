/**
 * Why Docknet does not turn a canvas gesture into docker commands, as data: the views word it
 * in the interface's language (ui/toast). Docker's own refusals are Docker's, in its words.
 */

/** What ties a container to another, so that removing and making it again would break it. */
export interface Tie {
  /** `other` links to it, shares its namespace, uses its volumes; or it links to `other`... */
  readonly kind:
    'linked-by' | 'joined-by' | 'volumes-used-by' | 'links-to' | 'joins' | 'uses-volumes-of'
  readonly other: string
}

export type GestureRefusal =
  /** Made again for an option Docker sets at creation, but others depend on it. */
  | { readonly code: 'recreate-blocked'; readonly container: string; readonly ties: readonly Tie[] }
  /** An edge from a container to the host it runs on: a forward goes to another host. */
  | { readonly code: 'own-host'; readonly container: string; readonly host: string }
  /** A forward to another host drawn from a container that is no ambassador. */
  | { readonly code: 'not-an-ambassador'; readonly container: string; readonly image: string }
  /** A forward to a host that publishes no TCP port. */
  | { readonly code: 'nothing-published'; readonly host: string }
  /** A mount of a volume of another daemon. */
  | {
      readonly code: 'volume-elsewhere'
      readonly volume: string
      readonly volumeHost: string
      readonly containerHost: string
    }
  /** A move to another host, of a container tied to others on its own. */
  | {
      readonly code: 'move-tied'
      readonly container: string
      readonly toHost: string
      readonly ties: readonly Tie[]
    }
  /** A rename (made again with its members) of a network or volume whose members others need. */
  | {
      readonly code: 'rename-blocked'
      readonly what: 'network' | 'volume'
      readonly ties: readonly { readonly member: string; readonly tie: Tie }[]
    }
  /** A volume renamed to a name another volume of its host has. */
  | { readonly code: 'volume-name-taken'; readonly name: string; readonly host: string }
