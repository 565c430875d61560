/**
 * Where the browser keeps diagrams: IndexedDB (through idb-keyval), which holds diagrams of
 * many megabytes where localStorage stops at about five. Docknet's older autosave, in
 * localStorage, is read once when IndexedDB has none yet.
 */
import { createStore, get, set } from 'idb-keyval'
import type { EmergencySlot } from './autosave'

/** A key-value store of saved diagrams (IndexedDB in the browser, a Map in tests). */
export interface Slots {
  get(key: string): Promise<unknown>
  set(key: string, value: unknown): Promise<void>
}

const LEGACY_AUTOSAVE_KEY = 'docknet:autosave'

export function browserSlots(): Slots {
  const store = createStore('docknet', 'slots')
  return {
    get: (key) => get(key, store),
    set: (key, value) => set(key, value, store),
  }
}

/** The autosave of Docknet versions that kept it in localStorage, if any. */
export function legacyAutosave(): string | null {
  try {
    return localStorage.getItem(LEGACY_AUTOSAVE_KEY)
  } catch {
    return null
  }
}

const EMERGENCY_KEY = 'docknet:unsaved'

/** localStorage, for the record written as the tab closes (synchronous, so it outlives the page). */
export function browserEmergency(): EmergencySlot {
  return {
    read() {
      try {
        const text = localStorage.getItem(EMERGENCY_KEY)
        return text === null ? null : (JSON.parse(text) as unknown)
      } catch {
        return null
      }
    },
    write: (record) => localStorage.setItem(EMERGENCY_KEY, JSON.stringify(record)),
    clear() {
      try {
        localStorage.removeItem(EMERGENCY_KEY)
      } catch {
        // Storage disabled: there is nothing to clear.
      }
    },
  }
}
