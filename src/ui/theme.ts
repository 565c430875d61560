/** The colour theme: a saved choice, else the system's preference; applied as <html class="dark">. */
const THEME_KEY = 'docknet:theme'

export type Theme = 'light' | 'dark'

export function initialTheme(): Theme {
  try {
    const saved = localStorage.getItem(THEME_KEY)
    if (saved === 'light' || saved === 'dark') return saved
  } catch {
    // Storage can be refused (private mode): the system preference decides.
  }
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'
}

export function applyTheme(theme: Theme, remember: boolean): void {
  document.documentElement.classList.toggle('dark', theme === 'dark')
  if (!remember) return
  try {
    localStorage.setItem(THEME_KEY, theme)
  } catch {
    // Not remembered; the theme still applies.
  }
}
