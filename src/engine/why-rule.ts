/**
 * Why Docker refused a command (refusal-why.ts), or why a problem the diagnostics note is one
 * (note-why.ts), as data: the rule that decided, with the names, addresses and states that
 * show it, and the records that show it. The prose words them (why-rule-text.ts, and its
 * Chinese); records Docker prints (a `docker ps -a` line, an /etc/hosts line) stay strings.
 */
import type { ContainerState } from './model'

export type WhyRule =
  | {
      readonly kind: 'name-in-use'
      readonly host: string
      readonly name: string
      readonly holderState: ContainerState | null
    }
  | { readonly kind: 'link-not-running'; readonly child: string }
  | {
      readonly kind: 'link-target-missing'
      readonly host: string
      readonly ref: string
      /** A container of that name runs on another host. */
      readonly elsewhere: boolean
    }
  | { readonly kind: 'link-without-network' }
  | { readonly kind: 'publish-joined' }
  | { readonly kind: 'join-not-running'; readonly donor: string; readonly state: string }
  | {
      readonly kind: 'port-allocated'
      readonly host: string
      readonly hostIp: string
      readonly port: number
      /** The container whose docker-proxy holds it, when it is one. */
      readonly holder: string | null
    }
  | {
      readonly kind: 'exec-not-running'
      readonly container: string
      readonly state: ContainerState | null
    }
  | { readonly kind: 'remove-running'; readonly ref: string }
  | { readonly kind: 'network-in-use' }
  | { readonly kind: 'volume-in-use' }
  | { readonly kind: 'static-ip-default' }
  | { readonly kind: 'static-ip-no-subnet' }
  | {
      readonly kind: 'other-host'
      readonly host: string
      readonly ref: string
      readonly hosts: readonly string[]
    }
  | { readonly kind: 'volume-unused'; readonly volume: string; readonly host: string }
  | { readonly kind: 'never-started'; readonly container: string }
  | { readonly kind: 'stopped'; readonly container: string }
  | {
      readonly kind: 'link-env-stale'
      readonly parent: string
      readonly child: string
      readonly alias: string
      readonly was: string
      readonly now: string
      /** The container that holds the old address now. */
      readonly reused: string | null
    }
  | {
      readonly kind: 'lan-clash'
      readonly container: string
      readonly host: string
      readonly driver: string
      readonly network: string
      readonly holder: LanHolder
    }

/** Who else holds a LAN address: a host (its own address), or a container (null: gone). */
export type LanHolder =
  | { readonly host: string; readonly ip: string }
  | { readonly container: string | null; readonly on: string | null; readonly ip: string }

/** A record that shows a rule: as Docker prints it (a string), or a fact the prose words. */
export type WhyEvidence =
  | string
  | { readonly kind: 'attached'; readonly network: string; readonly endpoints: string }
  | { readonly kind: 'runs-on'; readonly container: string; readonly host: string }
  | { readonly kind: 'holds-now'; readonly container: string; readonly ip: string }
  | {
      readonly kind: 'lan-address'
      readonly container: string
      readonly host: string
      readonly ip: string
      readonly network: string
      readonly subnet: string
    }
  | { readonly kind: 'lan-holder'; readonly holder: LanHolder }

export interface RefusalWhy {
  readonly rule: WhyRule
  readonly evidence: readonly WhyEvidence[]
}
