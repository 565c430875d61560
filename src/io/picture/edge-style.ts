import type { DiagramEdgeKind as EdgeKind } from '../diagram'

/** Colour and dash per edge kind: colour is never the only signal (dashes differ too). */
export const EDGE_STYLE: Record<EdgeKind, { stroke: string; dash?: string }> = {
  network: { stroke: '#059669' },
  link: { stroke: '#2563eb', dash: '6 3' },
  volume: { stroke: '#d97706', dash: '2 3' },
  'volumes-from': { stroke: '#b45309', dash: '8 3 2 3' },
  joined: { stroke: '#7c3aed', dash: '1 4' },
  ambassador: { stroke: '#db2777', dash: '10 4' },
}

/** Relations with a direction (who links to, joins, borrows from, forwards to whom): arrowheads. */
export const DIRECTED: ReadonlySet<EdgeKind> = new Set([
  'link',
  'joined',
  'volumes-from',
  'ambassador',
])

export const arrowId = (kind: EdgeKind) => `dn-arrow-${kind}`
