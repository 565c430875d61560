import { useEffect, useState } from 'react'
import type { DiagnosticNote } from '../../engine'
import type { RefusalFix } from '../../store'
import { useAppStore } from '../../store/react'
import { noteView } from '../../store/why-view'
import { FixList } from './FixList'

/**
 * "Why?" for a problem Docker does not report (a stopped container, stale link variables, a LAN
 * address two machines hold, a volume nobody mounts): the rule, the records that show it, and
 * the changes after which it is gone, each applied with one click as one undo step.
 */
export function NotePanel({ note }: { note: DiagnosticNote }) {
  const topology = useAppStore((s) => s.shell.topology)
  const noteFixes = useAppStore((s) => s.noteFixes)
  const view = noteView(topology, note)
  // The fixes found, for the world they were found in.
  const [fixes, setFixes] = useState<{
    topology: typeof topology
    list: readonly RefusalFix[]
  } | null>(null)
  useEffect(() => {
    let current = true
    void noteFixes(note).then((list) => {
      if (current) setFixes({ topology, list })
    })
    return () => {
      current = false
    }
  }, [topology, note, noteFixes])
  const shown = fixes?.topology === topology ? fixes.list : null
  if (!view)
    return (
      <p data-testid="why" className="mb-3 text-slate-600">
        Fixed: the problem is gone from the topology.
      </p>
    )
  return (
    <section data-testid="why" aria-label="Why" className="mb-3">
      <p className="mb-1">{view.why}</p>
      {view.evidence.length > 0 ? (
        <ul className="mb-2 flex flex-col gap-0.5 font-mono text-[11px] whitespace-pre-wrap text-slate-600">
          {view.evidence.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      ) : null}
      {shown === null ? (
        <p className="text-slate-500">Looking for the smallest fix…</p>
      ) : shown.length === 0 ? (
        <p data-testid="no-fix" className="text-slate-600">
          No fix to offer: change it as the rule says.
        </p>
      ) : (
        <FixList fixes={shown} />
      )}
    </section>
  )
}
