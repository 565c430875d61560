/** Each kind of edge's name in the canvas's legend and the exported picture's (shell messages). */
import type { EdgeKind } from '../../store'

export const EDGE_WORD = {
  network: 'edgeNetwork',
  link: 'edgeLink',
  volume: 'edgeVolume',
  'volumes-from': 'edgeVolumesFrom',
  joined: 'edgeJoined',
  ambassador: 'edgeAmbassador',
} as const satisfies Record<EdgeKind, string>
