import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import './index.css'
import { App, openFromUrl } from './ui/App'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

openFromUrl(window.location.search)
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
