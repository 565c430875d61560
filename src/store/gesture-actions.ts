/**
 * The canvas's gestures as transactions of docker commands: a drop, a deletion, an edge drawn,
 * the container form, copy and paste, a card moved to another host. Each is one undo step;
 * Docker's refusal changes nothing; what a gesture made lands where the gesture put it.
 */
import type { AppState } from './app-state'
import { hostCards, overlapping, placeBeside } from './document-view'
import type { EdgeGesture } from './edge-gestures'
import type { XY } from './flow-mapping'
import { deleteCommands, dropCommands } from './gestures'
import { containerOf, nodeId, parseNodeId } from './ids'
import { insideHost } from './node-changes'
import type { Annotations, Change, Placing } from './transact'
import type * as RecreateGesturesModule from './recreate-gestures'

type RecreateGestures = typeof RecreateGesturesModule
let recreateGestures: RecreateGestures | undefined

/**
 * Edges and form edits that recreate containers: they load after the first paint (first-paint
 * budget; `warmUp`) or on first use. Network attachments go the same way, so every drawn edge
 * is handled in one place. Once loaded, the module itself is returned, not a promise: awaiting
 * even a settled import() let the browser paint a frame before the gesture ran (40 ms more to
 * a rename at 500 containers; bench:ui).
 */
export const loadRecreateGestures = (): RecreateGestures | Promise<RecreateGestures> =>
  recreateGestures ?? import('./recreate-gestures').then((m) => (recreateGestures = m))

export interface GestureKit {
  get(): AppState
  set(partial: Partial<AppState>): void
  transact(change: Change, annotations: Annotations): Promise<boolean>
}

type GestureActions = Pick<
  AppState,
  | 'runGesture'
  | 'drop'
  | 'remove'
  | 'connect'
  | 'editContainer'
  | 'editEdge'
  | 'renameNetwork'
  | 'renameVolume'
  | 'copy'
  | 'paste'
  | 'moveToHost'
  | 'duplicate'
>

/** What a drop made sits where it was dropped (its top-left corner near the pointer). */
function atDropPoint(at: XY) {
  return ({ nodes, before, positions: placed }: Placing) => {
    const existed = new Set(before.map((n) => n.id))
    const positions: Record<string, XY> = {}
    const taken = new Map<string, ReturnType<typeof hostCards>>()
    for (const n of nodes) {
      if (existed.has(n.id)) continue
      // A new host's own bridge keeps its default place inside it.
      if (n.parentId && !existed.has(n.parentId)) continue
      const host = n.parentId ? nodes.find((p) => p.id === n.parentId) : undefined
      if (!host) {
        positions[n.id] = at
        continue
      }
      // At the drop point, or beside it when a card is there (a container dropped onto the
      // network it joins lands next to that network's card, not over it).
      const cards = taken.get(host.id) ?? hostCards(before, placed, host.id)
      taken.set(host.id, cards)
      const spot = insideHost(n.id, {
        x: at.x - host.position.x - 24,
        y: at.y - host.position.y - 14,
      })
      const [box = { ...spot, width: 0, height: 0 }] = hostCards([n], { [n.id]: spot }, host.id)
      const free = !cards.some((c) => overlapping(c, box))
      positions[n.id] = free ? spot : placeBeside(box, cards)
      if (free) cards.push(box)
    }
    return positions
  }
}

/**
 * A card made again under a new id (a renamed network or volume) takes the place of the card
 * it replaces, and stays selected: the inspector follows it.
 */
function inPlaceOf(old: string, made: (p: Placing) => string | null): Partial<Annotations> {
  return {
    place: (p) => {
      const id = made(p)
      const at = p.before.find((n) => n.id === old)?.position
      return id && at ? { [id]: at } : {}
    },
    select: (p) => {
      const id = made(p)
      return id ? [id] : []
    },
  }
}

/** Copies sit beside their originals, on no other card. */
function besideOriginals(made: readonly { from: string; name: string; host: string }[]) {
  return ({ before, positions, effects }: Placing) => {
    const moved: Record<string, XY> = {}
    const taken = new Map<string, ReturnType<typeof hostCards>>()
    for (const m of made) {
      const copy = effects.created.find((c) => c.host === m.host && c.name === m.name)
      const original = before.find((n) => n.id === nodeId.container(m.from))
      if (!copy || !original) continue
      const host = nodeId.host(m.host)
      const cards = taken.get(host) ?? hostCards(before, positions, host)
      taken.set(host, cards)
      const [from] = hostCards([original], positions, host)
      if (from) moved[nodeId.container(copy.id)] = placeBeside(from, cards)
    }
    return moved
  }
}

