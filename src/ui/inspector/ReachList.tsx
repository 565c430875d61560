import { CheckCircle2, Route, XCircle } from 'lucide-react'
import { matrixCell } from '../../store/matrix'
import { useAppStore } from '../../store/react'
import { useT } from '../i18n/language'
import { useProse } from '../i18n/prose'
import { inspectorMessages } from './messages'
import type { ReachVerdict } from '../../engine'

/** Every other container: reachable by which name or address and port, or why not. */
export function ReachList({
  from,
  verdicts,
}: {
  /** The container whose row this is (its id). */
  from: string
  verdicts: ReadonlyMap<string, ReachVerdict>
}) {
  const t = useT(inspectorMessages)
  const prose = useProse()
  const topology = useAppStore((s) => s.shell.topology)
  const traceTo = useAppStore((s) => s.traceTo)
  const showMatrix = useAppStore((s) => s.showMatrix)
  if (verdicts.size === 0) return <p className="text-slate-500">{t('noOthers')}</p>
  return (
    <ul data-testid="view-reach" className="flex flex-col gap-1.5">
      {[...verdicts].map(([id, v]) => (
        <li key={id} className="rounded border border-slate-200 p-1.5">
          <div className="flex items-center gap-1.5 font-semibold">
            {v.reachable && matrixCell(topology, from, id)?.byName ? (
              <CheckCircle2 aria-label={t('reachable')} className="size-3.5 text-emerald-600" />
            ) : v.reachable ? (
              // As the overlay and the matrix mark it: an address works, the name does not.
              <span
                role="img"
                aria-label={t('byIpOnly')}
                title={t('byIpOnlyTitle')}
                className="w-3.5 text-center font-mono text-amber-600"
              >
                #
              </span>
            ) : (
              <XCircle aria-label={t('unreachable')} className="size-3.5 text-rose-600" />
            )}
            {v.to}
            <button
              onClick={() => showMatrix({ from, to: id })}
              aria-label={t('whyLabel', { to: v.to })}
              className="ml-auto rounded px-1 font-normal text-slate-600 hover:bg-slate-100"
            >
              {t('why')}
            </button>
            <button
              onClick={() => traceTo(id)}
              aria-label={t('traceLabel', { to: v.to })}
              className="flex items-center gap-1 rounded px-1 font-normal text-slate-600 hover:bg-slate-100"
            >
              <Route aria-hidden className="size-3" />
              {t('trace')}
            </button>
          </div>
          {v.ports.map((p) => (
            <div
              key={`${p.port.port}/${p.port.proto}`}
              className="ml-5 font-mono text-[11px] text-slate-700"
            >
              {p.port.port}/{p.port.proto}:{' '}
              {p.reachable ? (
                p.via.map((w) => `${w.names[0] ?? w.address}:${w.port}`).join(', ')
              ) : (
                <span className="text-rose-700">{prose.portReasonText(p)}</span>
              )}
            </div>
          ))}
          <div className="ml-5 text-[11px] text-slate-500">{prose.verdictText(v)}</div>
        </li>
      ))}
    </ul>
  )
}
