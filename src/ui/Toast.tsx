import { useAppStore } from '../store/react'

/** Docker's refusal of a gesture, shown until dismissed. */
export function Toast() {
  const toast = useAppStore((s) => s.toast)
  const dismiss = useAppStore((s) => s.dismissToast)
  if (!toast) return null
  return (
    <div
      role="alert"
      data-testid="toast"
      className="absolute right-4 bottom-4 z-10 max-w-md rounded-lg border border-rose-300 bg-rose-50 p-3 font-mono text-xs whitespace-pre-wrap text-rose-900 shadow"
    >
      {toast.text}
      <button
        onClick={dismiss}
        aria-label="Dismiss"
        className="ml-3 font-sans text-rose-700 underline"
      >
        Dismiss
      </button>
    </div>
  )
}
