import { memo, useDeferredValue, type KeyboardEvent } from 'react'
import { Panel } from '@xyflow/react'
import type { AppState, FlowEdge } from '../../store'
import { useAppStore } from '../../store/react'
import { useT } from '../i18n/language'
import { shellMessages } from '../shell/messages'
import { useEdgeWords } from './EdgeNames'

interface EdgeItemProps {
  readonly edge: FlowEdge
  readonly words: string
  readonly selectEdge: AppState['selectEdge']
  readonly remove: AppState['remove']
}

// The actions come from the list: a subscription per entry ran every store update 1,600 more
// selectors at 500 containers.
const EdgeItem = memo(function EdgeItem({ edge, words, selectEdge, remove }: EdgeItemProps) {
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Delete' && e.key !== 'Backspace') return
    e.preventDefault()
    remove([], [edge.id])
  }
  return (
    <li>
      <button
        type="button"
        data-edge={edge.id}
        onFocus={() => selectEdge(edge.id)}
        onBlur={() => selectEdge(null)}
        onKeyDown={onKeyDown}
        className="w-full rounded px-1.5 py-0.5 text-left focus-visible:bg-sky-100 focus-visible:outline-none"
      >
        {words}
      </button>
    </li>
  )
})

/**
 * The edges for the keyboard, after the cards: React Flow draws edges before cards, so Tab
 * would reach every edge before the first card. Each entry says what its edge means, selects
 * it on the canvas while focused, and Delete removes it (as docker commands). Out of sight
 * until one of them has the focus.
 */
export function EdgeList() {
  // Out of sight, it follows a change after the change's paint: going through 800 entries cost
  // a rename at 500 containers 2 ms before it (bench:ui).
  const edges = useDeferredValue(useAppStore((s) => s.edges))
  const selectEdge = useAppStore((s) => s.selectEdge)
  const remove = useAppStore((s) => s.remove)
  const t = useT(shellMessages)
  const words = useEdgeWords()
  if (edges.length === 0) return null
  return (
    <Panel position="top-left" className="pointer-events-none">
      <ul
        aria-label={t('edges')}
        className="sr-only max-h-64 overflow-y-auto rounded-md border border-slate-200 bg-white/95 p-1 text-xs text-slate-700 shadow focus-within:pointer-events-auto focus-within:not-sr-only"
      >
        {edges.map((e) => (
          <EdgeItem key={e.id} edge={e} words={words(e)} selectEdge={selectEdge} remove={remove} />
        ))}
      </ul>
    </Panel>
  )
}
