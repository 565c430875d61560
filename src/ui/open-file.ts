/**
 * A file the user opens (the Open button, or dropped on the canvas), by what it is: a lesson
 * file opens as a lesson; a compose file is imported as `docker compose up` would run it, a
 * docker script runs as the terminal runs pasted lines, as does the script a Mermaid export
 * carries; anything else opens as a Docknet document (JSON, or an exported SVG or draw.io file).
 */
import { readText } from '../io/browser/files'
import { appStore } from '../store'

export const OPENABLE = '.json,.svg,.mmd,.drawio,.yml,.yaml,.sh,application/json,image/svg+xml'

export async function openFile(file: File): Promise<void> {
  const text = await readText(file)
  const store = appStore.getState()
  // A lesson file, and what an exported picture or diagram carries, are read by code loaded
  // when a file is opened.
  if (/"docknet-lesson"/.test(text)) {
    const { openLessonFile } = await import('./lessons/open-lesson')
    if (openLessonFile(appStore, text) !== null) return
  }
  const { embeddedIn } = await import('../io/embedded')
  const carried = embeddedIn(text)
  if (/\.ya?ml$/i.test(file.name)) await store.importCompose(text, file.name)
  else if (/\.sh$/i.test(file.name)) store.loadScript(text)
  else if (carried?.kind === 'mermaid' && carried.script !== null) store.loadScript(carried.script)
  else await store.openDocument(text)
}
