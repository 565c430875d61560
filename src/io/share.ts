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
const MAX_FRAGMENT = 8000

export type ShareLink =
  | { readonly ok: true; readonly url: string; readonly note?: string }
  | { readonly ok: false; readonly length: number; readonly error: string }

/** The link that opens `documentJson` at `base` (the app's address without fragment). */
export function shareLink(base: string, documentJson: string): ShareLink {
  const url = `${base}${SHARE_PREFIX}${LZString.compressToEncodedURIComponent(documentJson)}`
  if (url.length <= SHARE_LINK_LIMIT) return { ok: true, url }
  return {
    ok: false,
    length: url.length,
    error: `This diagram's link would be ${url.length.toLocaleString('en')} characters, too long to share reliably (links stay under ${SHARE_LINK_LIMIT.toLocaleString('en')}): save it as a file instead.`,
  }
}

export type Shared =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly error: string }

/** The document a fragment carries; null when the fragment is not a share link. */
export function sharedDocument(fragment: string): Shared | null {
  if (!fragment.startsWith(SHARE_PREFIX)) return null
  const packed = unescaped(fragment.slice(SHARE_PREFIX.length))
  const damaged = { ok: false, error: 'This share link is damaged: it holds no diagram.' } as const
  if (packed !== null && packed.length > MAX_FRAGMENT)
    return {
      ok: false,
      error: `This share link is too long (${packed.length.toLocaleString('en')} characters; Docknet reads links up to ${MAX_FRAGMENT.toLocaleString('en')}).`,
    }
  if (packed === null || !/^[A-Za-z0-9+\-$]*$/.test(packed)) return damaged
  let text: string | null
  try {
    text = LZString.decompressFromEncodedURIComponent(packed)
  } catch {
    return damaged
  }
  return text ? { ok: true, text } : damaged
}

/** The fragment as it was made: some tools percent-encode `+` and `$` when they pass a link on. */
function unescaped(text: string): string | null {
  try {
    return decodeURIComponent(text)
  } catch {
    return null
  }
}
