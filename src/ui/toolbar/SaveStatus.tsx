import { download } from '../../io/browser/files'
import { appStore } from '../../store'
import { useAppStore } from '../../store/react'
import { useT } from '../i18n/language'
import { shellMessages } from '../shell/messages'

const saveAsFile = () => download('diagram.docknet.json', appStore.getState().saveDocument())

/**
 * Whether the diagram is saved in this browser. A failed save offers the file instead; a save
 * by another tab offers a reload (to see it) or keeping this tab's version.
 */
export function SaveStatus() {
  const state = useAppStore((s) => s.saveState)
  const t = useT(shellMessages)
  const link = 'underline hover:text-slate-900'
  if (state.kind === 'failed')
    return (
      <span data-testid="save-status" role="status" className="text-xs text-rose-700">
        <span>{t('notSaved', { reason: state.reason })}</span>{' '}
        <button onClick={saveAsFile} className={link}>
          {t('saveAsFile')}
        </button>
      </span>
    )
  if (state.kind === 'conflict')
    return (
      <span data-testid="save-status" role="status" className="text-xs text-amber-800">
        {t('otherTabSaved')}{' '}
        <button onClick={() => window.location.reload()} className={link}>
          {t('reload')}
        </button>{' '}
        <button
          onClick={() => void import('../autosave').then((m) => m.keepThisTab())}
          className={link}
        >
          {t('keepThisTab')}
        </button>
      </span>
    )
  return (
    <span data-testid="save-status" role="status" className="text-xs text-slate-500">
      {state.kind === 'pending' ? t('saving') : state.at > 0 ? t('saved') : ''}
    </span>
  )
}
