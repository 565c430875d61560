import { lazy, Suspense, useEffect, useState } from 'react'
import { useReactFlow } from '@xyflow/react'
import { AlertTriangle, Info, OctagonX } from 'lucide-react'
import type { DiagnosticNote, Topology } from '../../engine'
import type { TranscriptEntry } from '../../store'
import {
  diagnostics,
  type Diagnostic,
  type DiagnosticFact,
  type DiagnosticWhy,
} from '../../store/diagnostics'
import { useAppStore } from '../../store/react'
import { askedOf } from '../../store/why-view'
import { useT } from '../i18n/language'
import { useProse } from '../i18n/prose'
import { diagnosticsMessages } from './messages'

const WhyDialog = lazy(() => import('../why/WhyDialog'))

/**
 * What a diagnostic's "Why?" opens: the terminal's dialog for a failed command, or its note,
 * titled with the diagnostic (its fact, worded when drawn: the title follows the language).
 */
type Asking = ({ entry: TranscriptEntry } | { note: DiagnosticNote }) & {
  readonly titled: DiagnosticFact | null
}

/** A diagnostic's "Why?", as the terminal's dialog shows a failed command's. */
function asking(t: Topology, d: Diagnostic, why: DiagnosticWhy): Asking | null {
  const failed = { stdout: '', stderr: '', exitCode: 1 }
  if (why.kind === 'noted') return { note: why.note, titled: d.fact }
  if (why.kind === 'refused')
    return {
      entry: { ...failed, command: why.command, host: why.host, refused: why.refused },
      titled: null,
    }
  const from = t.containers.get(why.fromId)
  const asked = askedOf(t, why.fromId, why.name, why.port)
  if (!from || !asked) return null
  // Titled with the diagnostic's words: nobody typed this ping.
  const command = `docker exec ${from.name} ping -c 1 ${why.name}`
  return { entry: { ...failed, command, host: from.host, asked }, titled: d.fact }
}

/** The dialog's props for `a`, its title worded by `say`. */
function dialogOf(a: Asking, say: (f: DiagnosticFact) => string) {
  if ('note' in a) return { note: a.note, title: a.titled ? say(a.titled) : '' }
  return { entry: a.entry, ...(a.titled ? { title: say(a.titled) } : {}) }
}

const ICON = {
  error: { Icon: OctagonX, label: 'error', tone: 'text-rose-600' },
  warning: { Icon: AlertTriangle, label: 'warning', tone: 'text-amber-600' },
  info: { Icon: Info, label: 'note', tone: 'text-sky-600' },
} as const

function SeverityIcon({ severity }: { severity: Diagnostic['severity'] }) {
  const t = useT(diagnosticsMessages)
  const { Icon, label, tone } = ICON[severity]
  return <Icon aria-label={t(label)} className={`size-3.5 shrink-0 ${tone}`} />
}

/** Every problem in the topology; clicking one selects the card it is about and shows it. */
export function DiagnosticsPanel({ onClose }: { onClose: () => void }) {
  const topology = useAppStore((s) => s.shell.topology)
  const focus = useAppStore((s) => s.focus)
  const flow = useReactFlow()
  const t = useT(diagnosticsMessages)
  const prose = useProse()
  const [open, setOpen] = useState<Asking | null>(null)
  const found = diagnostics(topology)
  useEffect(() => {
    // With a Why dialog open, Escape closes that dialog only.
    if (open) return
    const escape = (e: KeyboardEvent) => e.key === 'Escape' && onClose()
    window.addEventListener('keydown', escape)
    return () => window.removeEventListener('keydown', escape)
  }, [onClose, open])
  return (
    <section
      aria-label={t('title')}
      data-testid="diagnostics"
      className="absolute top-2 left-2 z-10 max-h-[60%] w-[26rem] overflow-y-auto rounded-lg border border-slate-300 bg-white p-2 text-xs shadow-lg"
    >
      <header className="mb-1 flex items-center">
        <h2 className="font-semibold text-slate-900">{t('title')}</h2>
        <button
          onClick={onClose}
          className="ml-auto rounded px-1 text-slate-500 hover:bg-slate-100"
        >
          {t('close')}
        </button>
      </header>
      {found.length === 0 ? (
        <p className="text-slate-500">{t('none')}</p>
      ) : (
        <ul className="flex flex-col gap-1">
          {found
            .map((d) => ({ d, text: prose.diagnosticText(d.fact) }))
            .map(({ d, text }) => (
              <li key={`${d.nodeId} ${text}`} className="flex items-start gap-1">
                <button
                  onClick={() => {
                    focus(d.nodeId)
                    void flow.fitView({ nodes: [{ id: d.nodeId }], maxZoom: 1.2, duration: 200 })
                  }}
                  className="flex w-full items-start gap-1.5 rounded p-1 text-left text-slate-700 hover:bg-slate-100"
                >
                  <SeverityIcon severity={d.severity} />
                  {/* Daemon texts hold long unbroken ids: they wrap anywhere rather than overflow. */}
                  <span className="min-w-0 [overflow-wrap:anywhere]">{text}</span>
                </button>
                {d.why ? (
                  <button
                    type="button"
                    onClick={() => d.why && setOpen(asking(topology, d, d.why))}
                    className="mt-0.5 shrink-0 rounded px-1 text-sky-700 underline hover:bg-slate-100"
                  >
                    {t('why')}
                  </button>
                ) : null}
              </li>
            ))}
        </ul>
      )}
      {open ? (
        <Suspense fallback={null}>
          <WhyDialog {...dialogOf(open, prose.diagnosticText)} onClose={() => setOpen(null)} />
        </Suspense>
      ) : null}
    </section>
  )
}
