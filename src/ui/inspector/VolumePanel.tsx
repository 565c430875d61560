import type { VolumeView } from '../../store'
import { useAppStore } from '../../store/react'
import { useT } from '../i18n/language'
import { inspectorMessages } from './messages'
import { RenameForm } from './RenameForm'

/** A volume: its driver, and every container that mounts it with the path and mode. */
export function VolumePanel({ view }: { view: VolumeView }) {
  const t = useT(inspectorMessages)
  const id = `${view.host}/${view.name}`
  const renameVolume = useAppStore((s) => s.renameVolume)
  return (
    <div data-testid="view-volume" className="flex-1 overflow-y-auto p-3 text-xs">
      <header className="mb-2">
        <h2 className="text-sm font-semibold text-slate-900">{view.name}</h2>
        <p className="text-slate-500">
          {t('volumeSummary', { driver: view.driver, host: view.host, name: view.name })}
        </p>
      </header>
      {view.anonymous ? null : (
        <RenameForm
          key={id}
          name={view.name}
          testId="volume-name"
          title={t('renameVolume')}
          rename={(name) => renameVolume(id, name)}
        />
      )}
      <h3 className="mt-3 mb-1 font-semibold text-slate-700">{t('mountedBy')}</h3>
      {view.mounts.length === 0 ? (
        <p className="text-slate-500">{t('noMounts')}</p>
      ) : (
        <ul className="font-mono text-[11px]">
          {view.mounts.map((m) => (
            <li key={`${m.container} ${m.path}`} className="border-t border-slate-100 py-0.5">
              <span className="font-semibold">{m.container}</span> {m.path} ({m.mode})
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
