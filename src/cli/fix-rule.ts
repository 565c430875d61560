/**
 * What a fix does, as data: the reach fixes' rules (fixes.ts), the refused commands' (refusal-
 * fixes.ts) and the diagnostics' notes' (store/note-fixes.ts). fix-text.ts words them in English,
 * as the terminal prints them; the interface words them in its language (fix-text.zh.ts).
 */

/** The rule a reach fix meets. */
export type FixKind =
  | { readonly kind: 'start'; readonly container: string }
  | {
      readonly kind: 'link'
      readonly from: string
      readonly target: string
      readonly alias: string
    }
  | { readonly kind: 'connect'; readonly network: string; readonly container: string }
  | {
      readonly kind: 'new-network'
      readonly network: string
      readonly containers: readonly string[]
    }
  | {
      readonly kind: 'add-host'
      readonly from: string
      readonly name: string
      readonly host: string
      readonly address: string
      readonly publish: number | null
      /** The name leads to another host (true), or the client's host resolves no names. */
      readonly across: boolean
    }

/** What a fix for a refused command does before it runs the command again. */
export type RefusalFixKind =
  | { readonly kind: 'rename-holder'; readonly holder: string }
  | { readonly kind: 'remove-holder'; readonly holder: string }
  | { readonly kind: 'start-link-child'; readonly child: string }
  | { readonly kind: 'start-then-again'; readonly container: string }
  | { readonly kind: 'stop-then-remove'; readonly container: string }
  | {
      readonly kind: 'disconnect-then-remove'
      readonly network: string
      readonly members: readonly string[]
    }
  | { readonly kind: 'remove-volume-users'; readonly users: readonly string[] }
  | { readonly kind: 'send-to-host'; readonly host: string; readonly container: string }
  | { readonly kind: 'publish-other-port'; readonly port: number; readonly host: string }
  | {
      readonly kind: 'stop-port-holder'
      readonly holder: string
      readonly port: number
      /** The container left created by the refused run, started after (null: run it again). */
      readonly start: string | null
    }
  | {
      readonly kind: 'static-ip-network'
      readonly network: string
      readonly subnet: string
      /** The address, when the subnet is not the address's own (it overlaps a network there). */
      readonly moved: string | null
    }

/** What a fix for a problem the diagnostics note does. */
export type NoteFixKind =
  | { readonly kind: 'remove-volume'; readonly volume: string }
  | { readonly kind: 'start-stopped'; readonly container: string }
  | { readonly kind: 'restart-link-env'; readonly container: string; readonly alias: string }
  | {
      readonly kind: 'free-lan-address'
      readonly container: string
      readonly address: string
      readonly network: string
    }

export type FixRule = FixKind | RefusalFixKind | NoteFixKind
