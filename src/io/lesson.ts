/**
 * The lesson file (docs/lessons.md): a versioned JSON envelope with texts in English and
 * Simplified Chinese, a start (a docker script), and steps, each a goal to reach or a question
 * to predict, with a hint and a solution (a docker script). Read defensively: a bad file gives
 * every coded error it has, never a throw.
 */
import {
  array,
  fail,
  join,
  kindOf,
  object,
  string,
  type LessonError,
  type Reading,
} from './lesson-fields'
import { readGoals, readQuestion, type LessonGoal, type LessonQuestion } from './lesson-goals'

export type { LessonError, LessonErrorCode } from './lesson-fields'
export type { LessonContainerRef, LessonExpected, LessonGoal, LessonQuestion } from './lesson-goals'

export const LESSON_FORMAT = 'docknet-lesson'
export const LESSON_VERSION = 1
/** Files past this are refused before parsing (a lesson is a few kilobytes). */
export const MAX_LESSON_CHARS = 1024 * 1024

export const LANGUAGES = ['en', 'zh'] as const
export type Language = (typeof LANGUAGES)[number]

/**
 * One text in every language: `en`, and `zh` (Simplified Chinese). A file may leave `zh` out
 * (a teacher writing for one class): it is read as the English text.
 */
export type Texts = { readonly [L in Language]: string }

interface StepBase {
  /** What the learner reads: the goal as an outcome, or the question. */
  readonly text: Texts
  readonly hint: Texts
  /** Docker commands that reach the goal, or show the answer ("show me"). */
  readonly solution: string
}

/** Done when every goal holds. */
export interface GoalStep extends StepBase {
  readonly kind: 'goal'
  readonly goals: readonly LessonGoal[]
}

/** Answered before anything is run; the right answer is computed when the step begins. */
export interface PredictStep extends StepBase {
  readonly kind: 'predict'
  readonly question: LessonQuestion
}

export type LessonStep = GoalStep | PredictStep

export interface Lesson {
  readonly format: typeof LESSON_FORMAT
  readonly version: typeof LESSON_VERSION
  /** Lower-case letters, digits and dashes: `/?lesson=<id>`. */
  readonly id: string
  readonly title: Texts
  /** The mechanism, in a few sentences. */
  readonly explanation: Texts
  /** The docker script that builds the starting world (may be empty). */
  readonly start: string
  readonly steps: readonly LessonStep[]
}

export type LessonRead =
  | { readonly ok: true; readonly value: Lesson }
  | { readonly ok: false; readonly errors: readonly LessonError[] }

/** Reads a lesson file's text. */
export function fromLessonJson(text: string): LessonRead {
  if (text.length > MAX_LESSON_CHARS) return refused({ code: 'TOO_LARGE', path: '' })
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e)
    return refused({ code: 'NOT_JSON', path: '', detail })
  }
  return fromLessonValue(value)
}

/** What a lesson file says of itself, wherever its `format` field stands. */
const FORMAT_FIELD = /"format"\s*:\s*"docknet-lesson"/

/**
 * Whether a file's text is a lesson file (else another kind: a document, a compose file...):
 * its top-level `format` is `docknet-lesson`. A text naming that format that is too large or
 * not JSON is one too, so that opening it says why it is refused.
 */
export function isLessonText(text: string): boolean {
  if (!FORMAT_FIELD.test(text)) return false
  if (text.length > MAX_LESSON_CHARS) return true
  try {
    const value: unknown = JSON.parse(text)
    return (
      typeof value === 'object' &&
      value !== null &&
      (value as Record<string, unknown>).format === LESSON_FORMAT
    )
  } catch {
    return true
  }
}

/** Checks a parsed value (a built-in lesson is imported as JSON already). */
export function fromLessonValue(value: unknown): LessonRead {
  const r: Reading = { errors: [] }
  const lesson = readEnvelope(r, value)
  return lesson && r.errors.length === 0 ? { ok: true, value: lesson } : refused(...r.errors)
}

/** A list of goals as a lesson file holds them, or null when any is not one (a kept draft's). */
export function lessonGoals(value: unknown): LessonGoal[] | null {
  const r: Reading = { errors: [] }
  const goals = readGoals(r, value, 'goals')
  return goals && r.errors.length === 0 ? goals : null
}

