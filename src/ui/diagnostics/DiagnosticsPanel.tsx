import { useEffect } from 'react'
import { useReactFlow } from '@xyflow/react'
import { AlertTriangle, Info, OctagonX } from 'lucide-react'
import { diagnostics } from '../../store/diagnostics'
import { useAppStore } from '../../store/react'

const ICON = {
  error: <OctagonX aria-label="error" className="size-3.5 shrink-0 text-rose-600" />,
  warning: <AlertTriangle aria-label="warning" className="size-3.5 shrink-0 text-amber-600" />,
  info: <Info aria-label="note" className="size-3.5 shrink-0 text-sky-600" />,
}

/** Every problem in the topology; clicking one selects the card it is about and shows it. */
export function DiagnosticsPanel({ onClose }: { onClose: () => void }) {
  const topology = useAppStore((s) => s.shell.topology)
  const focus = useAppStore((s) => s.focus)
  const flow = useReactFlow()
  const found = diagnostics(topology)
  useEffect(() => {
    const escape = (e: KeyboardEvent) => e.key === 'Escape' && onClose()
    window.addEventListener('keydown', escape)
    return () => window.removeEventListener('keydown', escape)
  }, [onClose])
  return (
    <section
      aria-label="Diagnostics"
      data-testid="diagnostics"
      className="absolute top-2 left-2 z-10 max-h-[60%] w-[26rem] overflow-y-auto rounded-lg border border-slate-300 bg-white p-2 text-xs shadow-lg"
    >
      <header className="mb-1 flex items-center">
        <h2 className="font-semibold text-slate-900">Diagnostics</h2>
        <button
          onClick={onClose}
          className="ml-auto rounded px-1 text-slate-500 hover:bg-slate-100"
        >
          Close
        </button>
      </header>
      {found.length === 0 ? (
        <p className="text-slate-500">No problem: Docker would run this topology as drawn.</p>
      ) : (
        <ul className="flex flex-col gap-1">
          {found.map((d) => (
            <li key={`${d.nodeId} ${d.text}`}>
              <button
                onClick={() => {
                  focus(d.nodeId)
                  void flow.fitView({ nodes: [{ id: d.nodeId }], maxZoom: 1.2, duration: 200 })
                }}
                className="flex w-full items-start gap-1.5 rounded p-1 text-left text-slate-700 hover:bg-slate-100"
              >
                {ICON[d.severity]}
                {/* Daemon texts hold long unbroken ids: they wrap anywhere rather than overflow. */}
                <span className="min-w-0 [overflow-wrap:anywhere]">{d.text}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
