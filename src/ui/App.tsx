import type { Edge, Node } from '@xyflow/react'
import { Background, Controls, MiniMap, ReactFlow } from '@xyflow/react'

// Module constants, because React Flow compares its props by identity. The canvas issue
// replaces them with the store's nodes and edges.
const NO_NODES: Node[] = []
const NO_EDGES: Edge[] = []

/** The app shell: a palette, the topology canvas and an inspector. */
export function App() {
  return (
    <div className="flex h-screen flex-col bg-slate-100 text-slate-900">
      <header className="flex items-baseline gap-3 border-b border-slate-200 bg-white px-4 py-3">
        <h1 className="text-lg font-semibold tracking-tight">Docknet</h1>
        <p className="truncate text-sm text-slate-500">
          Draw Docker networks and containers, and see what Docker would do.
        </p>
      </header>
      <main className="flex min-h-0 flex-1">
        <aside
          aria-labelledby="palette-title"
          className="w-56 shrink-0 border-r border-slate-200 bg-white p-4"
        >
          <h2
            id="palette-title"
            className="text-xs font-semibold tracking-wide text-slate-500 uppercase"
          >
            Palette
          </h2>
          <p className="mt-2 text-sm text-slate-400">Networks, containers and volumes.</p>
        </aside>
        <section aria-label="Topology canvas" className="min-w-0 flex-1">
          <ReactFlow nodes={NO_NODES} edges={NO_EDGES} fitView>
            <Background />
            <Controls />
            <MiniMap pannable zoomable />
          </ReactFlow>
        </section>
        <aside
          aria-labelledby="inspector-title"
          className="w-72 shrink-0 border-l border-slate-200 bg-white p-4"
        >
          <h2
            id="inspector-title"
            className="text-xs font-semibold tracking-wide text-slate-500 uppercase"
          >
            Inspector
          </h2>
          <p className="mt-2 text-sm text-slate-400">
            Select a container or network to see its hosts file, DNS answers and reachability.
          </p>
        </aside>
      </main>
    </div>
  )
}
