/** Downloads and file reading (the autosave is in autosave.ts and slots.ts). */

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
