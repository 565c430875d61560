import { useEffect, useRef } from 'react'
import { DialogClose } from '../DialogClose'

/** Every shortcut the app answers to; the list is the documentation, so keep it true. */
const SHORTCUTS: readonly (readonly [keys: readonly string[], what: string])[] = [
  [['Ctrl+Z'], 'Undo the last change'],
  [['Ctrl+Shift+Z', 'Ctrl+Y'], 'Redo'],
  [['Ctrl+C', 'Ctrl+V'], 'Copy the selected containers; paste runs a copy of each (docker run)'],
  [['Ctrl+D'], 'Duplicate the selected containers'],
  [['Delete', 'Backspace'], 'Remove the selection (docker rm -f, network rm, volume rm)'],
  [['Shift+drag'], 'Select the nodes in a box'],
  [['Ctrl+click'], 'Add a node to the selection'],
  [['Tab'], 'Focus the next node'],
  [['Enter'], 'Select the focused node'],
  [['Arrow keys'], 'Move the selected nodes'],
  [['Scroll'], 'Zoom'],
  [['Drag the canvas'], 'Pan'],
  [['?'], 'Show this list'],
]

/** The keyboard-shortcut help panel: a modal dialog (Escape closes it). */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
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
        Keyboard shortcuts
      </h2>
      <table className="w-full">
        <tbody>
          {SHORTCUTS.map(([keys, what]) => (
            <tr key={keys.join()} className="border-t border-slate-100">
              <th scope="row" className="py-1.5 pr-4 text-left align-top font-normal">
                {keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 ? <span className="text-slate-500"> or </span> : null}
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
