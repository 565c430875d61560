import { ContainerNode } from './ContainerNode'
import { DocknetEdge } from './DocknetEdge'
import { GhostNode } from './GhostNode'
import { HostNode } from './HostNode'
import { NetworkNode } from './NetworkNode'
import { VolumeNode } from './VolumeNode'

/** Module constants: React Flow must get the same objects on every render (xyflow error002). */
export const nodeTypes = {
  host: HostNode,
  network: NetworkNode,
  container: ContainerNode,
  volume: VolumeNode,
  ghost: GhostNode,
}
export const edgeTypes = { docknet: DocknetEdge }
