import { useCallback } from 'react'
import type { TranscriptEntry } from '../../store'
import { useAppStore } from '../../store/react'
import { errorText, refusalView } from '../../store/why-view'
import { useT } from '../i18n/language'
import { useProse } from '../i18n/prose'
import { Evidence, FoundFixes, useFoundFixes } from './FoundFixes'
import { whyMessages } from './messages'

/**
 * "Why?" for a command Docker refused: the rule that decided, the facts that show it, and the
 * changes after which the command succeeds, each applied with one click as one undo step.
 */
export function RefusalPanel({
  entry,
  refused,
}: {
  entry: TranscriptEntry
  refused: NonNullable<TranscriptEntry['refused']>
}) {
  const t = useT(whyMessages)
  const topology = useAppStore((s) => s.shell.topology)
  const refusalFixes = useAppStore((s) => s.refusalFixes)
  const prose = useProse()
  const view = refusalView(topology, entry.host, refused, prose)
  const { command, host } = entry
  const fixes = useFoundFixes(
    useCallback(() => refusalFixes(command, host, refused), [refusalFixes, command, host, refused]),
  )
  return (
    <section data-testid="why" aria-label={t('refusalLabel')} className="mb-3">
      <p className="mb-1 font-mono text-[11px] text-rose-700">{errorText(refused)}</p>
      <p className="mb-1">{view?.why ?? t('refusalSaysAll')}</p>
      <Evidence lines={view?.evidence ?? []} />
      <FoundFixes fixes={fixes} none={t('refusalNoFix')} />
    </section>
  )
}
