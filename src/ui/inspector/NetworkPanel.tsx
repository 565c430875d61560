import type { NetworkView } from '../../store'
import { useAppStore } from '../../store/react'
import { useT } from '../i18n/language'
import { inspectorMessages } from './messages'
import { FieldForm, RenameForm } from './RenameForm'

/** A network: driver, subnet and gateway, then its containers with addresses and aliases. */
export function NetworkPanel({ view }: { view: NetworkView }) {
  const t = useT(inspectorMessages)
  const n = view.network
  const renameNetwork = useAppStore((s) => s.renameNetwork)
  return (
    <div data-testid="view-network" className="flex-1 overflow-y-auto p-3 text-xs">
      <header className="mb-2">
        <h2 className="text-sm font-semibold text-slate-900">{n.name}</h2>
        <p className="text-slate-500">
          {t('networkSummary', { driver: n.driver, host: n.host, internal: n.internal })}
        </p>
      </header>
      {n.predefined ? null : (
        <RenameForm
          key={n.id}
          name={n.name}
          testId="network-name"
          title={t('renameNetwork')}
          rename={(name) => renameNetwork(n.id, name)}
        />
      )}
      {n.predefined || !n.subnet ? null : (
        // Docker cannot change a subnet in place: the network is made again on the new one
        // with its containers (`docker network create --subnet`).
        <FieldForm
          key={`${n.id} ${n.subnet}`}
          label={t('subnetField')}
          button={t('changeSubnet')}
          title={t('changeSubnetTitle')}
          value={n.subnet}
          testId="network-subnet"
          apply={(subnet) => void renameNetwork(n.id, n.name, subnet)}
          unchangedIdle
        />
      )}
      {n.subnet ? (
        <p className="font-mono text-[11px] text-slate-700">
          {t('subnet', { subnet: n.subnet, gateway: n.gateway })}
        </p>
      ) : null}
      {view.lan ? (
        <section data-testid="network-lan" className="mt-2">
          <p className="font-mono text-[11px] text-slate-700">{view.lan.summary}</p>
          <ul className="mt-1 list-disc space-y-0.5 pl-4 text-slate-600">
            {view.lan.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <h3 className="mt-3 mb-1 font-semibold text-slate-700">{t('containers')}</h3>
      {view.members.length === 0 ? (
        <p className="text-slate-500">{t('noMembers')}</p>
      ) : (
        <table className="w-full font-mono text-[11px]">
          <thead>
            <tr className="text-left text-slate-500">
              <th className="pr-2 font-normal">{t('memberName')}</th>
              <th className="pr-2 font-normal">{t('memberIp')}</th>
              <th className="font-normal">{t('memberAliases')}</th>
            </tr>
          </thead>
          <tbody>
            {view.members.map((m) => (
              <tr key={m.container} className="border-t border-slate-100 align-top">
                <td className="pr-2 font-semibold">{m.container}</td>
                <td className="pr-2">
                  {m.ip}
                  {m.staticIp ? ' (--ip)' : ''}
                </td>
                <td>{m.aliases.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}
