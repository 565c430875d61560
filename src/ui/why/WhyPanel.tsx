import { useEffect, useState } from 'react'
import type { Fix } from '../../store'
import type { ProofQuestion } from '../../store/matrix'
import { useAppStore } from '../../store/react'
import { useT } from '../i18n/language'
import { Evidence, FoundFixes } from './FoundFixes'
import { whyMessages } from './messages'

/** Up to this many containers, fixes are looked for as soon as the question is shown. */
const SEARCH_AT_ONCE_UP_TO = 40

/**
 * "Why?" for one question asked by name: the paragraph naming the rule that decided, what shows
 * it, and, when the answer is no, the smallest fixes, each applied with one click as one undo
 * step (its commands go to the terminal as every gesture's do).
 */
export function WhyPanel({
  question,
  why,
  reachable,
  evidence,
}: {
  question: ProofQuestion
  why: string
  reachable: boolean
  evidence: readonly string[]
}) {
  const t = useT(whyMessages)
  const topology = useAppStore((s) => s.shell.topology)
  const fixesFor = useAppStore((s) => s.fixesFor)
  const { fromId, name, port } = question
  const key = `${fromId}\n${name}\n${port ?? ''}`
  // In a big world the search takes about a second on the main thread: it waits to be asked.
  const big = topology.containers.size > SEARCH_AT_ONCE_UP_TO
  const [asked, setAsked] = useState<string | null>(null)
  const search = !big || asked === key
  // The fixes found, for the world and question they were found for.
  const [fixes, setFixes] = useState<{
    topology: typeof topology
    key: string
    list: readonly Fix[]
  } | null>(null)
  useEffect(() => {
    if (reachable || !search) return
    let current = true
    void fixesFor(fromId, name, port).then((list) => {
      if (current) setFixes({ topology, key, list })
    })
    return () => {
      current = false
    }
  }, [topology, key, fromId, name, port, reachable, search, fixesFor])
  const shown = fixes?.topology === topology && fixes.key === key && !reachable ? fixes.list : null
  // A container run with --rm is gone once its command ends: there is nothing left to change.
  const gone = !topology.containers.has(fromId)
  const target = port === null ? name : `${name}:${port}`
  return (
    <section data-testid="why" aria-label={t('whyLabel', { target })} className="mb-3">
      <h4 className="mb-1 font-semibold text-slate-900">{t('whyByName', { target })}</h4>
      <p className="mb-1">{why}</p>
      <Evidence lines={evidence} />
      {reachable ? null : gone ? (
        <p className="text-slate-600">{t('goneNoFix')}</p>
      ) : !search ? (
        <button
          type="button"
          onClick={() => setAsked(key)}
          className="rounded border border-slate-300 px-2 py-0.5 hover:bg-slate-100"
        >
          {t('findSmallestFix')}
        </button>
      ) : (
        <FoundFixes fixes={shown} none={t('noFix')} />
      )}
    </section>
  )
}
