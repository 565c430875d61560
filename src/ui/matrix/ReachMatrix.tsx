import { useEffect, useRef, useState } from 'react'
import { nodeId } from '../../store'
import { matrixProof } from '../../store/matrix'
import { useAppStore } from '../../store/react'
import { useProse } from '../i18n/prose'
import { MatrixGrid, type MatrixPick } from './MatrixGrid'
import { ReachProof } from './ReachProof'
import { DialogClose } from '../DialogClose'
import { useT } from '../i18n/language'
import { matrixMessages } from './messages'

/**
 * Who reaches whom, for every pair of containers: a modal dialog (Escape closes it) holding the
 * virtualised grid and, for the picked cell (`initial` first: a badge or a Reach row asked why),
 * the proof.
 */
export function ReachMatrix({
  initial,
  onClose,
}: {
  initial: MatrixPick | null
  onClose: () => void
}) {
  const t = useT(matrixMessages)
  const prose = useProse()
  const dialog = useRef<HTMLDialogElement>(null)
  const topology = useAppStore((s) => s.shell.topology)
  // focus, not select: it also marks the card selected on the canvas, as a click does.
  const focus = useAppStore((s) => s.focus)
  const traceTo = useAppStore((s) => s.traceTo)
  const [picked, setPicked] = useState<MatrixPick | null>(initial)
  useEffect(() => {
    const d = dialog.current
    if (d && !d.open) d.showModal()
  }, [])
  const proof = picked ? matrixProof(topology, picked.from, picked.to, prose) : null
  const show = (side: 'from' | 'to' | 'path') => {
    if (!picked) return
    focus(nodeId.container(picked[side === 'to' ? 'to' : 'from']))
    // The path: the row container selected, and its way to the column drawn on the canvas.
    if (side === 'path') void traceTo(picked.to)
    dialog.current?.close()
  }
  return (
    <dialog
      ref={dialog}
      onClose={onClose}
      aria-label={t('title')}
      data-testid="reach-matrix"
      className="m-auto max-h-[min(88vh,52rem)] min-h-[26rem] max-w-[min(94vw,80rem)] min-w-[min(94vw,48rem)] flex-col overflow-hidden rounded-lg border border-slate-300 bg-white text-xs text-slate-800 shadow-xl backdrop:bg-slate-900/30 open:flex"
    >
      <header className="flex items-center gap-4 border-b border-slate-200 px-4 py-2">
        <h2 className="text-base font-semibold text-slate-900">{t('title')}</h2>
        <p className="text-slate-600">
          {t('legend')} <span className="font-mono">✓</span> {t('legendByName')}{' '}
          <span className="font-mono">#</span> {t('legendByIp')}{' '}
          <span className="font-mono">✗</span> {t('legendUnreachable')}{' '}
          <span className="font-mono">n/m</span> {t('legendPorts')}
        </p>
        <DialogClose className="ml-auto" />
      </header>
      <div className="flex min-h-0 flex-1">
        <MatrixGrid topology={topology} picked={picked} onPick={setPicked} />
        <ReachProof proof={proof} onShow={show} />
      </div>
    </dialog>
  )
}
