/**
 * Edges drawn again only when their own way changes. React Flow redraws an edge when one of its
 * ends moves; a change elsewhere (a card added, dropped or measured anew in its way) is looked
 * for here, once per change, over every edge, and only the edges whose route it changes are
 * drawn again. Before, every edge re-rendered for it: twice all 800 edges for a link drawn at
 * 500 containers (bench:ui).
 */
import { useContext, useLayoutEffect, useReducer } from 'react'
import { useStore, useStoreApi, type InternalNode } from '@xyflow/react'
import { useAppStore } from '../../store/react'
import { edgeRoute, type Route } from '../../io/picture/edge-route'
import type { Box } from '../../io/picture/floating'
import { boxOf, cardBoxes } from './card-boxes'
import { FarContext } from './zoom'

const NO_CARDS: readonly Box[] = []

/** The cards edges go around, as React Flow and the app store hold them now. */
export function cardsNow(
  nodes: object,
  lookup: ReadonlyMap<string, InternalNode>,
  measures: number,
  far: boolean,
): readonly Box[] {
  // Far out the cards are name-only and the edges hairlines: a detour would not show.
  return far ? NO_CARDS : cardBoxes(nodes, lookup, measures)
}

/** Edge `id`'s route from `source` to `target`, or null before both cards are measured. */
export function routeOf(
  id: string,
  source: string,
  target: string,
  lookup: ReadonlyMap<string, InternalNode>,
  cards: readonly Box[],
): Route | null {
  const sourceBox = boxOf(lookup.get(source))
  const targetBox = boxOf(lookup.get(target))
  return sourceBox && targetBox ? edgeRoute(id, sourceBox, targetBox, cards) : null
}

interface Drawn {
  readonly route: Route | null
  readonly redraw: () => void
}

/** The route each edge on the canvas last drew, and how to make it draw again. */
const drawn = new Map<string, Drawn>()

/** Records the route edge `id` drew, so that a change that moves it draws it again. */
export function useDrawnRoute(id: string, route: Route | null): void {
  const [, redraw] = useReducer((n: number) => n + 1, 0)
  useLayoutEffect(() => {
    const entry = { route, redraw }
    drawn.set(id, entry)
    return () => {
      if (drawn.get(id) === entry) drawn.delete(id)
    }
  }, [id, route])
}

/**
 * Draws again, before the paint, the edges a change of the cards moves. Mounted once inside
 * React Flow. Not mid-drag: the edges of the dragged card follow it, the others find their way
 * once it is dropped.
 */
export function RouteWatch() {
  const nodes = useStore((s) => s.nodes)
  const measures = useAppStore((s) => s.measures)
  const dragging = useAppStore((s) => s.dragging)
  const far = useContext(FarContext)
  const store = useStoreApi()
  useLayoutEffect(() => {
    if (dragging) return
    const { nodeLookup: lookup, edgeLookup } = store.getState()
    const cards = cardsNow(nodes, lookup, measures, far)
    for (const [id, d] of drawn) {
      const edge = edgeLookup.get(id)
      if (edge && routeOf(id, edge.source, edge.target, lookup, cards) !== d.route) d.redraw()
    }
  }, [nodes, measures, far, dragging, store])
  return null
}
