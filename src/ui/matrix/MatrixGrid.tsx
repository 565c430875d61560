import {
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type MouseEvent,
} from 'react'
import type { Topology } from '../../engine'
import { matrixAxes, type MatrixEntry } from '../../store/matrix'
import { useT } from '../i18n/language'
import { matrixMessages } from './messages'
import { BAND, CELL, HEAD, MatrixRow, ROW_HEAD } from './MatrixRow'

/** A row container and a column container (ids): the pair one cell stands for. */
export interface MatrixPick {
  readonly from: string
  readonly to: string
}

/**
 * The scroll offset is kept only to the block of STEP cells it falls in: scrolling inside a
 * block changes no state, so React renders once per STEP cells scrolled, not once per event.
 */
const STEP = 4
/** Rows and columns rendered beyond each edge, so a fast scroll shows no blank strip. */
const OVERSCAN = 2

interface Viewport {
  readonly top: number
  readonly left: number
  readonly width: number
  readonly height: number
}

const ARROWS: Readonly<Record<string, readonly [number, number]>> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
}

/** The row and column of the cell an event happened in (cells carry `data-r`, `data-c`). */
function cellAt(target: EventTarget): { r: number; c: number } | null {
  const cell = target instanceof Element ? target.closest<HTMLElement>('[data-c]') : null
  return cell ? { r: Number(cell.dataset.r), c: Number(cell.dataset.c) } : null
}

const snap = (offset: number) => Math.floor(offset / (CELL * STEP)) * CELL * STEP

/** [first, last) indices that can show under the sticky headers anywhere in the block. */
function visible(snapped: number, size: number, head: number, n: number): [number, number] {
  const first = Math.max(0, snapped / CELL - OVERSCAN)
  const last = Math.ceil((snapped + CELL * STEP + Math.max(0, size - head)) / CELL) + OVERSCAN
  return [first, Math.min(n, last)]
}

/** A row or column name; columns write it bottom-up to fit the cell width. */
function Label({
  entry,
  vertical,
  style,
}: {
  entry: MatrixEntry
  vertical: boolean
  style: CSSProperties
}) {
  const t = useT(matrixMessages)
  const tone = entry.running ? 'text-slate-800' : 'text-slate-500 italic'
  return (
    <div
      title={t('entry', entry)}
      className={`absolute ${tone} ${vertical ? 'flex items-end justify-center border-b border-slate-300 pb-1' : 'truncate px-2'}`}
      style={style}
    >
      {vertical ? (
        <span
          className="rotate-180 truncate [writing-mode:vertical-rl]"
          style={{ maxHeight: HEAD - BAND - 8 }}
        >
          {entry.name}
        </span>
      ) : (
        entry.name
      )}
    </div>
  )
}

/**
 * The matrix body, virtualised by hand: a scroll box over a canvas of the full size, with only
 * the visible rows and columns in the DOM, absolutely placed. Headers are `position: sticky`,
 * so the browser keeps them aligned while scrolling (no lag behind the scroll events).
 */
