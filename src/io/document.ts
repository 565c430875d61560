/**
 * The saved document: a versioned envelope around the world and the canvas layout
 * (architecture.md, "serialize purely, restore defensively"). `toDocument` is pure; reading
 * one back is read.ts's work, loaded when a document is first opened.
 */
import type { Container, Host, Network, Topology, Volume } from '../engine'
import type { Layout } from './restore'
import { isEmptyKept, type ComposeKept } from './compose/kept-data'

export type { Layout, Restored } from './restore'
export type { Damage, ReadProblem, RecordKind, RecordPart, Repair, Where } from './read-problem'

export const DOCUMENT_FORMAT = 'docknet'
/** Version 2 saves a container's networkMode as a union (`{ kind, ref }`), not Docker's string. */
export const DOCUMENT_VERSION = 2

export interface DocknetDocument {
  readonly format: typeof DOCUMENT_FORMAT
  readonly version: number
  readonly currentHost: string
  readonly topology: {
    readonly seq: number
    readonly settings: Topology['settings']
    readonly hosts: readonly Host[]
    readonly networks: readonly Network[]
    readonly containers: readonly Container[]
    readonly volumes: readonly Volume[]
  }
  readonly layout: Layout
  /** What imported compose files said that Docknet does not simulate (compose/kept.ts). */
  readonly compose?: ComposeKept
}

/** The document for a world and its layout: plain JSON, records in creation order. */
export function toDocument(
  t: Topology,
  currentHost: string,
  layout: Layout,
  compose: ComposeKept | null = null,
): DocknetDocument {
  return {
    format: DOCUMENT_FORMAT,
    version: DOCUMENT_VERSION,
    currentHost,
    topology: {
      seq: t.seq,
      settings: t.settings,
      hosts: [...t.hosts.values()],
      networks: [...t.networks.values()],
      containers: [...t.containers.values()],
      volumes: [...t.volumes.values()],
    },
    layout,
    ...(compose && !isEmptyKept(compose) ? { compose } : {}),
  }
}

export function toJson(
  t: Topology,
  currentHost: string,
  layout: Layout,
  compose: ComposeKept | null = null,
): string {
  return `${JSON.stringify(toDocument(t, currentHost, layout, compose), null, 2)}\n`
}
