import { download } from '../../io/browser/files'
import { appStore } from '../../store'
import { useAppStore } from '../../store/react'

const saveAsFile = () => download('diagram.docknet.json', appStore.getState().saveDocument())

/**
 * Whether the diagram is saved in this browser. A failed save offers the file instead; a save
 * by another tab offers a reload (to see it) or keeping this tab's version.
 */
export function SaveStatus() {
  const state = useAppStore((s) => s.saveState)
  const link = 'underline hover:text-slate-900'
  if (state.kind === 'failed')
    return (
      <span data-testid="save-status" role="status" className="text-xs text-rose-700">
        <span title={state.reason}>Not saved: {state.reason}.</span>{' '}
        <button onClick={saveAsFile} className={link}>
          Save as file
        </button>
      </span>
    )
  if (state.kind === 'conflict')
    return (
      <span data-testid="save-status" role="status" className="text-xs text-amber-800">
        Another tab saved this diagram.{' '}
        <button onClick={() => window.location.reload()} className={link}>
          Reload
        </button>{' '}
        <button
          onClick={() => void import('../autosave').then((m) => m.keepThisTab())}
          className={link}
        >
          Keep this tab&apos;s
        </button>
      </span>
    )
  return (
    <span data-testid="save-status" role="status" className="text-xs text-slate-500">
      {state.kind === 'pending' ? 'Saving…' : state.at > 0 ? 'Saved' : ''}
    </span>
  )
}
