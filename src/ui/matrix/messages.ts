/** The reachability matrix's words: English, Chinese on demand (i18n/catalog.ts). */
import { defineMessages, type MessageBundle } from '../i18n/catalog'

const en = {
  title: 'Reachability matrix',
  legend: 'Each row tries to reach each column.',
  legendByName: 'by name,',
  legendByIp: 'by IP address only,',
  legendUnreachable: 'unreachable;',
  legendPorts: 'of the column’s ports open.',
  noContainer: 'No container yet.',
  columns: 'columns: reached →',
  rows: 'rows: reaching ↓',
  host: (p: { host: string }) => `host ${p.host}`,
  entry: (p: { name: string; host: string; running: boolean }) =>
    `${p.name} on ${p.host}${p.running ? '' : ' (not running)'}`,
  cell: (p: { from: string; to: string; reachable: boolean }) =>
    `${p.from} ${p.reachable ? 'reaches' : 'does not reach'} ${p.to}`,
  proof: 'Proof',
  verdict: (p: { from: string; to: string; reachable: boolean; byName: boolean }) =>
    `${p.from} ${p.reachable ? 'reaches' : 'does not reach'} ${p.to}${p.reachable && !p.byName ? ' by IP address only' : ''}`,
  portsOf: (p: { name: string }) => `Ports of ${p.name}`,
  routes: 'Routes',
  showPath: 'Show the path on the canvas',
  show: (p: { name: string }) => `Show ${p.name}`,
  pickCell: 'Pick a cell to see how the row container reaches the column container, or why not.',
}

export type MatrixMessages = typeof en

export const matrixMessages: MessageBundle<MatrixMessages> = defineMessages(en, () =>
  import('./messages.zh').then((m) => m.zh),
)
