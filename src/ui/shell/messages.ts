/**
 * The words of what the first paint shows (palette, canvas, cards, legend, inspector's intro,
 * terminal, toasts, save status): English, Chinese on demand (i18n/catalog.ts). Docker's own
 * words on the cards (`--link`, `-p`, image names) are not translated.
 */
import type { AriaLabelConfig } from '@xyflow/react'
import type { SaveFailure } from '../../io/browser/autosave'
import { defineMessages, type MessageBundle } from '../i18n/catalog'
import { meaningText, SCENARIOS, type EdgeMeaning } from '../../store'

const titleOf = (id: string) => SCENARIOS.find((s) => s.id === id)

/** Why a save failed, in English; the browser's own message is quoted as it says it. */
function failureText(r: SaveFailure): string {
  switch (r.kind) {
    case 'storage-full':
      return "the browser's storage for this site is full"
    case 'unreadable':
      return `the browser's storage cannot be read (${r.detail})`
    case 'error':
      return r.detail
  }
}

const en = {
  palette: 'Palette',
  add: (p: { what: string }) => `Add ${p.what} (or drag it onto the canvas)`,
  host: 'Host',
  bridge: 'Bridge network',
  overlay: 'Overlay network',
  macvlan: 'Macvlan network',
  ipvlan: 'Ipvlan network',
  parent: 'parent',
  parentLabel: 'Parent interface of macvlan and ipvlan networks',
  volume: 'Volume',
  containerToContainer: 'Container → container',
  hintLink: 'the source gets --link target',
  hintJoined: 'the source joins the target’s namespace',
  hintVolumesFrom: 'the source mounts the target’s volumes',
  dragHint:
    'Drag from a container’s top handle to a network, volume, container or (ambassadors) a host.',
  containers: 'Containers',
  imageLabel: 'Image for a new container',
  imagePlaceholder: 'any image, e.g. alpine:3.20',
  inspector: 'Inspector',
  intro:
    'Select a container to see its /etc/hosts, environment, DNS answers and who it can reach; a host for its daemon and published ports; a network for its members; a volume for who mounts it.',
  example: 'Example',
  exampleTitle: (p: { id: string }) => titleOf(p.id)?.title ?? p.id,
  exampleLesson: (p: { id: string }) => titleOf(p.id)?.lesson ?? '',
  terminal: 'Terminal',
  terminalOutput: 'Terminal output',
  terminalHeight: 'Terminal height',
  walk: 'Walk',
  why: 'Why?',
  dockerCommand: 'docker command',
  opening: 'Opening your diagram…',
  dismiss: 'Dismiss',
  close: 'Close',
  notSaved: (p: { reason: SaveFailure }) => `Not saved: ${failureText(p.reason)}.`,
  saveAsFile: 'Save as file',
  otherTabSaved: 'Another tab saved this diagram.',
  reload: 'Reload',
  keepThisTab: 'Keep this tab’s',
  notSavedHere: (p: { reason: SaveFailure }) =>
    `Not saved in this browser: ${failureText(p.reason)}. Save it as a file to keep it.`,
  otherTabToast:
    'Another tab saved this diagram. This tab no longer saves over it: its changes go to Recent diagrams.',
  couldNotDraw: 'Docknet could not draw this diagram',
  savedNotOpened: 'The diagram saved in this browser could not be opened',
  recoveryNote:
    'Nothing has been deleted. Download the diagram as a file to keep it, then start a fresh one; it also stays under Recent diagrams in this browser.',
  downloadDiagram: 'Download the diagram',
  startFresh: 'Start fresh',
  saving: 'Saving…',
  saved: 'Saved',
  canvasArea: 'Canvas',
  canvas: 'Topology canvas',
  showMinimap: 'Show minimap',
  hideMinimap: 'Hide minimap',
  minimap: 'Minimap',
  edges: 'Edges',
  edgeMeaning: (p: { meanings: readonly EdgeMeaning[] }) => p.meanings.map(meaningText).join('; '),
  hostWord: 'host',
  cardHost: 'host (one Docker daemon)',
  cardNetwork: 'network',
  cardContainer: 'container',
  cardVolume: 'volume',
  running: 'running (Up)',
  created: 'created, not started',
  exited: 'exited (stopped)',
  legend: 'Legend',
  foldLegend: 'Fold the legend',
  showLegend: 'Show the legend',
  edgeNetwork: 'network attachment',
  edgeLink: '--link (legacy)',
  edgeVolume: 'volume mount',
  edgeVolumesFrom: '--volumes-from',
  edgeJoined: '--net=container:',
  edgeAmbassador: 'ambassador forward',
}

export type ShellMessages = typeof en

export const shellMessages: MessageBundle<ShellMessages> = defineMessages(en, () =>
  import('./messages.zh').then((m) => m.zh),
)

let flowLabelsZh: Promise<Partial<AriaLabelConfig>> | null = null
/** React Flow's own words in Chinese (its English ones are its defaults), loaded once. */
export const chineseFlowLabels = () =>
  (flowLabelsZh ??= import('./messages.zh').then((m) => m.flowLabels))
