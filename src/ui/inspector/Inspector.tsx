import { lazy, Suspense } from 'react'
import type { InspectorTab } from '../../store'
import { containerView, hostView, networkView, volumeView } from '../../store'
import { useAppStore } from '../../store/react'
import { ReachList } from './ReachList'

// Host, network and volume panels load on first use: the first paint stays under 190 kB gzip.
const HostPanel = lazy(() => import('./HostPanel').then((m) => ({ default: m.HostPanel })))
const NetworkPanel = lazy(() => import('./NetworkPanel').then((m) => ({ default: m.NetworkPanel })))
const VolumePanel = lazy(() => import('./VolumePanel').then((m) => ({ default: m.VolumePanel })))

const TABS: { id: InspectorTab; label: string }[] = [
  { id: 'hosts', label: '/etc/hosts' },
  { id: 'env', label: 'Env' },
  { id: 'resolv', label: 'resolv.conf' },
  { id: 'dns', label: 'DNS' },
  { id: 'reach', label: 'Reach' },
]

function Pre({ text, testId }: { text: string; testId: string }) {
  return (
    <pre
      data-testid={testId}
      className="overflow-x-auto rounded bg-slate-900 p-2 font-mono text-[11px] leading-snug text-slate-100"
    >
      {text || '(container not running)'}
    </pre>
  )
}

/** What Docker would do for the selection (container, host or network), recomputed on every edit. */
export function Inspector() {
  const selection = useAppStore((s) => s.selection)
  const topology = useAppStore((s) => s.shell.topology)
  const tab = useAppStore((s) => s.tab)
  const setTab = useAppStore((s) => s.setTab)
  const id = selection?.startsWith('container:') ? selection.slice('container:'.length) : null
  const view = id ? containerView(topology, id) : null
  const [kind = '', ref = ''] = selection?.split(/:(.*)/) ?? []
  const host = kind === 'host' ? hostView(topology, ref) : null
  const network = kind === 'network' ? networkView(topology, ref) : null
  const volume = kind === 'volume' ? volumeView(topology, ref) : null
  return (
    <aside
      aria-label="Inspector"
      className="flex w-96 shrink-0 flex-col overflow-hidden border-l border-slate-200 bg-white"
    >
      {view ? (
        <>
          <header className="border-b border-slate-200 px-3 py-2">
            <h2 className="font-semibold text-slate-900">{view.container.name}</h2>
            <p className="text-xs text-slate-500">
              {view.image} · {view.container.state} · host {view.container.host}
            </p>
          </header>
          <div
            role="tablist"
            aria-label="Container views"
            className="flex gap-1 border-b border-slate-200 px-2 pt-2"
          >
            {TABS.map((t) => (
              <button
                key={t.id}
                role="tab"
                aria-selected={tab === t.id}
                onClick={() => setTab(t.id)}
                className={`rounded-t px-2 py-1 text-xs ${tab === t.id ? 'bg-slate-900 text-white' : 'text-slate-600 hover:bg-slate-100'}`}
              >
                {t.label}
              </button>
            ))}
          </div>
          <div role="tabpanel" className="flex-1 overflow-y-auto p-2 text-xs">
            {tab === 'hosts' ? <Pre testId="view-hosts" text={view.hosts} /> : null}
            {tab === 'resolv' ? <Pre testId="view-resolv" text={view.resolvConf} /> : null}
            {tab === 'env' ? (
              <ul data-testid="view-env" className="font-mono text-[11px]">
                {view.env.map((e) => (
                  <li key={e.line} className={e.fromLink ? 'text-sky-700' : 'text-slate-700'}>
                    {e.fromLink ? <span title="set by --link">🔗 </span> : null}
                    {e.line}
                  </li>
                ))}
              </ul>
            ) : null}
            {tab === 'dns' ? (
              <table data-testid="view-dns" className="w-full font-mono text-[11px]">
                <tbody>
                  {view.dns.map((d) => (
                    <tr key={d.name} className="border-b border-slate-100 align-top">
                      <td className="pr-2 font-semibold">{d.name}</td>
                      <td className="pr-2">{d.addresses.join(', ')}</td>
                      <td className="text-slate-500">{d.why}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
            {tab === 'reach' ? <ReachList verdicts={view.reach} /> : null}
          </div>
        </>
      ) : host || network || volume ? (
        <Suspense fallback={null}>
          {host ? <HostPanel view={host} /> : null}
          {network ? <NetworkPanel view={network} /> : null}
          {volume ? <VolumePanel view={volume} /> : null}
        </Suspense>
      ) : (
        <div className="p-3 text-sm text-slate-500">
          <h2 className="mb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">
            Inspector
          </h2>
          Select a container to see its /etc/hosts, environment, DNS answers and who it can reach; a
          host for its daemon and published ports; a network for its members; a volume for who
          mounts it.
        </div>
      )}
    </aside>
  )
}
