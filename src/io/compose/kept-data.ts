/**
 * The compose keys a document keeps (kept.ts makes them): their shape, and reading them back
 * from an untrusted document. Apart from kept.ts so that saving and share links, loaded at
 * first paint, do not bring the import's key tables.
 */
import type { Plain } from './read-yaml'

export interface ComposeKept {
  /** By project name: the top-level keys. */
  readonly projects: Readonly<Record<string, Readonly<Record<string, Plain>>>>
  /** By container name: its service's keys. */
  readonly services: Readonly<Record<string, Readonly<Record<string, Plain>>>>
}

export const isRecord = (v: unknown): v is Record<string, Plain> =>
  v !== null && typeof v === 'object' && !Array.isArray(v)

export const isEmptyKept = (k: ComposeKept | null | undefined): boolean =>
  !k || (Object.keys(k.projects).length === 0 && Object.keys(k.services).length === 0)

/** The most JSON a saved document's kept keys may hold: more is damage or hostility. */
const MAX_KEPT_CHARS = 1_000_000

/** Plain JSON data only (what YAML gave), at most `depth` deep. */
function isPlain(v: unknown, depth = 0): v is Plain {
  if (depth > 64) return false
  if (v === null || ['string', 'number', 'boolean'].includes(typeof v)) return true
  if (Array.isArray(v)) return v.every((x) => isPlain(x, depth + 1))
  return isRecord(v) && Object.values(v).every((x) => isPlain(x, depth + 1))
}

/** Kept keys read back from an untrusted document: what is not plain data is left out. */
export function restoreKept(raw: unknown): ComposeKept | null {
  if (!isRecord(raw)) return null
  try {
    if (JSON.stringify(raw).length > MAX_KEPT_CHARS) return null
  } catch {
    return null
  }
  const table = (v: unknown) =>
    Object.fromEntries(
      Object.entries(isRecord(v) ? v : {}).filter(
        (e): e is [string, Record<string, Plain>] => isRecord(e[1]) && isPlain(e[1]),
      ),
    )
  const kept = { projects: table(raw.projects), services: table(raw.services) }
  return isEmptyKept(kept) ? null : kept
}
