import {
  lazy,
  memo,
  Suspense,
  use,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type DragEvent,
} from 'react'
import { Map as MapIcon } from 'lucide-react'
import {
  Background,
  ConnectionMode,
  ControlButton,
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  type Connection,
  type EdgeChange,
  type NodeChange,
  type OnBeforeDelete,
  type OnConnectEnd,
} from '@xyflow/react'
import type { FlowEdge, FlowNode } from '../../store'
import { useAppStore, useLiveNodes } from '../../store/react'
import { readPaletteItem } from '../palette-item'
import { openFile } from '../open-file'
import { ArrowMarkers } from './ArrowMarkers'
import { EdgeLabels } from './EdgeLabels'
import { EdgeList } from './EdgeList'
import { useKeepNewInView } from './keep-in-view'
import { FarContext, MIN_ZOOM, useFar } from './zoom'
import { useOverlayAsk } from './overlay-ask'
import { wordlessEdges } from './edge-words'
import { EdgeNames, EdgeNamingContext, edgeNaming } from './EdgeNames'
import { useLanguage, useT } from '../i18n/language'
import { chineseFlowLabels, shellMessages } from '../shell/messages'
import { RouteWatch } from './route-watch'
import { edgeTypes, nodeTypes } from './node-types'
import { afterPaint, pendingEdge } from './pending-edge'

const DELETE_KEYS = ['Delete', 'Backspace']
/*
 * Props React Flow copies into its store are given the same object on every render: each new
 * one is a store update that runs every node's, edge's and handle's selector (two per drag frame
 * at 500 containers before, a third of the frame's script; bench:ui).
 */
const SNAP_GRID: [number, number] = [8, 8]
/** A small diagram is fitted at its natural size, not blown up (a blank world's host at x2). */
const FIT = { maxZoom: 1 }

/** Containers above which a loaded diagram is first drawn far out (see `fittedLoad`). */
const BIG_DIAGRAM = 60

/** The topology canvas: React Flow over the store's nodes and edges. */
const NONE: never[] = []
/** React Flow's own words as it has them (a value: none would keep the last ones given). */
const FLOW_DEFAULTS = {}

function onDragOver(e: DragEvent) {
  e.preventDefault()
  e.dataTransfer.dropEffect = 'copy'
}

