import { useEffect, useRef } from 'react'
import { DialogClose } from '../DialogClose'
import type { Translate } from '../i18n/catalog'
import { useT } from '../i18n/language'
import { helpMessages, type HelpMessages } from './messages'

/** Every shortcut the app answers to; the list is the documentation, so keep it true. */
const shortcuts = (
  t: Translate<HelpMessages>,
): readonly (readonly [keys: readonly string[], what: string])[] => [
  [['Ctrl+Z'], t('undo')],
  [['Ctrl+Shift+Z', 'Ctrl+Y'], t('redo')],
  [['Ctrl+C', 'Ctrl+V'], t('copyPaste')],
  [['Ctrl+D'], t('duplicate')],
  [['Delete', 'Backspace'], t('remove')],
  [[t('shiftDrag')], t('boxSelect')],
  [[t('ctrlClick')], t('addToSelection')],
  [['Tab'], t('focusNext')],
  [['Enter'], t('selectFocused')],
  [[t('arrowKeys')], t('move')],
  [[t('scroll')], t('zoom')],
  [[t('dragCanvas')], t('pan')],
  [['?'], t('showList')],
]

/** The keyboard-shortcut help panel: a modal dialog (Escape closes it). */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT(helpMessages)
  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const d = dialog.current
    if (!d) return
    if (open && !d.open) d.showModal()
    else if (!open && d.open) d.close()
  }, [open])
  return (
    <dialog
      ref={dialog}
      onClose={onClose}
      aria-labelledby="shortcuts-title"
      className="m-auto w-[34rem] rounded-lg border border-slate-300 bg-white p-5 text-sm text-slate-800 shadow-xl backdrop:bg-slate-900/30"
    >
      <h2 id="shortcuts-title" className="mb-3 text-base font-semibold text-slate-900">
        {t('title')}
      </h2>
      <table className="w-full">
        <tbody>
          {shortcuts(t).map(([keys, what]) => (
            <tr key={keys.join()} className="border-t border-slate-100">
              <th scope="row" className="py-1.5 pr-4 text-left align-top font-normal">
                {keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 ? <span className="text-slate-500"> {t('or')} </span> : null}
                    <kbd className="rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 font-mono text-xs whitespace-nowrap">
                      {k}
                    </kbd>
                  </span>
                ))}
              </th>
              <td className="py-1.5 text-slate-600">{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <DialogClose className="mt-4 text-right" />
    </dialog>
  )
}
