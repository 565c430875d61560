import { Component, lazy, Suspense, type ReactNode } from 'react'
import { appStore } from '../store'
import { translateNow } from './i18n/language'
import { shellMessages } from './shell/messages'

/** Only shown when something failed: it loads then (first-paint budget). */
const Recovery = lazy(() => import('./Recovery').then((m) => ({ default: m.Recovery })))

/** The current diagram's document, if the store can still write it. */
function currentDiagram(): string | null {
  try {
    return appStore.getState().saveDocument()
  } catch {
    return null
  }
}

/**
 * No error may leave a blank page: what failed to draw is said, the diagram is offered as a
 * file, and a fresh start draws the app again.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  state = { error: null as Error | null }

  static getDerivedStateFromError(error: Error) {
    return { error }
  }

  render() {
    const { error } = this.state
    if (!error) return this.props.children
    const title = translateNow(shellMessages)('couldNotDraw')
    return (
      <Suspense
        fallback={
          <p role="alert">
            {title}: {error.message}
          </p>
        }
      >
        <Recovery
          title={title}
          reason={error.message}
          diagram={currentDiagram}
          onStartFresh={() => {
            appStore.getState().startFresh()
            this.setState({ error: null })
          }}
        />
      </Suspense>
    )
  }
}
