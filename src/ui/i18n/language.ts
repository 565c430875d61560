/**
 * The interface's language: chosen from the browser's languages, or as the user switched it
 * (kept in this browser). English is always at hand; a group's Chinese messages load the first
 * time the group is shown in Chinese (the component waits, inside its Suspense boundary), and
 * switching waits for the groups already shown, so nothing flashes in English.
 */
import { use, useEffect, useState, useSyncExternalStore } from 'react'
import {
  translator,
  type Language,
  type MessageBundle,
  type Messages,
  type Translate,
  type Translation,
} from './catalog'

const LANGUAGE_KEY = 'docknet.language'

let language: Language = 'en'
const listeners = new Set<() => void>()
/** Every bundle shown so far, and its Chinese messages once asked for. */
const chinese = new Map<MessageBundle<Messages>, Promise<Translation<Messages>>>()
const loaded = new WeakMap<MessageBundle<Messages>, Translation<Messages>>()
const seen = new Set<MessageBundle<Messages>>()

/** The language chosen here before, else Chinese for a browser that asks for it first. */
export function preferredLanguage(): Language {
  try {
    const saved = localStorage.getItem(LANGUAGE_KEY)
    if (saved === 'en' || saved === 'zh') return saved
  } catch {
    // No storage: the browser's languages decide.
  }
  const first = navigator.languages?.[0] ?? navigator.language
  return /^zh\b/i.test(first ?? '') ? 'zh' : 'en'
}

function chineseOf<M extends Messages>(bundle: MessageBundle<M>): Promise<Translation<M>> {
  const key = bundle as unknown as MessageBundle<Messages>
  let promise = chinese.get(key)
  if (!promise) {
    promise = bundle.zh().then((zh) => {
      loaded.set(key, zh as Translation<Messages>)
      return zh as Translation<Messages>
    })
    chinese.set(key, promise)
  }
  return promise as Promise<Translation<M>>
}

/**
 * Switches the interface to `language`, once the Chinese messages of every group shown so far
 * (and of `preload`) are in; `remember` keeps the choice in this browser.
 */
export async function setLanguage(
  next: Language,
  { remember = true, preload = [] as readonly MessageBundle<Messages>[] } = {},
): Promise<void> {
  if (next === 'zh') await Promise.all([...seen, ...preload].map((b) => chineseOf(b)))
  language = next
  document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en'
  if (remember)
    try {
      localStorage.setItem(LANGUAGE_KEY, next)
    } catch {
      // Storage refused: the choice lasts for this visit.
    }
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

const snapshot = () => language

export function useLanguage(): Language {
  return useSyncExternalStore(subscribe, snapshot)
}

/** A group's translate function in the current language; re-renders when it changes. */
export function useT<M extends Messages>(bundle: MessageBundle<M>): Translate<M> {
  const now = useLanguage()
  const key = bundle as unknown as MessageBundle<Messages>
  seen.add(key)
  if (now === 'en') return translator(bundle.en)
  const zh = (loaded.get(key) as Translation<M> | undefined) ?? use(chineseOf(bundle))
  return translator<M>(zh)
}

/**
 * A group's translate function that never waits: English until the group's Chinese is in, then
 * Chinese (a re-render). For what shows because something failed (the recovery screen), which
 * must show even if loading the words fails.
 */
export function useTNow<M extends Messages>(bundle: MessageBundle<M>): Translate<M> {
  const now = useLanguage()
  const [, wordsIn] = useState(false)
  useEffect(() => {
    const key = bundle as unknown as MessageBundle<Messages>
    if (now === 'zh' && !loaded.has(key))
      chineseOf(bundle).then(
        () => wordsIn(true),
        () => undefined,
      )
  }, [now, bundle])
  return translateNow(bundle)
}

/** A group's translate function outside components (a toast said once), in the language now. */
export function translateNow<M extends Messages>(bundle: MessageBundle<M>): Translate<M> {
  const zh = loaded.get(bundle as unknown as MessageBundle<Messages>) as Translation<M> | undefined
  return language === 'zh' && zh ? translator<M>(zh) : translator(bundle.en)
}
