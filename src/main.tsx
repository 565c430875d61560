import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import './index.css'
import { appStore } from './store'
import { App } from './ui/App'
import { ErrorBoundary } from './ui/ErrorBoundary'
import { registerOffline } from './ui/offline'
import { openEarly } from './ui/open-from-url'
import { applyTheme, initialTheme } from './ui/theme'
import { preferredLanguage, setLanguage } from './ui/i18n/language'
import { toolbarMessages } from './ui/toolbar/messages'
import { shellMessages } from './ui/shell/messages'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

const theme = initialTheme()
applyTheme(theme, false)
appStore.getState().setTheme(theme)
openEarly(window.location.search)

const render = () =>
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary>
        <App />
      </ErrorBoundary>
    </StrictMode>,
  )
// A Chinese interface is drawn in Chinese from the start: its first-paint words load first.
if (preferredLanguage() === 'zh')
  void setLanguage('zh', { remember: false, preload: [toolbarMessages, shellMessages] }).then(
    render,
  )
else render()
// The saved diagram (or the example in the address) opens once its code and IndexedDB are in.
void import('./ui/autosave').then((m) => m.startFromStorage(window.location.search))
registerOffline()
