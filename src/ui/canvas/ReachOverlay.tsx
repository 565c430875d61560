import { memo, useMemo, useState } from 'react'
import { useStore, useStoreApi, ViewportPortal } from '@xyflow/react'
import { appStore, containerOf, overlayVerdict, type FlowNode } from '../../store'
import { matrixCell } from '../../store/matrix'
import type { Prose } from '../../store/prose'
import { useAppStore } from '../../store/react'
import type { Translate } from '../i18n/catalog'
import { useT } from '../i18n/language'
import { useProse } from '../i18n/prose'
import { boxOf } from './card-boxes'
import { overlayMessages, type OverlayMessages } from './overlay-messages'
import type { OverlayAsk } from './overlay-ask'

/** A card's place on the overlay, and what the selected container's verdict on it is. */
interface Mark {
  readonly id: string
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
  readonly to: string
  readonly from: string
  readonly reachable: boolean
  readonly byName: boolean
  readonly why: string
}

// Above the cards (a host's children are stacked over it) and the edge labels (EdgeLabels.tsx).
const VEIL_Z = 2001
const BADGE_Z = 2002
/** The badge's size and how far it stands out of its card's top-right corner, in flow px. */
const BADGE = 20
const OUTSET = 8

/**
 * The reachability overlay: on every other container's card, whether the selected container
 * reaches it (✓ by name, `#` by address only, ✗ not, hover for why), and an unreachable card
 * veiled. One layer over the viewport rather than a badge inside each card: a selection at 500
 * containers then adds 500 small boxes to one layer, where badges inside the cards re-rendered
 * 500 components through a context and laid out 500 cards again (bench:ui, edit at 500). A
 * click on a badge asks why: the reachability matrix opens on the pair, with its proof, fixes
 * and walk.
 */
export default function ReachOverlay({ ask }: { ask: OverlayAsk }) {
  const nodes = useStore((s) => s.nodes) as FlowNode[]
  // A card re-measured (a stopped container's card shrinks) keeps React Flow's nodes array.
  const measures = useAppStore((s) => s.measures)
  const store = useStoreApi()
  const prose = useProse()
  const t = useT(overlayMessages)
  // The verdicts change with the question (and the language); the places with the cards.
  const verdicts = useMemo(() => verdictsOf(ask, prose), [ask, prose])
  const [kept] = useState<{ marks: readonly Mark[] }>({ marks: [] })
  const marks = useMemo(() => {
    void measures // the lookup below is read, not subscribed: a new measure is the trigger
    const placed = place(verdicts, nodes, store.getState().nodeLookup)
    // An edit that moves no card (a rename, a restart) keeps every badge as it was: the edit
    // paints without 500 badges drawn again (bench:ui, rename at 500).
    if (sameMarks(placed, kept.marks)) return kept.marks
    kept.marks = placed
    return placed
  }, [verdicts, nodes, measures, store, kept])
  const from = containerOf(ask.selection)
  if (!from) return null
  return (
    <ViewportPortal>
      <Marks marks={marks} from={from} t={t} />
    </ViewportPortal>
  )
}

/** The veils and badges: kept whole, not gone through one by one, while the marks are kept. */
const Marks = memo(function Marks({
  marks,
  from,
  t,
}: {
  marks: readonly Mark[]
  from: string
  t: Translate<OverlayMessages>
}) {
  return (
    <>
      {marks.map((m) => (m.reachable ? null : <Veil key={`veil ${m.id}`} mark={m} />))}
      {marks.map((m) => (
        <Badge key={m.id} mark={m} from={from} t={t} />
      ))}
    </>
  )
})

/** What the selected container's verdict on another one is, by that one's id. */
type Verdict = Omit<Mark, 'x' | 'y' | 'width' | 'height'>

function verdictsOf(
  { selection, topology }: OverlayAsk,
  prose: Prose,
): ReadonlyMap<string, Verdict> {
  const from = containerOf(selection)
  const out = new Map<string, Verdict>()
  if (!topology || !from) return out
  for (const id of topology.containers.keys()) {
    const verdict = overlayVerdict(topology, selection, id)
    if (!verdict) continue
    out.set(id, {
      id,
      to: verdict.to,
      from: verdict.from,
      reachable: verdict.reachable,
      // As the matrix marks it: reached by IP address only is `#`, not a ✓.
      byName: matrixCell(topology, from, id)?.byName ?? false,
      why: prose.verdictText(verdict),
    })
  }
  return out
}

/** Each verdict on its card, where React Flow measured the card. */
function place(
  verdicts: ReadonlyMap<string, Verdict>,
  nodes: readonly FlowNode[],
  lookup: ReturnType<ReturnType<typeof useStoreApi>['getState']>['nodeLookup'],
): Mark[] {
  const out: Mark[] = []
  for (const node of nodes) {
    const verdict = node.type === 'container' ? verdicts.get(node.data.id) : undefined
    const box = verdict && boxOf(lookup.get(node.id))
    if (verdict && box) out.push({ ...verdict, ...box })
  }
  return out
}

function sameMarks(a: readonly Mark[], b: readonly Mark[]): boolean {
  if (a.length !== b.length) return false
  return a.every((m, i) => {
    const k = b[i]
    return (
      k !== undefined &&
      m.id === k.id &&
      m.x === k.x &&
      m.y === k.y &&
      m.width === k.width &&
      m.height === k.height &&
      m.reachable === k.reachable &&
      m.byName === k.byName &&
      m.why === k.why &&
      m.to === k.to &&
      m.from === k.from
    )
  })
}

/** Dims a card the selected container cannot reach (as the card's own opacity would). */
const Veil = memo(function Veil({ mark }: { mark: Mark }) {
  return (
    <div
      className="pointer-events-none absolute rounded-lg bg-white/40"
      style={{ left: mark.x, top: mark.y, width: mark.width, height: mark.height, zIndex: VEIL_Z }}
    />
  )
})

/** One element per badge (its name asks the question, its title answers it): 500 of them. */
const Badge = memo(function Badge({
  mark,
  from,
  t,
}: {
  mark: Mark
  from: string
  t: Translate<OverlayMessages>
}) {
  const byIpOnly = mark.reachable && !mark.byName
  return (
    <button
      type="button"
      data-testid="overlay-verdict"
      aria-label={t('badgeLabel', {
        to: mark.to,
        from: mark.from,
        reachable: mark.reachable,
        byName: mark.byName,
      })}
      title={t('badgeTitle', { to: mark.to, why: mark.why, byIpOnly })}
      // Read when clicked: the badges do not subscribe to the store for it.
      onClick={() => appStore.getState().showMatrix({ from, to: mark.id })}
      className={`nodrag nopan pointer-events-auto absolute size-5 cursor-help rounded-full text-center text-[11px] leading-5 font-bold text-white shadow focus-visible:outline-2 focus-visible:outline-sky-500 ${!mark.reachable ? 'bg-rose-600' : mark.byName ? 'bg-emerald-600' : 'bg-amber-700'}`}
      style={{ left: mark.x + mark.width + OUTSET - BADGE, top: mark.y - OUTSET, zIndex: BADGE_Z }}
    >
      {!mark.reachable ? '✗' : mark.byName ? '✓' : '#'}
    </button>
  )
})
