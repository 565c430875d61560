import { createContext, useCallback, useContext, useLayoutEffect } from 'react'
import type { FlowEdge } from '../../store'
import { useT } from '../i18n/language'
import { shellMessages } from '../shell/messages'

/**
 * Each drawn edge's spoken meaning ("link web to db as db"), set as the `aria-label` of the
 * element React Flow draws it in. React Flow's copies of the edges carry no words
 * (edge-words.ts), so that a rename does not hand it new edges; the words go onto its elements
 * from here: an edge drawn takes its words (DocknetEdge.tsx), and a change of the words renames
 * only the edges whose words changed.
 */
export interface EdgeNaming {
  /** The words of every edge now (`wordsOf` says one's); the drawn ones whose words changed are renamed. */
  readonly say: (edges: readonly FlowEdge[], wordsOf: (edge: FlowEdge) => string) => void
  /** An edge drawn in `element`: it takes its words. Returns the call for when it goes. */
  readonly drawn: (id: string, element: Element) => () => void
}

export function edgeNaming(): EdgeNaming {
  let words = new Map<string, string>()
  const elements = new Map<string, Element>()
  const name = (element: Element, text: string | undefined) => {
    if (text) element.setAttribute('aria-label', text)
    else element.removeAttribute('aria-label')
  }
  return {
    say(edges, wordsOf) {
      const next = new Map(edges.map((e) => [e.id, wordsOf(e)]))
      for (const [id, element] of elements)
        if (next.get(id) !== words.get(id)) name(element, next.get(id))
      words = next
    },
    drawn(id, element) {
      elements.set(id, element)
      name(element, words.get(id))
      return () => {
        if (elements.get(id) === element) elements.delete(id)
      }
    },
  }
}

/** The canvas's naming of its edges; one per canvas, never replaced. */
export const EdgeNamingContext = createContext<EdgeNaming>(edgeNaming())

/** What an edge means, in the interface's language. */
export function useEdgeWords(): (edge: FlowEdge) => string {
  const t = useT(shellMessages)
  return useCallback(
    (edge: FlowEdge) =>
      edge.data?.meanings
        ? t('edgeMeaning', { meanings: edge.data.meanings })
        : (edge.ariaLabel ?? ''),
    [t],
  )
}

/** Says the words of the edges shown, before React Flow draws any new one. */
export function EdgeNames({ edges }: { edges: readonly FlowEdge[] }) {
  const naming = useContext(EdgeNamingContext)
  const words = useEdgeWords()
  useLayoutEffect(() => naming.say(edges, words), [naming, edges, words])
  return null
}
