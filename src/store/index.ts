/** The store's door: the app store, its types, and the memoised views. */
export {
  appStore,
  createDocknetStore,
  type AppState,
  type AppStore,
  type Fix,
  type RefusalFix,
  type InspectorTab,
  type TranscriptEntry,
  type Toast,
} from './store'
export { nodeId, parseNodeId, containerOf, edgeId, parseEdgeId } from './ids'
export { cardView, type CardLine, type CardView } from './card-view'
export { meaningText, type EdgeMeaning } from './edge-meaning'
export {
  hostMinWidth,
  LAYOUT,
  type EntityRef,
  type FlowEdge,
  type FlowNode,
  type EdgeKind,
  type EdgeData,
} from './flow-mapping'
export {
  containerFact,
  containerView,
  overlayVerdict,
  reachRow,
  hostView,
  networkView,
  volumeView,
  type ContainerFacts,
  type ContainerView,
  type HostView,
  type NetworkView,
  type VolumeView,
} from './views'
export type { PaletteItem } from './gestures'
export type { ContainerEdgeMode } from './edge-gestures'
export type { Trace } from './trace'
/** The engine's words for reach verdicts and blockers, for the views that show them. */
export type { ContainerForm } from './edit-gestures'
export type { EdgeEdit } from './edge-edits'
/** The examples' titles; their scripts load with the first one opened (store's loadExample). */
export { SCENARIO_TITLES as SCENARIOS, type ScenarioTitle as Scenario } from '../scenarios/titles'
/** A transcript entry's two streams, in the order a terminal shows them. */
export { chunksOf } from '../cli/chunks'
export type { GestureRefusal, Tie } from './gesture-refusal'
export type { PasteSaid } from './paste-said'
export type { HistorySaid, Made } from './made'
export type { DocumentSaid } from './document-said'
export type { Damage, ReadProblem, RecordKind, Repair, Where } from '../io'
export type { ShareProblem } from '../io/share'
export type { ToastSaid } from './app-state'
