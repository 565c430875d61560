import type { HostView } from '../../store'
import { useT } from '../i18n/language'
import { inspectorMessages } from './messages'

/** A host: its daemon's options and every published port with its docker-proxy and rules. */
export function HostPanel({ view }: { view: HostView }) {
  const t = useT(inspectorMessages)
  return (
    <div data-testid="view-host" className="flex-1 overflow-y-auto p-3 text-xs">
      <header className="mb-2">
        <h2 className="text-sm font-semibold text-slate-900">{view.name}</h2>
        <p className="text-slate-500">{t('hostSummary', { lanIp: view.lanIp })}</p>
      </header>
      <h3 className="mt-3 mb-1 font-semibold text-slate-700">{t('daemon')}</h3>
      <pre className="keep-dark rounded bg-slate-900 p-2 font-mono text-[11px] text-slate-100">
        dockerd {view.daemon.join(' ')}
      </pre>
      <h3 className="mt-3 mb-1 font-semibold text-slate-700">{t('publishedPorts')}</h3>
      {view.published.length === 0 ? (
        <p className="text-slate-500">{t('noPublished')}</p>
      ) : (
        <ul className="space-y-2">
          {view.published.map((p) => (
            <li key={`${p.container} ${p.mapping}`} className="rounded border border-slate-200 p-2">
              <p className="font-mono text-[11px] text-slate-900">
                <span className="font-semibold">{p.container}</span> {p.mapping}
              </p>
              <pre className="mt-1 font-mono text-[10px] leading-snug break-all whitespace-pre-wrap text-slate-600">
                {[...p.proxies, ...p.rules].join('\n')}
              </pre>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
