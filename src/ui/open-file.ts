/**
 * A file the user opens (the Open button, or dropped on the canvas), by what it is: a compose
 * file is imported as `docker compose up` would run it, a docker script runs as the terminal runs
 * pasted lines, anything else opens as a Docknet document (JSON, or an exported SVG).
 */
import { readText } from '../io/browser/files'
import { appStore } from '../store'

export const OPENABLE = '.json,.svg,.yml,.yaml,.sh,application/json,image/svg+xml'

export async function openFile(file: File): Promise<void> {
  const text = await readText(file)
  const store = appStore.getState()
  if (/\.ya?ml$/i.test(file.name)) await store.importCompose(text, file.name)
  else if (/\.sh$/i.test(file.name)) store.loadScript(text)
  else await store.openDocument(text)
}
