/** The palette's drag payload, carried in the HTML drag-and-drop dataTransfer. */
import type { PaletteItem } from '../store'

export const PALETTE_MIME = 'application/x-docknet-palette'

export function writePaletteItem(dt: DataTransfer, item: PaletteItem): void {
  dt.setData(PALETTE_MIME, JSON.stringify(item))
  dt.effectAllowed = 'copy'
}

export function readPaletteItem(dt: DataTransfer): PaletteItem | null {
  try {
    const value: unknown = JSON.parse(dt.getData(PALETTE_MIME))
    if (typeof value !== 'object' || value === null || !('kind' in value)) return null
    return value as PaletteItem
  } catch {
    return null
  }
}
