import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import './index.css'
import { appStore } from './store'
import { App, openFromUrl } from './ui/App'
import { applyTheme, initialTheme } from './ui/theme'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

const theme = initialTheme()
applyTheme(theme, false)
appStore.getState().setTheme(theme)
openFromUrl(window.location.search)
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
