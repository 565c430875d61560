/** The only DOM code outside ui/: downloads, file reading and the autosave slot. */

const AUTOSAVE_KEY = 'docknet:autosave'

/** Offers `content` as a file download. */
export function download(name: string, content: string | Blob, type = 'application/json'): void {
  const url = URL.createObjectURL(content instanceof Blob ? content : new Blob([content], { type }))
  const a = document.createElement('a')
  a.href = url
  a.download = name
  a.click()
  URL.revokeObjectURL(url)
}

export function readText(file: File): Promise<string> {
  return file.text()
}

export function saveAutosave(text: string): void {
  try {
    localStorage.setItem(AUTOSAVE_KEY, text)
  } catch {
    // Storage full or disabled: the diagram stays in memory; nothing else to do.
  }
}

export function loadAutosave(): string | null {
  try {
    return localStorage.getItem(AUTOSAVE_KEY)
  } catch {
    return null
  }
}
