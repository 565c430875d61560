import { useCallback } from 'react'
import type { DiagnosticNote } from '../../engine'
import { useAppStore } from '../../store/react'
import { noteView } from '../../store/why-view'
import { Evidence, FoundFixes, useFoundFixes } from './FoundFixes'

/**
 * "Why?" for a problem Docker does not report (a stopped container, stale link variables, a LAN
 * address two machines hold, a volume nobody mounts): the rule, the records that show it, and
 * the changes after which it is gone, each applied with one click as one undo step.
 */
export function NotePanel({ note }: { note: DiagnosticNote }) {
  const topology = useAppStore((s) => s.shell.topology)
  const noteFixes = useAppStore((s) => s.noteFixes)
  const view = noteView(topology, note)
  const fixes = useFoundFixes(useCallback(() => noteFixes(note), [noteFixes, note]))
  if (!view)
    return (
      <p data-testid="why" className="mb-3 text-slate-600">
        Fixed: the problem is gone from the topology.
      </p>
    )
  return (
    <section data-testid="why" aria-label="Why" className="mb-3">
      <p className="mb-1">{view.why}</p>
      <Evidence lines={view.evidence} />
      <FoundFixes fixes={fixes} none="No fix to offer: change it as the rule says." />
    </section>
  )
}
