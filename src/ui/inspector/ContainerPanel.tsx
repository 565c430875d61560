import { containerFact, reachRow, type ContainerView, type InspectorTab } from '../../store'
import { containerCommands, containerInspect } from '../../store/container-docs'
import { useAppStore } from '../../store/react'
import { Link2 } from 'lucide-react'
import type { DnsAnswer } from '../../engine'
import { useT } from '../i18n/language'
import { useProse } from '../i18n/prose'
import { ContainerForm } from './ContainerForm'
import { inspectorMessages, type InspectorMessages } from './messages'
import { ReachList } from './ReachList'

const TABS: { id: InspectorTab; label: keyof InspectorMessages & `tab${string}` }[] = [
  { id: 'edit', label: 'tabEdit' },
  { id: 'hosts', label: 'tabHosts' },
  { id: 'env', label: 'tabEnv' },
  { id: 'resolv', label: 'tabResolv' },
  { id: 'dns', label: 'tabDns' },
  { id: 'reach', label: 'tabReach' },
  { id: 'run', label: 'tabRun' },
  { id: 'inspect', label: 'tabInspect' },
]

function Pre({ text, testId, empty }: { text: string; testId: string; empty?: string }) {
  const t = useT(inspectorMessages)
  return (
    <pre
      data-testid={testId}
      className="keep-dark overflow-x-auto rounded bg-slate-900 p-2 font-mono text-[11px] leading-snug whitespace-pre-wrap text-slate-100"
    >
      {text || empty || t('notRunning')}
    </pre>
  )
}

/** A container: its form and what Docker derives for it, recomputed on every edit. */
export function ContainerPanel({ view }: { view: ContainerView }) {
  const t = useT(inspectorMessages)
  const tab = useAppStore((s) => s.tab)
  const setTab = useAppStore((s) => s.setTab)
  const topology = useAppStore((s) => s.shell.topology)
  const currentHost = useAppStore((s) => s.shell.currentHost)
  const c = view.container
  // Only the shown tab's facts are computed (store/views.ts).
  const fact = <K extends Parameters<typeof containerFact>[2]>(k: K) =>
    containerFact(topology, c.id, k)
  return (
    <>
      <header className="border-b border-slate-200 px-3 py-2">
        <h2 className="font-semibold text-slate-900">{c.name}</h2>
        <p className="text-xs text-slate-500">
          {t('containerSummary', { image: view.image, state: c.state, host: c.host })}
        </p>
      </header>
      <div
        role="tablist"
        aria-label={t('containerViews')}
        className="flex flex-wrap gap-1 border-b border-slate-200 px-2 pt-2"
      >
        {TABS.map(({ id, label }) => (
          <button
            key={id}
            role="tab"
            aria-selected={tab === id}
            onClick={() => setTab(id)}
            className={`rounded-t px-2 py-1 text-xs ${tab === id ? 'bg-slate-900 text-white' : 'text-slate-600 hover:bg-slate-100'}`}
          >
            {t(label)}
          </button>
        ))}
      </div>
      <div role="tabpanel" className="flex-1 overflow-y-auto p-2 text-xs">
        {tab === 'edit' ? <ContainerForm key={c.id} container={c} /> : null}
        {tab === 'hosts' ? <Pre testId="view-hosts" text={fact('hosts') ?? ''} /> : null}
        {tab === 'resolv' ? <Pre testId="view-resolv" text={fact('resolvConf') ?? ''} /> : null}
        {tab === 'env' ? (
          <ul data-testid="view-env" className="font-mono text-[11px] break-all">
            {(fact('env') ?? []).map((e) => (
              <li key={e.line} className={e.fromLink ? 'text-sky-700' : 'text-slate-700'}>
                {e.fromLink ? (
                  <Link2
                    role="img"
                    aria-label={t('setByLink')}
                    className="mr-1 inline size-3 align-[-2px]"
                  />
                ) : null}
                {e.line}
              </li>
            ))}
          </ul>
        ) : null}
        {tab === 'dns' ? <DnsTable answers={fact('dns') ?? []} /> : null}
        {tab === 'reach' ? <ReachList from={c.id} verdicts={reachRow(topology, c.id)} /> : null}
        {tab === 'run' ? (
          <Pre testId="view-run" text={containerCommands(topology, c.id, currentHost).join('\n')} />
        ) : null}
        {tab === 'inspect' ? (
          <Pre testId="view-inspect" text={containerInspect(topology, c.id)} empty="[]" />
        ) : null}
      </div>
    </>
  )
}

/** The names the container resolves: the address, and where the answer came from. */
function DnsTable({ answers }: { answers: readonly DnsAnswer[] }) {
  const prose = useProse()
  return (
    <table data-testid="view-dns" className="w-full font-mono text-[11px]">
      <tbody>
        {answers.map((d) => (
          <tr key={d.name} className="border-b border-slate-100 align-top">
            <td className="pr-2 font-semibold">{d.name}</td>
            <td className="pr-2">{d.addresses.join(', ')}</td>
            <td className="text-slate-500">{prose.answerWhy(d)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
