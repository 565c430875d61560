import { useCallback } from 'react'
import type { TranscriptEntry } from '../../store'
import { useAppStore } from '../../store/react'
import { refusalView } from '../../store/why-view'
import { Evidence, FoundFixes, useFoundFixes } from './FoundFixes'

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
  const topology = useAppStore((s) => s.shell.topology)
  const refusalFixes = useAppStore((s) => s.refusalFixes)
  const view = refusalView(topology, entry.host, refused)
  const { command, host } = entry
  const fixes = useFoundFixes(
    useCallback(() => refusalFixes(command, host, refused), [refusalFixes, command, host, refused]),
  )
  return (
    <section data-testid="why" aria-label="Why Docker refused it" className="mb-3">
      <p className="mb-1 font-mono text-[11px] text-rose-700">{refused.message}</p>
      <p className="mb-1">
        {view?.why ?? 'Docker’s message says it all: it names what it refused and why.'}
      </p>
      <Evidence lines={view?.evidence ?? []} />
      <FoundFixes fixes={fixes} none="No fix to offer: change the command as the rule says." />
    </section>
  )
}
