/**
 * The service worker that keeps every file of the app for offline use (vite-plugin-pwa builds
 * it). Registered once the page has loaded and settled: installing it fetches and stores every
 * chunk, which during the first render would slow that render by half (bench:ui).
 */
const SETTLE_MS = 4000

export function registerOffline(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
  const register = () =>
    setTimeout(() => {
      void navigator.serviceWorker
        .register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL })
        .catch(() => {
          // No offline copy (a private window, an old browser): the app works as before.
        })
    }, SETTLE_MS)
  if (document.readyState === 'complete') register()
  else window.addEventListener('load', register, { once: true })
}
