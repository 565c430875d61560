import { useEffect, useState } from 'react'
import type { Topology } from '../../engine'
import { useAppStore } from '../../store/react'
import { useT } from '../i18n/language'
import { FixList, type ShownFix } from './FixList'
import { whyMessages } from './messages'

/**
 * The fixes `find` finds for the world drawn now; null while it looks (or the world changed
 * since). `find` should be stable (useCallback): a new one looks again.
 */
export function useFoundFixes(
  find: () => Promise<readonly ShownFix[]>,
): readonly ShownFix[] | null {
  const topology = useAppStore((s) => s.shell.topology)
  const [found, setFound] = useState<{
    topology: Topology
    list: readonly ShownFix[]
  } | null>(null)
  useEffect(() => {
    let current = true
    void find().then((list) => {
      if (current) setFound({ topology, list })
    })
    return () => {
      current = false
    }
  }, [topology, find])
  return found?.topology === topology ? found.list : null
}

/** The records that show a rule, each as Docker prints it (its own spacing kept). */
export function Evidence({ lines }: { lines: readonly string[] }) {
  return lines.length > 0 ? (
    <ul className="mb-2 flex flex-col gap-0.5 font-mono text-[11px] whitespace-pre-wrap text-slate-600">
      {lines.map((e) => (
        <li key={e}>{e}</li>
      ))}
    </ul>
  ) : null
}

/** Fixes being looked for, none (`none` says what then), or their list. */
export function FoundFixes({ fixes, none }: { fixes: readonly ShownFix[] | null; none: string }) {
  const t = useT(whyMessages)
  if (fixes === null) return <p className="text-slate-500">{t('lookingForFix')}</p>
  if (fixes.length === 0)
    return (
      <p data-testid="no-fix" className="text-slate-600">
        {none}
      </p>
    )
  return <FixList fixes={fixes} />
}
