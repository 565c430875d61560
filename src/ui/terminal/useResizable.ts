import { useState, type KeyboardEvent, type PointerEvent } from 'react'

const KEY = 'docknet.terminalHeight'
const LEAST = 96
const STEP = 24

const most = () => Math.max(LEAST, Math.round(window.innerHeight * 0.7))
const clamp = (h: number) => Math.min(most(), Math.max(LEAST, Math.round(h)))

function saved(initial: number): number {
  try {
    const h = Number(localStorage.getItem(KEY))
    return h > 0 ? clamp(h) : initial
  } catch {
    return initial
  }
}

function save(h: number) {
  try {
    localStorage.setItem(KEY, String(h))
  } catch {
    // Storage refused (private mode): the height holds until the page is reloaded.
  }
}

/**
 * The terminal's height, set by dragging its top edge or with the arrow keys on it, and kept
 * across reloads: the props of the separator that resizes it, named `label`.
 */
export function useResizable(initial: number, label: string) {
  const [height, setHeight] = useState(() => saved(initial))
  const set = (h: number) => {
    const next = clamp(h)
    setHeight(next)
    save(next)
  }
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    const from = e.clientY
    const start = height
    const handle = e.currentTarget
    handle.setPointerCapture(e.pointerId)
    const move = (m: globalThis.PointerEvent) => set(start + from - m.clientY)
    const end = () => {
      handle.removeEventListener('pointermove', move)
      handle.removeEventListener('pointerup', end)
      handle.removeEventListener('pointercancel', end)
    }
    handle.addEventListener('pointermove', move)
    handle.addEventListener('pointerup', end)
    handle.addEventListener('pointercancel', end)
  }
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const by = e.key === 'ArrowUp' ? STEP : e.key === 'ArrowDown' ? -STEP : 0
    if (by === 0) return
    e.preventDefault()
    set(height + by)
  }
  const separator = {
    role: 'separator',
    'aria-orientation': 'horizontal',
    'aria-label': label,
    'aria-valuenow': height,
    'aria-valuemin': LEAST,
    'aria-valuemax': most(),
    tabIndex: 0,
    onPointerDown,
    onKeyDown,
  } as const
  return { height, separator }
}
