/**
 * The prose (store/prose.ts) the views word reachability and why answers in, by the
 * interface's language. English is at hand; the Chinese loads the first time a view asks for it
 * in Chinese (the view waits inside its Suspense boundary). Only lazily loaded views use this,
 * so the prose stays out of the first paint.
 */
import { use } from 'react'
import { englishProse, loadChineseProse, type Prose } from '../../store/prose'
import { useLanguage } from './language'

let chinese: Promise<Prose> | null = null
let loaded: Prose | null = null

function chineseProse(): Promise<Prose> {
  chinese ??= loadChineseProse().then((p) => (loaded = p))
  return chinese
}

/** The prose in the interface's language; re-renders when it changes. */
export function useProse(): Prose {
  const language = useLanguage()
  if (language === 'en') return englishProse
  return loaded ?? use(chineseProse())
}

/** The prose in the language now, outside components: English until the Chinese is loaded. */
export function proseNow(language: 'en' | 'zh'): Prose {
  if (language === 'en') return englishProse
  void chineseProse()
  return loaded ?? englishProse
}