export function gestureActions({ get, set, transact }: GestureKit): GestureActions {
  /** Runs the commands a recreating gesture built, or says why it cannot be done. */
  const attempt = async (
    g: EdgeGesture | null,
    more: Partial<Annotations> = {},
  ): Promise<boolean> => {
    if (!g) return false
    if (!g.ok) {
      set({ toast: { kind: 'error', said: g.refusal } })
      return false
    }
    return g.lines.length === 0 || run(g.lines, more)
  }
  const run = (lines: readonly string[], more: Partial<Annotations> = {}) =>
    transact(
      { commands: lines },
      { label: lines.join(' && '), userEvent: 'gesture', atomic: true, ...more },
    )

  return {
    runGesture: (...lines) => run(lines),

    async drop(item, under, at) {
      const { shell } = get()
      const lines = dropCommands(shell.topology, shell.currentHost, item, under)
      return (await run(lines, at ? { place: atDropPoint(at) } : {})) && !!at
    },

    async remove(nodeIds, edgeIds) {
      const { shell } = get()
      if (nodeIds.some((id) => parseNodeId(id).kind === 'host'))
        set({ toast: { kind: 'info', text: 'Hosts stay: remove their containers instead.' } })
      const lines = deleteCommands(shell.topology, shell.currentHost, nodeIds, edgeIds)
      if (lines.length > 0) return void run(lines)
      // An edge Docker sets at create (one at a time: its container is made again).
      const [only] = edgeIds
      if (nodeIds.length > 0 || !only) return
      const { removeEdgeGesture } = await loadRecreateGestures()
      await attempt(removeEdgeGesture(shell.topology, shell.currentHost, only))
    },

    async connect(source, target) {
      if (!source || !target) return
      const { edgeGesture } = await loadRecreateGestures()
      const { shell, edgeMode } = get()
      await attempt(edgeGesture(shell.topology, shell.currentHost, source, target, edgeMode))
    },

    async renameNetwork(networkId, name, subnet) {
      const { renameNetworkGesture } = await loadRecreateGestures()
      const { shell } = get()
      const old = shell.topology.networks.get(networkId)
      const g = renameNetworkGesture(shell.topology, shell.currentHost, networkId, name, subnet)
      // The network made again has a new id: the one of that name in the same place.
      const made = ({ shell: after }: Placing) => {
        const n = [...after.topology.networks.values()].find(
          (n) => n.name === name.trim() && n.host === old?.host,
        )
        return n ? nodeId.network(n.id) : null
      }
      return attempt(g, inPlaceOf(nodeId.network(networkId), made))
    },

    async renameVolume(key, name) {
      const { renameVolumeGesture } = await loadRecreateGestures()
      const { shell } = get()
      const v = shell.topology.volumes.get(key)
      const g = renameVolumeGesture(shell.topology, shell.currentHost, key, name)
      if (!v) return attempt(g)
      const made = () => nodeId.volume(v.host, name.trim())
      return attempt(g, inPlaceOf(nodeId.volume(v.host, v.name), made))
    },

    async editEdge(id, edit) {
      const { editEdgeGesture } = await loadRecreateGestures()
      const { shell } = get()
      return attempt(editEdgeGesture(shell.topology, shell.currentHost, id, edit))
    },

    async editContainer(id, form) {
      const { editCommands } = await loadRecreateGestures()
      const { shell } = get()
      // A new name and a recreate at once: the container made under the new name is this one.
      const recreates = [{ from: id, name: form.name.trim() }]
      return attempt(editCommands(shell.topology, shell.currentHost, id, form), { recreates })
    },

    copy() {
      const { nodes, shell, selection } = get()
      const picked = nodes.filter((n) => n.selected).map((n) => n.id)
      const ids = (picked.length > 0 ? picked : selection ? [selection] : []).flatMap(
        (id) => containerOf(id) ?? [],
      )
      if (ids.length > 0) set({ clipboard: { topology: shell.topology, ids } })
    },

    async paste() {
      const clip = get().clipboard
      if (!clip) return false
      const { copyCommands } = await loadRecreateGestures()
      const { shell } = get()
      // Only the copied containers that still exist can be copied again.
      const ids = clip.ids.filter((id) => shell.topology.containers.has(id))
      const copies = copyCommands(shell.topology, shell.currentHost, ids)
      if (copies.lines.length === 0) return false
      return run(copies.lines, {
        place: besideOriginals(copies.made),
        // The copies become the selection.
        select: ({ effects }) => effects.created.map((c) => nodeId.container(c.id)),
      })
    },

    async moveToHost(id, host, at) {
      const { moveCommands } = await loadRecreateGestures()
      const { shell } = get()
      const place = ({ effects }: Placing) => {
        const moved = effects.created.find((c) => c.host === host)
        return moved ? { [nodeId.container(moved.id)]: at } : {}
      }
      return attempt(moveCommands(shell.topology, shell.currentHost, id, host), { place })
    },

    async duplicate() {
      get().copy()
      return get().paste()
    },
  }
}
