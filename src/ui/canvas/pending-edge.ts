/**
 * The edge a user just drew, shown at once while Docker makes it. Drawing an edge may mean
 * making a container again (`--link`, `--net=container:`, a mount): at 500 containers that
 * transaction and the canvas it changes take longer than a frame, and the line the user let
 * go of would vanish until they are done. So the edge is drawn in the release's frame, as
 * being made, and the gesture runs after that paint; the world's own edge replaces it (or
 * Docker's refusal removes it, with its toast).
 */
import { parseNodeId, type ContainerEdgeMode, type EdgeKind, type FlowEdge } from '../../store'

/** The kind of edge a gesture between these cards makes, or null when it makes none. */
function kindBetween(source: string, target: string, mode: ContainerEdgeMode): EdgeKind | null {
  const kinds = [parseNodeId(source).kind, parseNodeId(target).kind]
  if (source === target || !kinds.includes('container')) return null
  const other = kinds[0] === 'container' ? kinds[1] : kinds[0]
  switch (other) {
    case 'network':
      return 'network'
    case 'volume':
      return 'volume'
    case 'host':
      return 'ambassador'
    case 'container':
      return mode
    default:
      return null
  }
}

export function pendingEdge(
  source: string,
  target: string,
  mode: ContainerEdgeMode,
): FlowEdge | null {
  const kind = kindBetween(source, target, mode)
  if (!kind) return null
  return {
    id: `pending:${source}->${target}`,
    type: 'docknet',
    source,
    target,
    data: { kind, label: '' },
    className: 'dn-pending',
    selectable: false,
    focusable: false,
    deletable: false,
  }
}

/** Runs `work` in a task after the next frame is painted. */
export function afterPaint(work: () => void): void {
  requestAnimationFrame(() => setTimeout(work, 0))
}
