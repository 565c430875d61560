import type { MatrixProof } from '../../store/matrix'
import { PacketWalk } from '../why/PacketWalk'
import { WhyPanel } from '../why/WhyPanel'
import { useT } from '../i18n/language'
import { matrixMessages } from './messages'

/** The proof behind one cell: the verdict, each port, and each route with its rules in order. */
export function ReachProof({
  proof,
  onShow,
}: {
  proof: MatrixProof | null
  /** Selects one end of the pair on the canvas, or draws the path between them there. */
  onShow: (side: 'from' | 'to' | 'path') => void
}) {
  const t = useT(matrixMessages)
  return (
    <section
      data-testid="reach-proof"
      aria-label={t('proof')}
      aria-live="polite"
      className="w-80 shrink-0 overflow-auto border-l border-slate-200 p-3 text-xs text-slate-700"
    >
      {proof ? (
        <>
          <h3 className="mb-1 text-sm font-semibold text-slate-900">
            <span
              aria-hidden
              className={
                !proof.reachable
                  ? 'text-rose-700'
                  : proof.byName
                    ? 'text-emerald-700'
                    : 'text-amber-700'
              }
            >
              {!proof.reachable ? '✗ ' : proof.byName ? '✓ ' : '# '}
            </span>
            {t('verdict', proof)}
          </h3>
          <p className="mb-3">{proof.reason}</p>
          <WhyPanel
            question={proof.question}
            why={proof.why}
            reachable={proof.whyReachable}
            evidence={proof.evidence}
          />
          {proof.walk ? (
            <PacketWalk
              key={`${proof.question.fromId}>${proof.walk.target}`}
              target={proof.walk.target}
              steps={proof.walk.steps}
            />
          ) : null}
          {proof.ports.length > 0 ? (
            <>
              <h4 className="mb-1 font-semibold text-slate-900">
                {t('portsOf', { name: proof.to })}
              </h4>
              <ul className="mb-3 flex flex-col gap-1">
                {proof.ports.map((p) => (
                  <li key={p.port}>
                    <span className="font-mono font-semibold">
                      {p.reachable ? '✓' : '✗'} {p.port}
                    </span>
                    {p.lines.map((line) => (
                      <div
                        key={line}
                        className={`ml-3 ${p.reachable ? 'font-mono' : 'text-rose-700'}`}
                      >
                        {line}
                      </div>
                    ))}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {proof.routes.length > 0 ? (
            <>
              <h4 className="mb-1 font-semibold text-slate-900">{t('routes')}</h4>
              <ul className="mb-3 flex flex-col gap-2">
                {proof.routes.map((r, i) => (
                  <li key={i} className="rounded border border-slate-200 p-1.5">
                    <div className="font-mono font-semibold">{r.title}</div>
                    {r.names.map((name) => (
                      <div key={name} className="font-mono text-[11px] text-slate-600">
                        {name}
                      </div>
                    ))}
                    <ol className="mt-1 ml-4 list-decimal">
                      {r.hops.map((hop, j) => (
                        <li key={j}>{hop}</li>
                      ))}
                    </ol>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              onClick={() => onShow('path')}
              className="rounded border border-slate-300 px-2 py-0.5 hover:bg-slate-100"
            >
              {t('showPath')}
            </button>
            {(['from', 'to'] as const).map((side) => (
              <button
                key={side}
                type="button"
                onClick={() => onShow(side)}
                className="rounded border border-slate-300 px-2 py-0.5 hover:bg-slate-100"
              >
                {t('show', { name: proof[side] })}
              </button>
            ))}
          </div>
        </>
      ) : (
        <p className="text-slate-500">{t('pickCell')}</p>
      )}
    </section>
  )
}
