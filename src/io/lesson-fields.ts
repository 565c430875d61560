/**
 * Reading a JSON value field by field, collecting coded errors with the path they are at
 * (`steps[2].goals[0].port`) instead of stopping at the first: a teacher fixing a file by hand
 * sees every mistake at once.
 */

export type LessonErrorCode =
  /** The text is not JSON (`detail`: the parser's words). */
  | 'NOT_JSON'
  /** The text is longer than MAX_LESSON_CHARS. */
  | 'TOO_LARGE'
  /** `format` is not "docknet-lesson": some other file. */
  | 'NOT_A_LESSON'
  /** `version` is not one this reader knows (a newer Docknet wrote it). */
  | 'UNSUPPORTED_VERSION'
  | 'MISSING_FIELD'
  /** A field this version does not define (a typo, such as "hnit"). */
  | 'UNKNOWN_FIELD'
  /** `expected` says what type: string, number, object, array. */
  | 'WRONG_TYPE'
  /** A text lacks one of its languages, or it is empty. */
  | 'MISSING_TRANSLATION'
  /** `expected` lists the values allowed. */
  | 'BAD_VALUE'
  /** A text that must say something is empty (or only spaces). */
  | 'EMPTY'
  /** An id not usable in `/?lesson=<id>`: lower-case letters, digits and single dashes. */
  | 'BAD_ID'
  /** A port outside 1-65535, or not a whole number. */
  | 'BAD_PORT'
  | 'NO_STEPS'
  | 'NO_GOALS'
  /** A lesson's share link (`#lesson=`) from which no text comes out: cut or mangled. */
  | 'DAMAGED_LINK'
  /** A lesson's share link longer than Docknet reads back. */
  | 'LINK_TOO_LONG'

export interface LessonError {
  readonly code: LessonErrorCode
  /** Where in the file: `title.zh`, `steps[1].goals[0].by`; empty for the whole file. */
  readonly path: string
  readonly expected?: string
  readonly detail?: string
}

/** The errors found so far, and where the reader is. */
export interface Reading {
  readonly errors: LessonError[]
}

export function fail(
  r: Reading,
  code: LessonErrorCode,
  path: string,
  more: Partial<LessonError> = {},
) {
  r.errors.push({ code, path, ...more })
}

export function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`
  return path === '' ? key : `${path}.${key}`
}

type Json = Record<string, unknown>

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/**
 * An object with exactly these fields (those in `optional` may be absent); undefined, with
 * errors, when it is none. Unknown fields are reported but do not stop the reading.
 */
export function object(
  r: Reading,
  v: unknown,
  path: string,
  required: readonly string[],
  optional: readonly string[] = [],
): Json | undefined {
  if (!isObject(v)) {
    fail(r, 'WRONG_TYPE', path, { expected: 'object' })
    return undefined
  }
  for (const key of Object.keys(v))
    if (!required.includes(key) && !optional.includes(key))
      fail(r, 'UNKNOWN_FIELD', join(path, key))
  let complete = true
  for (const key of required)
    if (!(key in v)) {
      fail(r, 'MISSING_FIELD', join(path, key))
      complete = false
    }
  return complete ? v : undefined
}

/** The `kind` of an object, one of `kinds`; undefined, with its error, when it has none. */
export function kindOf<T extends string>(
  r: Reading,
  v: unknown,
  path: string,
  kinds: readonly T[],
): T | undefined {
  if (!isObject(v)) {
    fail(r, 'WRONG_TYPE', path, { expected: 'object' })
    return undefined
  }
  if (!('kind' in v)) {
    fail(r, 'MISSING_FIELD', join(path, 'kind'))
    return undefined
  }
  return oneOf(r, v.kind, join(path, 'kind'), kinds)
}

export function string(r: Reading, v: unknown, path: string, nonEmpty = true): string | undefined {
  if (typeof v !== 'string') {
    fail(r, 'WRONG_TYPE', path, { expected: 'string' })
    return undefined
  }
  if (nonEmpty && v.trim() === '') {
    fail(r, 'EMPTY', path)
    return undefined
  }
  return v
}

export function oneOf<T extends string>(
  r: Reading,
  v: unknown,
  path: string,
  values: readonly T[],
): T | undefined {
  if (typeof v === 'string' && (values as readonly string[]).includes(v)) return v as T
  fail(r, 'BAD_VALUE', path, { expected: values.join(' | ') })
  return undefined
}

export function port(r: Reading, v: unknown, path: string): number | undefined {
  if (typeof v !== 'number') {
    fail(r, 'WRONG_TYPE', path, { expected: 'number' })
    return undefined
  }
  if (!Number.isInteger(v) || v < 1 || v > 65535) {
    fail(r, 'BAD_PORT', path)
    return undefined
  }
  return v
}

/** Each item read by `item`; undefined if any failed (their errors are all kept). */
export function array<T>(
  r: Reading,
  v: unknown,
  path: string,
  item: (v: unknown, path: string) => T | undefined,
): T[] | undefined {
  if (!Array.isArray(v)) {
    fail(r, 'WRONG_TYPE', path, { expected: 'array' })
    return undefined
  }
  const out = v.map((x, i) => item(x, join(path, i)))
  return out.every((x) => x !== undefined) ? (out as T[]) : undefined
}