export function Canvas() {
  // Until the saved diagram is open, nothing is drawn (not the empty world first).
  const committed = useAppStore((s) => (s.starting ? NONE : s.nodes))
  const moving = useLiveNodes()
  const nodes = moving ?? committed
  const edges = useAppStore((s) => (s.starting ? NONE : s.edges))
  const [pending, setPending] = useState<FlowEdge | null>(null)
  // A fix previewed against the world drawn: its ghosts over the cards and edges.
  const preview = useAppStore((s) =>
    s.preview && s.preview.topology === s.shell.topology ? s.preview : null,
  )
  const shownNodes = useMemo(
    () => (preview ? [...marked(nodes, preview.changed, 'dn-changed'), ...preview.nodes] : nodes),
    [nodes, preview],
  )
  const shownEdges = useMemo(() => {
    const drawn = pending ? [...edges, pending] : edges
    return preview ? [...marked(drawn, preview.gone, 'dn-gone'), ...preview.edges] : drawn
  }, [edges, pending, preview])
  const [wordless] = useState(wordlessEdges)
  const [naming] = useState(edgeNaming)
  const flowEdges = useMemo(() => wordless(shownEdges), [wordless, shownEdges])
  const onNodesChange = useAppStore((s) => s.onNodesChange)
  const drop = useAppStore((s) => s.drop)
  const connect = useAppStore((s) => s.connect)
  const edgeMode = useAppStore((s) => s.edgeMode)
  const remove = useAppStore((s) => s.remove)
  const select = useAppStore((s) => s.select)
  const selectEdge = useAppStore((s) => s.selectEdge)
  const loads = useAppStore((s) => s.loads)
  const theme = useAppStore((s) => s.theme)
  const t = useT(shellMessages)
  const flowLabels = useLanguage() === 'zh' ? use(chineseFlowLabels()) : FLOW_DEFAULTS
  const zoomedOut = useFar()
  // A big diagram is drawn far-out (name-only cards) until its first fit says otherwise, so
  // it is not built twice (full cards at zoom 1, then compact ones at the fitted zoom).
  const [fittedLoad, setFittedLoad] = useState(-1)
  const big = useAppStore((s) => s.shell.topology.containers.size > BIG_DIAGRAM)
  const far = zoomedOut || (big && fittedLoad !== loads)
  const flow = useReactFlow()
  useKeepNewInView(committed, loads)
  // Far out, cards are name-only: their measured heights say nothing of the hosts' real size.
  const farRef = useRef(far)
  farRef.current = far
  const onChanges = useCallback(
    (changes: NodeChange<FlowNode>[]) => {
      // A previewed fix's ghosts are not the document's: their measurements go nowhere.
      const own = changes.filter((c) => !('id' in c) || !c.id.startsWith('ghost:'))
      if (own.length > 0) onNodesChange(own, { compact: farRef.current })
    },
    [onNodesChange],
  )

  // A loaded example, opened file or new document is shown whole (React Flow queues the fit
  // until the new nodes are measured).
  useEffect(() => {
    if (loads > 0) void flow.fitView(FIT).then(() => setFittedLoad(loads))
  }, [loads, flow])

  const onDrop = useCallback(
    (event: DragEvent) => {
      event.preventDefault()
      // A file dropped from the desktop opens as the Open button opens it.
      const [file] = event.dataTransfer.files
      if (file) return void openFile(file)
      const item = readPaletteItem(event.dataTransfer)
      if (!item) return
      const point = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY })
      const under = flow.getIntersectingNodes({ x: point.x, y: point.y, width: 1, height: 1 })
      void drop(
        item,
        under.map((n) => n.id),
        point,
      )
    },
    [flow, drop],
  )

  // A click on an edge selects it (Delete then removes it); the rest is the world's to say.
  const onEdgeChanges = useCallback(
    (changes: EdgeChange[]) => {
      const picked = changes.find((c) => c.type === 'select')
      if (picked?.type === 'select') selectEdge(picked.selected ? picked.id : null)
    },
    [selectEdge],
  )

  /** Draws the edge at once, then has Docker make it (pending-edge.ts). */
  const connectNow = useCallback(
    (source: string, target: string) => {
      const drawn = pendingEdge(source, target, edgeMode)
      if (!drawn) return void connect(source, target)
      setPending(drawn)
      afterPaint(() => void connect(source, target).finally(() => setPending(null)))
    },
    [connect, edgeMode],
  )
  const onConnect = useCallback((c: Connection) => connectNow(c.source, c.target), [connectNow])

  // Deleting goes through docker commands; the canvas then follows the world. Children and
  // edges React Flow adds because they belong to a deleted node are not the user's choice.
  const onBeforeDelete: OnBeforeDelete<FlowNode> = useCallback(
    async ({ nodes: gone, edges: cut }) => {
      remove(
        gone.filter((n) => n.selected).map((n) => n.id),
        cut.filter((e) => e.selected).map((e) => e.id),
      )
      return false
    },
    [remove],
  )
  const onPaneClick = useCallback(() => select(null), [select])

  // An edge dropped on a card's body rather than on its small handle connects to that card
  // (the innermost one: a container rather than the host around it).
  const onConnectEnd: OnConnectEnd = useCallback(
    (event, state) => {
      if (state.isValid || !state.fromNode) return
      const point = 'changedTouches' in event ? event.changedTouches[0] : event
      if (!point) return
      const at = flow.screenToFlowPosition({ x: point.clientX, y: point.clientY })
      const under = flow.getIntersectingNodes({ ...at, width: 1, height: 1 })
      const target = under.find((n) => n.type !== 'host') ?? under[0]
      // Let go on the card it started from: no edge.
      if (target && target.id !== state.fromNode.id) connectNow(state.fromNode.id, target.id)
    },
    [flow, connectNow],
  )

  return (
    <FarContext.Provider value={far}>
      <EdgeNamingContext.Provider value={naming}>
        <ReactFlow
          nodes={shownNodes as never}
          edges={flowEdges as never}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={onChanges}
          onEdgesChange={onEdgeChanges}
          // Edges take the keyboard's focus from the edge list, after the cards (EdgeList.tsx).
          edgesFocusable={false}
          // A container's one handle both starts and ends edges: a second one per card cost a
          // drawn link at 500 containers 10 ms (bench:ui). Handles are CardHandle.tsx's.
          connectionMode={ConnectionMode.Loose}
          onConnect={onConnect}
          onConnectEnd={onConnectEnd}
          deleteKeyCode={DELETE_KEYS}
          onBeforeDelete={onBeforeDelete}
          onDrop={onDrop}
          onDragOver={onDragOver}
          onPaneClick={onPaneClick}
          snapToGrid
          snapGrid={SNAP_GRID}
          fitView
          fitViewOptions={FIT}
          minZoom={MIN_ZOOM}
          aria-label={t('canvas')}
          colorMode={theme}
          ariaLabelConfig={flowLabels}
          className={far ? 'dn-far' : ''}
        >
          <Overlays />
          <EdgeNames edges={shownEdges} />
        </ReactFlow>
      </EdgeNamingContext.Provider>
    </FarContext.Provider>
  )
}

