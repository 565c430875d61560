import { lazy, Suspense, useEffect, useState } from 'react'
import { useAppStore } from '../store/react'
import { useT } from './i18n/language'
import { shellMessages } from './shell/messages'

const WhyDialog = lazy(() => import('./why/WhyDialog'))
const SaidText = lazy(() => import('./said/SaidText'))

/** How long a note stays. Docker's errors stay until dismissed: they say why nothing changed. */
const NOTE_MS = 6_000

/**
 * Docker's refusal of a gesture, or Docknet's reason not to run it, until dismissed, or a
 * note, for a few seconds. Shown at the
 * foot of the canvas between its controls (left) and its legend (right), never over them.
 */
export function Toast() {
  const toast = useAppStore((s) => s.toast)
  const dismiss = useAppStore((s) => s.dismissToast)
  const [asking, setAsking] = useState(false)
  const t = useT(shellMessages)
  useEffect(() => {
    if (!toast || toast.kind === 'error') return
    const timer = setTimeout(dismiss, NOTE_MS)
    return () => clearTimeout(timer)
  }, [toast, dismiss])
  if (!toast) return null
  const tone =
    toast.kind === 'error'
      ? 'border-rose-300 bg-rose-50 text-rose-900'
      : 'border-sky-300 bg-sky-50 text-sky-900'
  return (
    <>
      <div className="pointer-events-none absolute right-48 bottom-4 left-14 z-10 flex justify-center">
        <div
          role="alert"
          data-testid="toast"
          className={`pointer-events-auto max-w-md rounded-lg border p-3 font-mono text-xs whitespace-pre-wrap shadow ${tone}`}
        >
          {toast.said ? (
            <Suspense fallback={null}>
              <SaidText said={toast.said} />
            </Suspense>
          ) : (
            toast.text
          )}
          {toast.why ? (
            <button onClick={() => setAsking(true)} className="ml-3 font-sans underline">
              {t('why')}
            </button>
          ) : null}
          <button onClick={dismiss} className="ml-3 font-sans underline">
            {t('dismiss')}
          </button>
        </div>
      </div>
      {/* Outside the pass-through strip: the dialog takes clicks. */}
      {asking && toast.why ? (
        <Suspense fallback={null}>
          <WhyDialog entry={toast.why} onClose={() => setAsking(false)} />
        </Suspense>
      ) : null}
    </>
  )
}
