/**
 * Share links: the saved document compressed into the address's fragment (`#doc=`), which no
 * server sees. Opening one opens a copy (ui/open-from-url.ts); this module only encodes and
 * refuses.
 */
// A CommonJS module: its functions hang off the default export in Node and in the browser.
import LZString from 'lz-string'

export const SHARE_PREFIX = '#doc='

/**
 * The longest link offered. Longer ones get cut or mangled by chat tools, issue trackers and
 * mail; a file serves better.
 */
export const SHARE_LINK_LIMIT = 2000

/**
 * The longest fragment read back. lz-string's output can grow with the square of a crafted
 * input's length: at this length, one letter repeated gives about nine million characters,
 * a few hundred milliseconds to decode and under the reader's size limit (io/read.ts).
 */
export const MAX_FRAGMENT = 8000

/** Text packed for an address: lz-string, in characters a URL carries as they are. */
export const packed = (text: string) => LZString.compressToEncodedURIComponent(text)

/** Why a share link is not made, or not read, as data: the interface words it (ui/said). */
export type ShareProblem =
  /** The link would pass what is offered (`limit`). */
  | { readonly code: 'link-too-long'; readonly length: number; readonly limit: number }
  /**
   * The world cannot be written as a script: `detail` is the script writer's own message
   * (io/script.ts), passed through as it writes it.
   */
  | { readonly code: 'no-script'; readonly detail: string }
  /** The fragment holds no diagram (bad characters, escapes, compression or payload). */
  | { readonly code: 'link-damaged' }
  /** The fragment passes what is read back (`limit`). */
  | { readonly code: 'fragment-too-long'; readonly length: number; readonly limit: number }
  /** The payload was made by another version of Docknet (store/share-payload.ts). */
  | { readonly code: 'other-version'; readonly version: string; readonly reads: number }

export type ShareLink =
  | { readonly ok: true; readonly url: string; readonly note?: string }
  | { readonly ok: false; readonly length: number; readonly problem: ShareProblem }

/** The link that opens `documentJson` at `base` (the app's address without fragment). */
export function shareLink(base: string, documentJson: string): ShareLink {
  const url = `${base}${SHARE_PREFIX}${packed(documentJson)}`
  if (url.length <= SHARE_LINK_LIMIT) return { ok: true, url }
  return {
    ok: false,
    length: url.length,
    problem: { code: 'link-too-long', length: url.length, limit: SHARE_LINK_LIMIT },
  }
}

export type Shared =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly problem: ShareProblem }

/**
 * The text a fragment carries after `prefix`: `tooLong` when it is past what is read back
 * (its length), else `damaged` when no text comes out of it.
 */
export type Unpacked =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly tooLong: number | null }

export function unpacked(fragment: string, prefix: string): Unpacked {
  const text = unescaped(fragment.slice(prefix.length))
  if (text !== null && text.length > MAX_FRAGMENT) return { ok: false, tooLong: text.length }
  if (text === null || !/^[A-Za-z0-9+\-$]*$/.test(text)) return { ok: false, tooLong: null }
  let out: string | null
  try {
    out = LZString.decompressFromEncodedURIComponent(text)
  } catch {
    out = null
  }
  return out ? { ok: true, text: out } : { ok: false, tooLong: null }
}

/** The document a fragment carries; null when the fragment is not a share link. */
export function sharedDocument(fragment: string): Shared | null {
  if (!fragment.startsWith(SHARE_PREFIX)) return null
  const r = unpacked(fragment, SHARE_PREFIX)
  if (r.ok) return r
  if (r.tooLong === null) return { ok: false, problem: { code: 'link-damaged' } }
  return {
    ok: false,
    problem: { code: 'fragment-too-long', length: r.tooLong, limit: MAX_FRAGMENT },
  }
}

/** The fragment as it was made: some tools percent-encode `+` and `$` when they pass a link on. */
function unescaped(text: string): string | null {
  try {
    return decodeURIComponent(text)
  } catch {
    return null
  }
}