/** `items`, those in `ids` with `className` added. */
function marked<T extends { id: string; className?: string }>(
  items: readonly T[],
  ids: ReadonlySet<string>,
  className: string,
): T[] {
  return items.map((i) =>
    ids.has(i.id) ? { ...i, className: `${i.className ?? ''} ${className}` } : i,
  )
}

const ReachOverlay = lazy(() => import('./ReachOverlay'))
// The legend explains, it does not draw: it comes a moment after the first paint.
const Legend = lazy(() => import('./Legend').then((m) => ({ default: m.Legend })))
const TraceBanner = lazy(() => import('./TraceBanner'))

/** The reachability overlay, while a container is selected (its code loads with the first). */
function ReachPlace() {
  const ask = useOverlayAsk()
  return ask.selection ? (
    <Suspense fallback={null}>
      <ReachOverlay ask={ask} />
    </Suspense>
  ) : null
}
const PreviewBanner = lazy(() => import('./PreviewBanner'))

/** Where a previewed fix's banner goes, while there is one. */
function PreviewPlace() {
  const previewing = useAppStore((s) => s.preview?.topology === s.shell.topology)
  return previewing ? (
    <Suspense fallback={null}>
      <PreviewBanner />
    </Suspense>
  ) : null
}

/** Where the trace's banner goes, once there is a trace to show. */
function TracePlace() {
  const tracing = useAppStore((s) => s.trace !== null)
  return tracing ? (
    <Suspense fallback={null}>
      <TraceBanner />
    </Suspense>
  ) : null
}

/**
 * What the canvas draws besides cards and edges. Memoised: the canvas renders on every drag
 * frame, these do not need to.
 */
const Overlays = memo(function Overlays() {
  // Off by default: React Flow's minimap redraws every node on each drag frame, which cost a
  // third of the drag frame rate at 100 containers (bench:ui). One click shows it.
  const [miniMap, setMiniMap] = useState(false)
  const t = useT(shellMessages)
  return (
    <>
      <Background gap={16} />
      <Controls fitViewOptions={FIT}>
        <ControlButton
          onClick={() => setMiniMap((shown) => !shown)}
          aria-label={miniMap ? t('hideMinimap') : t('showMinimap')}
          title={miniMap ? t('hideMinimap') : t('showMinimap')}
          aria-pressed={miniMap}
        >
          <MapIcon aria-hidden />
        </ControlButton>
      </Controls>
      <ArrowMarkers />
      <RouteWatch />
      <EdgeLabels />
      <ReachPlace />
      <Suspense fallback={null}>
        <Legend />
      </Suspense>
      <TracePlace />
      <PreviewPlace />
      <EdgeList />
      {miniMap ? <MiniMap pannable zoomable ariaLabel={t('minimap')} /> : null}
    </>
  )
})
