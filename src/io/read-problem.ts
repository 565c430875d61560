/**
 * Why a document could not be read, or what was defaulted while reading it, as data: the
 * interface words it in its language (ui/said/read-text.ts). No sentence is written here.
 */

/** The kinds of top-level record a document lists. */
export type RecordKind = 'host' | 'network' | 'container' | 'volume'

/** A part of a record a note or a refusal points at (a host's daemon, a container's mount). */
export type RecordPart =
  | { readonly part: 'daemon' }
  | { readonly part: 'endpoint' }
  | { readonly part: 'kept-config' }
  | { readonly part: 'link' }
  | { readonly part: 'mount'; readonly destination: string }

/**
 * A record of a document: its kind and name (or its place in the list, `#2`, when it has no
 * name), and the part of it meant, if any.
 */
export interface Where {
  readonly kind: RecordKind
  readonly name: string
  readonly in?: RecordPart
}

/** Why a document is damaged beyond repair: a record or one of Docker's invariants. */
export type Damage =
  | { readonly code: 'no-topology' }
  | { readonly code: 'no-list'; readonly key: string }
  | { readonly code: 'invalid-field'; readonly where: Where; readonly key: string }
  | { readonly code: 'listed-twice'; readonly kind: RecordKind }
  | { readonly code: 'not-a-record'; readonly kind: RecordKind; readonly index: number }
  | { readonly code: 'no-host' }
  | {
      readonly code: 'unknown-host'
      readonly kind: 'network' | 'container' | 'volume'
      readonly name: string
    }
  | { readonly code: 'twin-networks'; readonly name: string }
  | { readonly code: 'no-default-bridge'; readonly host: string }
  | { readonly code: 'bad-name'; readonly kind: 'container' | 'volume'; readonly name: string }
  | { readonly code: 'twin-containers'; readonly host: string; readonly name: string }
  | { readonly code: 'unknown-network'; readonly container: string }
  | { readonly code: 'links-itself'; readonly container: string }
  | { readonly code: 'missing-volume'; readonly container: string; readonly volume: string }
  | { readonly code: 'joins-itself'; readonly container: string }

/** Why a document was refused. */
export type ReadProblem =
  | { readonly code: 'too-large'; readonly chars: number; readonly limit: number }
  | { readonly code: 'mermaid-not-ours' }
  | { readonly code: 'picture-not-ours'; readonly what: 'drawio' | 'svg' }
  | { readonly code: 'not-json' }
  | { readonly code: 'not-a-document' }
  | { readonly code: 'newer-version'; readonly version: string; readonly reads: number }
  | { readonly code: 'too-many-containers'; readonly count: number; readonly limit: number }
  | { readonly code: 'damaged'; readonly why: Damage }

/** What was missing or damaged in a document and got a default. */
export type Repair =
  | { readonly code: 'field'; readonly where: Where; readonly key: string }
  | { readonly code: 'current-host' }
  | { readonly code: 'id-counter' }
