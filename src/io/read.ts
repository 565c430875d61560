/**
 * Reading a saved document back (JSON, or an SVG exported by Docknet): its size, its envelope,
 * then each record restored defensively (restore.ts), so a broken or foreign file never
 * replaces the current diagram. Loaded when a document is first opened (io/lazy.ts).
 */
import { DOCUMENT_FORMAT, DOCUMENT_VERSION } from './document'
import { embeddedIn } from './embedded'
import { restoreWorld, type Restored } from './restore'

/** The largest document Opened (in characters): a larger one is refused at once, unread. */
export const MAX_DOCUMENT_CHARS = 16 * 1024 * 1024

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

const METADATA_OPEN = '<metadata id="docknet-document">'
const CDATA_OPEN = '<![CDATA['
const CDATA_CLOSE = ']]>'

/**
 * The document an exported SVG carries in its <metadata>, or null: its CDATA sections joined.
 * A scan with indexOf, linear in the picture's size whatever it holds (a regex with a lazy
 * group went quadratic on crafted input).
 */
export function embeddedDocument(svg: string): string | null {
  const open = svg.indexOf(METADATA_OPEN)
  if (open < 0) return null
  const from = open + METADATA_OPEN.length
  const close = svg.indexOf('</metadata>', from)
  if (close < 0) return null
  const parts: string[] = []
  for (let at = svg.indexOf(CDATA_OPEN, from); at >= 0 && at < close;) {
    const end = svg.indexOf(CDATA_CLOSE, at + CDATA_OPEN.length)
    if (end < 0 || end > close) return null
    parts.push(svg.slice(at + CDATA_OPEN.length, end))
    at = svg.indexOf(CDATA_OPEN, end + CDATA_CLOSE.length)
  }
  return parts.join('')
}

/**
 * Reads a saved document — JSON, or an SVG, Mermaid or draw.io file exported by Docknet
 * (embedded.ts) — checking its size, the
 * envelope, every record and Docker's invariants (restore.ts): a damaged field gets a default
 * and a note in `repairs`; what cannot be restored is refused with its reason as data (read-problem.ts). Never throws.
 */
export function fromJson(text: string): Restored {
  if (text.length > MAX_DOCUMENT_CHARS)
    return {
      ok: false,
      problem: { code: 'too-large', chars: text.length, limit: MAX_DOCUMENT_CHARS },
    }
  const exported = embeddedIn(text)
  if (exported?.kind === 'mermaid') return { ok: false, problem: { code: 'mermaid-not-ours' } }
  const svg = !exported && text.trimStart().startsWith('<')
  const json = exported ? exported.json : svg ? embeddedDocument(text) : text
  if (json === null) {
    return { ok: false, problem: { code: 'picture-not-ours', what: exported ? 'drawio' : 'svg' } }
  }
  let raw: unknown
  try {
    raw = JSON.parse(json)
  } catch {
    return { ok: false, problem: { code: 'not-json' } }
  }
  if (!isObject(raw) || raw['format'] !== DOCUMENT_FORMAT)
    return { ok: false, problem: { code: 'not-a-document' } }
  if (typeof raw['version'] !== 'number' || raw['version'] > DOCUMENT_VERSION) {
    return {
      ok: false,
      problem: { code: 'newer-version', version: String(raw['version']), reads: DOCUMENT_VERSION },
    }
  }
  return restoreWorld(raw)
}
