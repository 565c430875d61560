/**
 * The session slice: what belongs to this visit and is never saved with the document: the
 * transcript, the selection and inspector tab, messages, the clipboard, preferences, and the
 * state of the autosave.
 */
import type { AppState } from './app-state'

export type SessionSlice = Pick<
  AppState,
  | 'transcript'
  | 'selection'
  | 'tab'
  | 'toast'
  | 'status'
  | 'edgeMode'
  | 'theme'
  | 'clipboard'
  | 'saveState'
  | 'starting'
  | 'recovery'
  | 'lessons'
  | 'setEdgeMode'
  | 'setTheme'
  | 'setSaveState'
  | 'setTab'
  | 'notify'
  | 'dismissToast'
>

export function sessionSlice(set: (partial: Partial<AppState>) => void): SessionSlice {
  return {
    transcript: [],
    selection: null,
    tab: 'hosts',
    toast: null,
    status: null,
    edgeMode: 'link',
    theme: 'light',
    clipboard: null,
    saveState: { kind: 'saved', at: 0 },
    starting: false,
    recovery: null,
    lessons: false,
    setEdgeMode: (edgeMode) => set({ edgeMode }),
    setTheme: (theme) => set({ theme }),
    setSaveState: (saveState) => set({ saveState }),
    setTab: (tab) => set({ tab }),
    notify: (toast) => set({ toast }),
    dismissToast: () => set({ toast: null }),
  }
}
