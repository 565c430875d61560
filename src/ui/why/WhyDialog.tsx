import { useCallback, useEffect, useRef } from 'react'
import { nodeId, type TranscriptEntry } from '../../store'
import { useAppStore } from '../../store/react'
import { askedOf, connectionEnd, walkLines, whyView } from '../../store/why-view'
import type { DiagnosticNote } from '../../engine'
import { CloseWhy } from './FixList'
import { NotePanel } from './NotePanel'
import { PacketWalk } from './PacketWalk'
import { RefusalPanel } from './RefusalPanel'
import { WhyPanel } from './WhyPanel'
import { DialogClose } from '../DialogClose'
import { useT } from '../i18n/language'
import { useProse } from '../i18n/prose'
import { whyMessages } from './messages'

/**
 * "Why?" for a command that failed in the terminal (a connection that failed, or a command
 * Docker refused), or for a problem the diagnostics note: a modal dialog (Escape closes it).
 */
export default function WhyDialog(
  props: { onClose: () => void } & (
    { entry: TranscriptEntry; title?: string } | { title: string; note: DiagnosticNote }
  ),
) {
  const { onClose } = props
  const entry = 'entry' in props ? props.entry : null
  const t = useT(whyMessages)
  const prose = useProse()
  const dialog = useRef<HTMLDialogElement>(null)
  const topology = useAppStore((s) => s.shell.topology)
  const focus = useAppStore((s) => s.focus)
  const traceTo = useAppStore((s) => s.traceTo)
  useEffect(() => {
    const d = dialog.current
    if (d && !d.open) d.showModal()
  }, [])
  const close = useCallback(() => dialog.current?.close(), [])
  const refused = entry?.refused
  const reached = entry?.reached
  // A connection that worked is asked again of the world now, for its walk.
  const asked =
    entry?.asked ?? (reached && askedOf(topology, reached.fromId, reached.name, reached.port))
  const note = 'note' in props ? props.note : null
  const end = asked ? connectionEnd(asked) : null
  // A diagnostic's own words, or the command typed.
  const title = props.title ?? entry?.command ?? ''
  if (!asked && !refused && !note) return null
  return (
    <dialog
      ref={dialog}
      onClose={onClose}
      aria-label={t('dialogLabel', { title })}
      data-testid="why-dialog"
      className="m-auto w-[min(94vw,36rem)] rounded-lg font-sans border border-slate-300 bg-white p-4 text-xs text-slate-800 shadow-xl backdrop:bg-slate-900/30"
    >
      <CloseWhy value={close}>
        <header className="mb-2 flex items-start gap-4">
          {/* A command is shown as typed; a diagnostic's words are prose. */}
          <h2
            className={`${props.title === undefined ? 'font-mono' : ''} text-sm font-semibold text-slate-900`}
          >
            {title}
          </h2>
          <DialogClose className="ml-auto shrink-0" />
        </header>
        {asked ? (
          <>
            <WhyPanel
              question={{ fromId: asked.from.id, name: asked.name, port: asked.port }}
              reachable={asked.reachable}
              {...whyView(asked, prose)}
            />
            {asked.reachable && entry && entry.exitCode !== 0 ? (
              <p data-testid="exchange-failed" className="mb-2">
                {t('exchangeFailed')}
              </p>
            ) : null}
            {asked.reachable ? (
              <PacketWalk
                target={asked.port === null ? asked.name : `${asked.name}:${asked.port}`}
                steps={walkLines(topology, asked, prose)}
              />
            ) : null}
            {/* Both ends still there: a client run with --rm is gone once its command ends. */}
            {end && topology.containers.has(end) && topology.containers.has(asked.from.id) ? (
              <button
                type="button"
                onClick={() => {
                  // The trace's banner walks it there, marking each hop on the cards; a way that
                  // fails is drawn as far as it goes.
                  focus(nodeId.container(asked.from.id))
                  void traceTo(end, { name: asked.name, port: asked.port })
                  dialog.current?.close()
                }}
                className="rounded border border-slate-300 px-2 py-0.5 hover:bg-slate-100"
              >
                {asked.reachable ? t('walkOnCanvas') : t('showPathOnCanvas')}
              </button>
            ) : null}
          </>
        ) : entry && refused ? (
          <RefusalPanel entry={entry} refused={refused} />
        ) : note ? (
          <NotePanel note={note} />
        ) : null}
      </CloseWhy>
    </dialog>
  )
}
