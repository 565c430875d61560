import { useCallback } from 'react'
import type { DiagnosticNote } from '../../engine'
import { useAppStore } from '../../store/react'
import { noteView } from '../../store/why-view'
import { useT } from '../i18n/language'
import { useProse } from '../i18n/prose'
import { Evidence, FoundFixes, useFoundFixes } from './FoundFixes'
import { whyMessages } from './messages'

/**
 * "Why?" for a problem Docker does not report (a stopped container, stale link variables, a LAN
 * address two machines hold, a volume nobody mounts): the rule, the records that show it, and
 * the changes after which it is gone, each applied with one click as one undo step.
 */
export function NotePanel({ note }: { note: DiagnosticNote }) {
  const t = useT(whyMessages)
  const topology = useAppStore((s) => s.shell.topology)
  const noteFixes = useAppStore((s) => s.noteFixes)
  const prose = useProse()
  const view = noteView(topology, note, prose)
  const fixes = useFoundFixes(useCallback(() => noteFixes(note), [noteFixes, note]))
  if (!view)
    return (
      <p data-testid="why" className="mb-3 text-slate-600">
        {t('noteFixed')}
      </p>
    )
  return (
    <section data-testid="why" aria-label={t('why')} className="mb-3">
      <p className="mb-1">{view.why}</p>
      <Evidence lines={view.evidence} />
      <FoundFixes fixes={fixes} none={t('noteNoFix')} />
    </section>
  )
}
