import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import './index.css'
import { appStore } from './store'
import { App } from './ui/App'
import { ErrorBoundary } from './ui/ErrorBoundary'
import { registerOffline } from './ui/offline'
import { openEarly } from './ui/open-from-url'
import { applyTheme, initialTheme } from './ui/theme'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

const theme = initialTheme()
applyTheme(theme, false)
appStore.getState().setTheme(theme)
openEarly(window.location.search)

createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
  </StrictMode>,
)
// The saved diagram (or the example in the address) opens once its code and IndexedDB are in.
void import('./ui/autosave').then((m) => m.startFromStorage(window.location.search))
registerOffline()
