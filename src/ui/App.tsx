import { Background, Controls, MiniMap, ReactFlow } from '@xyflow/react'

/** The app shell: palette, canvas and inspector. The canvas issue fills it in. */
export function App() {
  return (
    <div className="flex h-screen flex-col bg-slate-50 text-slate-900">
      <header className="flex items-baseline gap-3 border-b border-slate-200 bg-white px-4 py-2">
        <h1 className="text-lg font-semibold">Docknet</h1>
        <p className="text-sm text-slate-500">Draw a Docker network and see what Docker would do.</p>
      </header>
      <main className="flex min-h-0 flex-1">
        <aside aria-label="Palette" className="w-48 border-r border-slate-200 bg-white p-3 text-sm text-slate-500">
          Palette
        </aside>
        <section aria-label="Canvas" className="min-w-0 flex-1">
          <ReactFlow nodes={[]} edges={[]} fitView>
            <Background />
            <Controls />
            <MiniMap />
          </ReactFlow>
        </section>
        <aside aria-label="Inspector" className="w-72 border-l border-slate-200 bg-white p-3 text-sm text-slate-500">
          Inspector
        </aside>
      </main>
    </div>
  )
}
