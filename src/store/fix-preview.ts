/**
 * A fix previewed on the canvas before it is applied: the world after its commands, run in
 * memory, compared with the one drawn. What it adds (a network, a container, an attachment, a
 * link) is drawn as ghosts; the cards it makes again (a container recreated with a new flag
 * keeps its name, not its id) are marked changed where they stand; the edges it takes away are
 * marked gone. Loaded with the first preview.
 */
import type { FixRule } from '../cli/fix-rule'
import type { Topology } from '../engine'
import type { AppState, Cli } from './app-state'
import type { viewOf } from './document-view'
import type { topologyEdges } from './flow-edges'
import type { FlowEdge, FlowNode } from './flow-mapping'
import { nodeId, parseNodeId } from './ids'

export interface PreviewKit {
  get(): AppState
  set(partial: Partial<AppState>): void
  withCli(work: (cli: Cli) => void): void
  /** The first paint's own view code, handed over rather than imported into this chunk. */
  readonly viewOf: typeof viewOf
  readonly topologyEdges: typeof topologyEdges
}

/**
 * Runs `commands` in memory on the world drawn and previews what they change; false (Docker's
 * refusal shown) when one is refused.
 */
export function previewFix(
  { get, set, withCli, viewOf, topologyEdges }: PreviewKit,
  commands: readonly string[],
  rule: FixRule,
): Promise<boolean> {
  return new Promise((resolve) =>
    withCli((cli) => {
      const drawn = get()
      let after = drawn.shell
      for (const line of commands) {
        const r = cli.execute(after, line)
        if (r.output.exitCode !== 0) {
          set({ toast: { kind: 'error', text: r.output.stderr.trim() } })
          return resolve(false)
        }
        after = r.state
      }
      const view = viewOf(after, drawn.positions, drawn.sizes, drawn.nodes)
      // Not edgesOf: the canvas's own edges keep their objects from one edit to the next.
      const made = {
        topology: after.topology,
        nodes: view.nodes,
        edges: topologyEdges(after.topology),
      }
      // Only if nothing changed meanwhile (the CLI loading). A trace shown goes: its banner and
      // the preview's would stack, and its marks would mix with the ghosts.
      if (get().shell === drawn.shell) {
        if (get().trace) get().clearTrace()
        set({
          preview: previewOf({ ...drawn, topology: drawn.shell.topology }, made, rule, commands),
        })
      }
      resolve(true)
    }),
  )
}

export interface FixPreview {
  /** What the fix does, as data: the banner words it in the interface's language. */
  readonly rule: FixRule
  readonly commands: readonly string[]
  /** The world previewed against: the preview shows only while it is the world drawn. */
  readonly topology: Topology
  /** Ghost cards, for what the fix adds. */
  readonly nodes: readonly FlowNode[]
  /** Ghost edges, for the attachments, links and mounts the fix adds. */
  readonly edges: readonly FlowEdge[]
  /** Cards the fix makes again or changes. */
  readonly changed: ReadonlySet<string>
  /** Edges the fix takes away. */
  readonly gone: ReadonlySet<string>
}

/** A world and its cards and edges as the canvas would draw them. */
export interface Drawn {
  readonly topology: Topology
  readonly nodes: readonly FlowNode[]
  readonly edges: readonly FlowEdge[]
}

/**
 * `after` (drawn with the positions of `drawn`: the store computes both views, whose code is
 * the first paint's) compared with `drawn`.
 */
export function previewOf(
  drawn: Drawn,
  after: Drawn,
  rule: FixRule,
  commands: readonly string[],
): FixPreview {
  const before = drawn.topology
  const now = after.topology
  // A recreated container: the same name on the same host, under a new id.
  const sameAs = new Map<string, string>()
  const changed = new Set<string>()
  const added = new Set<string>()
  for (const c of now.containers.values()) {
    const was = before.containers.get(c.id)
    if (was) {
      if (was !== c) changed.add(nodeId.container(c.id))
      continue
    }
    const old = [...before.containers.values()].find(
      (o) => o.host === c.host && o.name === c.name && !now.containers.has(o.id),
    )
    if (old) {
      sameAs.set(nodeId.container(c.id), nodeId.container(old.id))
      changed.add(nodeId.container(old.id))
    } else added.add(nodeId.container(c.id))
  }
  for (const n of now.networks.values())
    if (!before.networks.has(n.id)) added.add(nodeId.network(n.id))
  for (const v of now.volumes.values())
    if (![...before.volumes.values()].some((o) => o.host === v.host && o.name === v.name))
      added.add(nodeId.volume(v.host, v.name))

  const ghosts = after.nodes
    .filter((n) => added.has(n.id))
    .map((n): FlowNode => ({
      ...n,
      id: `ghost:${n.id}`,
      type: 'ghost',
      data: { ...n.data, label: labelOf(now, n.id) },
      selectable: false,
      draggable: false,
      connectable: false,
      focusable: false,
      className: 'dn-ghost',
    }))
  const mapped = (id: string) => sameAs.get(id) ?? (added.has(id) ? `ghost:${id}` : id)
  const key = (e: FlowEdge, end: (id: string) => string) =>
    `${e.data?.kind}|${end(e.source)}|${end(e.target)}|${e.data?.label}`
  const wasDrawn = new Set(drawn.edges.map((e) => key(e, (id) => id)))
  const afterEdges = after.edges
  const willBe = new Set(afterEdges.map((e) => key(e, mapped)))
  const edges = afterEdges
    .filter((e) => !wasDrawn.has(key(e, mapped)))
    .map((e): FlowEdge => ({
      ...e,
      id: `ghost:${e.id}`,
      source: mapped(e.source),
      target: mapped(e.target),
      selectable: false,
      focusable: false,
      className: 'dn-ghost',
    }))
  const gone = new Set(drawn.edges.filter((e) => !willBe.has(key(e, (id) => id))).map((e) => e.id))
  return { rule, commands, topology: before, nodes: ghosts, edges, changed, gone }
}

/** What a ghost card names (the card says its kind in the interface's language). */
function labelOf(t: Topology, id: string): string {
  const ref = parseNodeId(id)
  if (ref.kind === 'container') return t.containers.get(ref.id)?.name ?? ''
  if (ref.kind === 'network') return t.networks.get(ref.id)?.name ?? ''
  if (ref.kind === 'volume') return ref.id.split('/').slice(1).join('/')
  return ref.id
}
