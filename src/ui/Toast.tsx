import { useEffect } from 'react'
import { useAppStore } from '../store/react'

/** How long a message stays: long enough to read Docker's error, not so long it hides the form. */
const SHOWN_MS = { error: 12_000, info: 5_000 } as const

/** Docker's refusal of a gesture (or a note), until dismissed or read. */
export function Toast() {
  const toast = useAppStore((s) => s.toast)
  const dismiss = useAppStore((s) => s.dismissToast)
  useEffect(() => {
    if (!toast) return
    const timer = setTimeout(dismiss, SHOWN_MS[toast.kind])
    return () => clearTimeout(timer)
  }, [toast, dismiss])
  if (!toast) return null
  const tone =
    toast.kind === 'error'
      ? 'border-rose-300 bg-rose-50 text-rose-900'
      : 'border-sky-300 bg-sky-50 text-sky-900'
  return (
    <div
      role="alert"
      data-testid="toast"
      className={`absolute bottom-4 left-1/2 z-10 max-w-md -translate-x-1/2 rounded-lg border p-3 font-mono text-xs whitespace-pre-wrap shadow ${tone}`}
    >
      {toast.text}
      <button onClick={dismiss} aria-label="Dismiss" className="ml-3 font-sans underline">
        Dismiss
      </button>
    </div>
  )
}
