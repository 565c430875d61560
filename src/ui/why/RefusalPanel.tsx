import { useEffect, useState } from 'react'
import type { RefusalFix, TranscriptEntry } from '../../store'
import { useAppStore } from '../../store/react'
import { FixList } from './FixList'
import { refusalView } from '../../store/why-view'

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
  // The fixes found, for the world they were found in.
  const [fixes, setFixes] = useState<{
    topology: typeof topology
    list: readonly RefusalFix[]
  } | null>(null)
  useEffect(() => {
    let current = true
    void refusalFixes(entry.command, entry.host, refused).then((list) => {
      if (current) setFixes({ topology, list })
    })
    return () => {
      current = false
    }
  }, [topology, entry.command, entry.host, refused, refusalFixes])
  const shown = fixes?.topology === topology ? fixes.list : null
  return (
    <section data-testid="why" aria-label="Why Docker refused it" className="mb-3">
      <p className="mb-1 font-mono text-[11px] text-rose-700">{refused.message}</p>
      <p className="mb-1">
        {view?.why ?? 'Docker’s message says it all: it names what it refused and why.'}
      </p>
      {view && view.evidence.length > 0 ? (
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
          No fix to offer: change the command as the rule says.
        </p>
      ) : (
        <FixList fixes={shown} />
      )}
    </section>
  )
}