/** `value` as a predict question of a lesson file, or null when it is not one. */
export function lessonQuestion(value: unknown): LessonQuestion | null {
  const r: Reading = { errors: [] }
  const question = readQuestion(r, value, 'question')
  return question && r.errors.length === 0 ? question : null
}

/** The file for a lesson: the format's own field order, two-space indented. */
export function toLessonJson(lesson: Lesson): string {
  return `${JSON.stringify(lesson, null, 2)}\n`
}

function refused(...errors: LessonError[]): LessonRead {
  return { ok: false, errors }
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

function readEnvelope(r: Reading, v: unknown): Lesson | undefined {
  // Another file, or a newer version: its other fields mean nothing to this reader.
  const envelope = typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {}
  if (envelope.format !== LESSON_FORMAT) {
    fail(r, 'NOT_A_LESSON', 'format', { expected: LESSON_FORMAT })
    return undefined
  }
  if (envelope.version !== LESSON_VERSION) {
    fail(r, 'UNSUPPORTED_VERSION', 'version', { expected: String(LESSON_VERSION) })
    return undefined
  }
  const fields = ['format', 'version', 'id', 'title', 'explanation', 'start', 'steps']
  const o = object(r, v, '', fields)
  if (!o) return undefined
  const id = string(r, o.id, 'id')
  if (id !== undefined && !ID.test(id)) fail(r, 'BAD_ID', 'id')
  const title = readTexts(r, o.title, 'title')
  const explanation = readTexts(r, o.explanation, 'explanation')
  const start = string(r, o.start, 'start', false)
  const steps = array(r, o.steps, 'steps', (x, p) => readStep(r, x, p))
  if (steps?.length === 0) fail(r, 'NO_STEPS', 'steps')
  if (!id || !title || !explanation || start === undefined || !steps) return undefined
  return {
    format: LESSON_FORMAT,
    version: LESSON_VERSION,
    id,
    title,
    explanation,
    start,
    steps,
  }
}

function readTexts(r: Reading, v: unknown, path: string): Texts | undefined {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    fail(r, 'WRONG_TYPE', path, { expected: 'object' })
    return undefined
  }
  const o = v as Record<string, unknown>
  for (const key of Object.keys(o))
    if (!(LANGUAGES as readonly string[]).includes(key)) fail(r, 'UNKNOWN_FIELD', join(path, key))
  const texts: Partial<Record<Language, string>> = {}
  for (const lang of LANGUAGES) {
    const text = o[lang]
    if (typeof text === 'string' && text.trim() !== '') texts[lang] = text
    else if (text !== undefined && typeof text !== 'string')
      fail(r, 'WRONG_TYPE', join(path, lang), { expected: 'string' })
    else if (lang === 'en') fail(r, 'MISSING_TRANSLATION', join(path, lang))
  }
  // Chinese left out (or empty) reads as the English text.
  return texts.en !== undefined ? { en: texts.en, zh: texts.zh ?? texts.en } : undefined
}

function readStep(r: Reading, v: unknown, path: string): LessonStep | undefined {
  const kind = kindOf(r, v, path, ['goal', 'predict'] as const)
  if (!kind) return undefined
  const o = object(r, v, path, [
    'kind',
    'text',
    kind === 'goal' ? 'goals' : 'question',
    'hint',
    'solution',
  ])
  if (!o) return undefined
  const text = readTexts(r, o.text, join(path, 'text'))
  const hint = readTexts(r, o.hint, join(path, 'hint'))
  const solution = string(r, o.solution, join(path, 'solution'))
  if (kind === 'goal') {
    const goals = readGoals(r, o.goals, join(path, 'goals'))
    if (goals?.length === 0) fail(r, 'NO_GOALS', join(path, 'goals'))
    if (!text || !hint || solution === undefined || !goals) return undefined
    return { kind, text, goals, hint, solution }
  }
  const question = readQuestion(r, o.question, join(path, 'question'))
  if (!text || !hint || solution === undefined || !question) return undefined
  return { kind, text, question, hint, solution }
}
