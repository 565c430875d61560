/**
 * What a diagnostic says, as data: the kind of problem and the names, addresses and Docker's
 * own error text it is about. The views word it in the interface's language
 * (diagnostic-text.ts, diagnostic-text.zh.ts); Docker's error text is quoted as Docker prints it.
 */
import type { Blocker, Container } from '../engine'

export type DiagnosticFact =
  /** Not running; `docker start` would succeed. */
  | {
      readonly kind: 'stopped'
      readonly container: string
      readonly state: Exclude<Container['state'], 'running'>
    }
  /** Not running, and `docker start` would be refused with Docker's `error`. */
  | { readonly kind: 'start-refused'; readonly container: string; readonly error: string }
  /** A link whose child was removed: a restart fails with `error` (null: no such container). */
  | {
      readonly kind: 'link-removed'
      readonly container: string
      readonly target: string
      readonly alias: string
      readonly error: string | null
    }
  | {
      readonly kind: 'link-stopped'
      readonly container: string
      readonly child: string
      readonly alias: string
    }
  | {
      readonly kind: 'link-env-stale'
      readonly container: string
      readonly child: string
      readonly was: string
      readonly now: string
    }
  | { readonly kind: 'join-stopped'; readonly container: string; readonly donor: string }
  | {
      readonly kind: 'ambassador-dead'
      readonly container: string
      readonly listen: number
      readonly targetIp: string
      readonly targetPort: number
      readonly blocker: Blocker
    }
  | {
      readonly kind: 'lan-clash'
      readonly container: string
      readonly ip: string
      readonly driver: string
      readonly network: string
      /** Who else holds the address on the LAN: a host, or a container on another host. */
      readonly other:
        { readonly host: string } | { readonly container: string; readonly host: string }
    }
  | { readonly kind: 'volume-unused'; readonly volume: string; readonly host: string }