export function MatrixGrid({
  topology,
  picked,
  onPick,
}: {
  topology: Topology
  picked: MatrixPick | null
  onPick: (pick: MatrixPick) => void
}) {
  const t = useT(matrixMessages)
  const scroller = useRef<HTMLDivElement>(null)
  const [view, setView] = useState<Viewport>({ top: 0, left: 0, width: 0, height: 0 })
  useLayoutEffect(() => {
    const el = scroller.current
    if (!el) return
    const measure = () => {
      const next = {
        top: snap(el.scrollTop),
        left: snap(el.scrollLeft),
        width: el.clientWidth,
        height: el.clientHeight,
      }
      setView((v) =>
        v.top === next.top &&
        v.left === next.left &&
        v.width === next.width &&
        v.height === next.height
          ? v
          : next,
      )
    }
    measure()
    const resize = new ResizeObserver(measure)
    resize.observe(el)
    el.addEventListener('scroll', measure, { passive: true })
    return () => {
      resize.disconnect()
      el.removeEventListener('scroll', measure)
    }
  }, [])

  const { entries, groups } = matrixAxes(topology)
  const starts = useMemo(() => groups.slice(1).map((g) => g.start), [groups])
  const n = entries.length
  const [r0, r1] = visible(view.top, view.height, HEAD, n)
  const [c0, c1] = visible(view.left, view.width, ROW_HEAD, n)
  const size = n * CELL
  const click = (e: MouseEvent<HTMLDivElement>) => {
    const at = cellAt(e.target)
    const from = entries[at?.r ?? -1]
    const to = entries[at?.c ?? -1]
    if (from && to) onPick({ from: from.id, to: to.id })
  }
  // Arrow keys move between cells; the next one is always rendered (overscan), and focusing
  // it scrolls it clear of the sticky headers (scroll-padding).
  const key = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = ARROWS[e.key]
    const at = cellAt(e.target)
    if (!step || !at) return
    e.preventDefault()
    let [r, c] = [at.r + step[0], at.c + step[1]]
    if (r === c) [r, c] = [r + step[0], c + step[1]] // the diagonal has no cell
    scroller.current?.querySelector<HTMLElement>(`[data-r="${r}"][data-c="${c}"]`)?.focus()
  }

  return (
    <div
      ref={scroller}
      data-testid="matrix-scroll"
      className="min-w-0 flex-1 overflow-auto"
      style={{ scrollPaddingTop: HEAD, scrollPaddingLeft: ROW_HEAD }}
    >
      {n === 0 ? <p className="p-4 text-slate-500">{t('noContainer')}</p> : null}
      <div
        className="relative"
        style={{ width: ROW_HEAD + size, height: HEAD + size }}
        onClick={click}
        onKeyDown={key}
      >
        {entries.slice(r0, r1).map((e, i) => (
          <MatrixRow
            key={e.id}
            topology={topology}
            entries={entries}
            r={r0 + i}
            c0={c0}
            c1={c1}
            pickedTo={picked?.from === e.id ? picked.to : null}
          />
        ))}
        {/* Host boundaries: one line per group, so they need no virtualising. */}
        {starts.map((s) => (
          <div
            key={`v${s}`}
            aria-hidden
            className="pointer-events-none absolute w-0.5 bg-slate-400"
            style={{ top: HEAD, left: ROW_HEAD + s * CELL - 1, height: size }}
          />
        ))}
        {starts.map((s) => (
          <div
            key={`h${s}`}
            aria-hidden
            className="pointer-events-none absolute h-0.5 bg-slate-400"
            style={{ left: ROW_HEAD, top: HEAD + s * CELL - 1, width: size }}
          />
        ))}

        <div
          className="sticky top-0 z-20 bg-white"
          style={{ width: ROW_HEAD + size, height: HEAD }}
        >
          <div
            className="sticky left-0 z-10 flex h-full flex-col justify-end border-r border-b border-slate-300 bg-white p-2 text-[11px] text-slate-500"
            style={{ width: ROW_HEAD }}
          >
            <span>{t('columns')}</span>
            <span>{t('rows')}</span>
          </div>
          {groups.map((g) => (
            <div
              key={g.host}
              className="absolute top-0 border-b border-l border-slate-300 bg-slate-50 text-[11px] font-semibold text-slate-600"
              style={{ left: ROW_HEAD + g.start * CELL, width: g.count * CELL, height: BAND }}
            >
              <span
                className="sticky inline-block max-w-full truncate px-1 align-top"
                style={{ left: ROW_HEAD }}
                title={t('host', { host: g.host })}
              >
                {g.host}
              </span>
            </div>
          ))}
          {entries.slice(c0, c1).map((e, i) => (
            <Label
              key={e.id}
              entry={e}
              vertical
              style={{
                left: ROW_HEAD + (c0 + i) * CELL,
                top: BAND,
                width: CELL,
                height: HEAD - BAND,
              }}
            />
          ))}
        </div>

        <div
          className="sticky left-0 z-10 border-r border-slate-300 bg-white"
          style={{ width: ROW_HEAD, height: size }}
        >
          {groups.map((g) => (
            <div
              key={g.host}
              className="absolute left-0 border-t border-r border-slate-300 bg-slate-50 text-[11px] font-semibold text-slate-600"
              style={{ top: g.start * CELL, height: g.count * CELL, width: BAND }}
            >
              <span
                className="sticky inline-block rotate-180 truncate py-1 [writing-mode:vertical-rl]"
                style={{ top: HEAD, maxHeight: g.count * CELL }}
                title={t('host', { host: g.host })}
              >
                {g.host}
              </span>
            </div>
          ))}
          {entries.slice(r0, r1).map((e, i) => (
            <Label
              key={e.id}
              entry={e}
              vertical={false}
              style={{
                top: (r0 + i) * CELL,
                left: BAND,
                width: ROW_HEAD - BAND,
                height: CELL,
                lineHeight: `${CELL}px`,
              }}
            />
          ))}
        </div>
      </div>
    </div>
  )
}
