/**
 * A lesson's share link: the lesson file, compressed into the address's fragment
 * (`#lesson=`), which no server sees, as a diagram's is (share.ts). Opening one opens the
 * lesson for a student, as `/?lesson=<id>` opens a built-in one.
 */
import { fromLessonJson, type LessonRead } from './lesson'
import { MAX_FRAGMENT, packed, SHARE_LINK_LIMIT, unpacked } from './share'

export const LESSON_LINK_PREFIX = '#lesson='

export type LessonLink =
  | {
      readonly ok: true
      readonly url: string
      /** Past the length chat tools and mail are known to keep whole: a file is safer. */
      readonly long: boolean
    }
  | { readonly ok: false; readonly length: number }

/**
 * The link that opens a lesson file's text at `base` (the app's address without fragment).
 * None past the length Docknet reads back: the file is the way then.
 */
export function lessonLink(base: string, lessonJson: string): LessonLink {
  const url = `${base}${LESSON_LINK_PREFIX}${packed(lessonJson)}`
  const length = url.length - base.length - LESSON_LINK_PREFIX.length
  if (length > MAX_FRAGMENT) return { ok: false, length: url.length }
  return { ok: true, url, long: url.length > SHARE_LINK_LIMIT }
}

/**
 * The lesson a fragment carries, read as a lesson file is (with its coded errors); null when
 * the fragment is no lesson link.
 */
export function lessonFromLink(fragment: string): LessonRead | null {
  if (!fragment.startsWith(LESSON_LINK_PREFIX)) return null
  const r = unpacked(fragment, LESSON_LINK_PREFIX)
  if (r.ok) return fromLessonJson(r.text)
  const code = r.tooLong === null ? 'DAMAGED_LINK' : 'LINK_TOO_LONG'
  return { ok: false, errors: [{ code, path: '' }] }
}
