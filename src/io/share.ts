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

export type ShareLink =
  | { readonly ok: true; readonly url: string; readonly note?: string }
  | { readonly ok: false; readonly length: number; readonly error: string }

/** The link that opens `documentJson` at `base` (the app's address without fragment). */
export function shareLink(base: string, documentJson: string): ShareLink {
  const url = `${base}${SHARE_PREFIX}${packed(documentJson)}`
  if (url.length <= SHARE_LINK_LIMIT) return { ok: true, url }
  return {
    ok: false,
    length: url.length,
    error: `This diagram's link would be ${url.length.toLocaleString('en')} characters, too long to share reliably (links stay under ${SHARE_LINK_LIMIT.toLocaleString('en')}): save it as a file instead.`,
  }
}

export type Shared =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly error: string }

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
  if (r.tooLong === null)
    return { ok: false, error: 'This share link is damaged: it holds no diagram.' }
  return {
    ok: false,
    error: `This share link is too long (${r.tooLong.toLocaleString('en')} characters; Docknet reads links up to ${MAX_FRAGMENT.toLocaleString('en')}).`,
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
