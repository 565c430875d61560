import { useState } from 'react'
import type { NetworkView } from '../../store'
import { useAppStore } from '../../store/react'
import { useT } from '../i18n/language'
import { inspectorMessages } from './messages'
import { RenameForm } from './RenameForm'

/**
 * A network's subnet, editable: Docker cannot change it in place, so the network is made again
 * on the new one with its containers (`docker network create --subnet`).
 */
function SubnetForm({ subnet, change }: { subnet: string; change: (s: string) => void }) {
  const t = useT(inspectorMessages)
  const [value, setValue] = useState(subnet)
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault()
        change(value)
      }}
      className="mb-2 flex items-end gap-2"
    >
      <label className="flex flex-1 flex-col gap-1 text-slate-700">
        {t('subnetField')}
        <input
          data-testid="network-subnet"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          className="rounded border border-slate-300 bg-white px-2 py-1 font-mono text-xs text-slate-800 focus-visible:outline-2 focus-visible:outline-sky-500"
        />
      </label>
      <button
        type="submit"
        title={t('changeSubnetTitle')}
        disabled={value.trim() === subnet}
        className="rounded bg-sky-700 px-2 py-1 text-white hover:bg-sky-800 focus-visible:outline-2 focus-visible:outline-sky-500 disabled:opacity-40"
      >
        {t('changeSubnet')}
      </button>
    </form>
  )
}

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
        <SubnetForm
          key={`${n.id} ${n.subnet}`}
          subnet={n.subnet}
          change={(subnet) => void renameNetwork(n.id, n.name, subnet)}
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
