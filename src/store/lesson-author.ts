/**
 * "Make a lesson" (issue 14): a teacher's lesson drafted over the app store. The start is the
 * world as it is when recorded, as the docker script the export writes (io/script.ts); each
 * step's solution is what the teacher then does, on the canvas or in the terminal, as the
 * docker commands those changes ran, followed through undo and redo; its goals are facts of
 * the world picked by the teacher (cli/lesson-facts.ts). Test plays the draft in memory as the
 * built-in lessons are checked (cli/lesson-play.ts). A small store of its own, loaded with the
 * panel.
 */
import { createStore, type StoreApi } from 'zustand/vanilla'
import {
  playLesson,
  runScript,
  splitScript,
  worldFacts,
  type Goal,
  type LessonPlay,
  type PlayableLesson,
  type PredictQuestion,
  type ShellState,
  type WorldFacts,
} from '../cli'
import type { Topology } from '../engine'
import {
  fromLessonValue,
  LESSON_FORMAT,
  LESSON_VERSION,
  type Language,
  type Lesson,
  type LessonError,
} from '../io/lesson'
import { omissions, SCRIPT_HEADER, toScript } from '../io/script'
import { topologyShape } from '../io/script-equal'
import type { AppState } from './app-state'
import { builtInLessons } from './lessons'
import type { Transaction } from './transact'

/** A text as the teacher writes it: English required, Chinese may stay empty. */
export type DraftTexts = Readonly<Record<Language, string>>

export interface DraftStep {
  /** A goal step (done when its goals hold), or a question to predict the answer to. */
  readonly kind: 'goal' | 'predict'
  readonly text: DraftTexts
  readonly hint: DraftTexts
  readonly goals: readonly Goal[]
  /** A predict step's question, asked of a fact of the world; null until the teacher picks one. */
  readonly question: PredictQuestion | null
  /** The docker commands that reach the goals (Show me runs them). */
  readonly solution: string
  /**
   * The solution follows the teacher's changes: the last step's, until the teacher writes it
   * by hand or adds the next step.
   */
  readonly recording: boolean
}

export interface Draft {
  readonly id: string
  readonly title: DraftTexts
  readonly explanation: DraftTexts
  /** The docker script that builds the start; null until recorded. */
  readonly start: string | null
  readonly steps: readonly DraftStep[]
}

/**
 * Whether the recorded start builds the world it was recorded from again: `differs` when the
 * script leaves something out (files written in containers, volumes no one mounts: its
 * comments say what), `refused` when no script can build it (a cycle) or Docker refuses it.
 */
export type StartCheck = 'same' | 'differs' | 'refused'

/** What the draft lacks to be saved, beyond what the lesson reader says (`LessonError`). */
export type DraftProblem =
  | LessonError
  | { readonly code: 'NO_START'; readonly path: 'start' }
  | { readonly code: 'BUILT_IN_ID'; readonly path: 'id' }
  /** A predict step asks nothing yet. */
  | { readonly code: 'NO_QUESTION'; readonly path: string }

export type DraftFile =
  | { readonly ok: true; readonly lesson: Lesson; readonly json: string }
  | { readonly ok: false; readonly problems: readonly DraftProblem[] }

export interface AuthorState {
  readonly draft: Draft
  /** Null: not checked (written by hand, or kept from another visit). */
  readonly startCheck: StartCheck | null
  /**
   * The world changed other than by docker commands since the recording step began (opened,
   * broken, undone past its start): its solution can no longer be followed, and is the
   * teacher's to write.
   */
  readonly lost: boolean
  /** The last Test, and the draft it played. */
  readonly test: { readonly play: LessonPlay; readonly draft: Draft } | null
  /** The world now becomes the start; the last step records from here. */
  recordStart(): void
  setStart(script: string): void
  setId(id: string): void
  setText(field: 'title' | 'explanation', lang: Language, text: string): void
  setStepText(step: number, field: 'text' | 'hint', lang: Language, text: string): void
  /** The teacher's own solution for `step`: it no longer follows the changes. */
  setSolution(step: number, solution: string): void
  /** The last step's solution follows the changes again (those made since it began). */
  follow(): void
  /** Makes `step` a goal step or a predict step (each keeps what the other kind has). */
  setStepKind(step: number, kind: DraftStep['kind']): void
  /** Adds a goal (or `not` of it) to the last step. */
  addGoal(goal: Goal): void
  /** The question the last step asks: it becomes a predict step. */
  ask(question: PredictQuestion): void
  removeGoal(step: number, index: number): void
  /** A new last step, which begins where the one before ends (its solution stops following). */
  addStep(): void
  /** Removes the last step (there is always one). */
  removeLastStep(): void
  /** Plays the draft in memory: each goal unmet before its step, met after its solution. */
  runTest(): LessonPlay
  /** The lesson file, or what it lacks. */
  file(): DraftFile
  /** A new, empty draft. */
  discard(): void
}

const NO_TEXT: DraftTexts = { en: '', zh: '' }

const emptyStep = (recording: boolean): DraftStep => ({
  kind: 'goal',
  text: NO_TEXT,
  hint: NO_TEXT,
  goals: [],
  question: null,
  solution: '',
  recording,
})

export const EMPTY_DRAFT: Draft = {
  id: '',
  title: NO_TEXT,
  explanation: NO_TEXT,
  start: null,
  steps: [emptyStep(true)],
}

/** An id from a title: lower-case letters and digits, single dashes between. */
export function idFrom(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
}

/** The script that builds `t` again, without the export's header line. */
export function startScript(t: Topology): { script: string; check: StartCheck } {
  const made = toScript(t)
  if (!made.ok) return { script: '', check: 'refused' }
  const script = made.script.replace(`${SCRIPT_HEADER}\n`, '')
  const { state, entries } = runScript(script)
  if (entries.some((e) => e.exitCode !== 0)) return { script, check: 'refused' }
  const same =
    omissions(t).length === 0 &&
    JSON.stringify(topologyShape(state.topology)) === JSON.stringify(topologyShape(t))
  return { script, check: same ? 'same' : 'differs' }
}

/** How many commands a start runs (its comments aside). */
export const commandCount = (script: string) => splitScript(script).length

/** A text as the file writes it: Chinese left out when the teacher wrote none. */
const fileTexts = (t: DraftTexts) => (t.zh.trim() ? { en: t.en, zh: t.zh } : { en: t.en })

/** The lesson file's value for a draft (unchecked: the reader checks it). */
function draftValue(d: Draft) {
  return {
    format: LESSON_FORMAT,
    version: LESSON_VERSION,
    id: d.id,
    title: fileTexts(d.title),
    explanation: fileTexts(d.explanation),
    start: d.start ?? '',
    steps: d.steps.map((s) =>
      s.kind === 'goal'
        ? {
            kind: s.kind,
            text: fileTexts(s.text),
            goals: s.goals,
            hint: fileTexts(s.hint),
            solution: s.solution,
          }
        : {
            kind: s.kind,
            text: fileTexts(s.text),
            ...(s.question ? { question: s.question } : {}),
            hint: fileTexts(s.hint),
            solution: s.solution,
          },
    ),
  }
}

let builtInIds: ReadonlySet<string> | null = null

/** The draft as a lesson file, read back by the reader students' Docknet uses. */
export function draftFile(d: Draft): DraftFile {
  const value = draftValue(d)
  const read = fromLessonValue(value)
  builtInIds ??= new Set(builtInLessons().map((l) => l.id))
  const unaskedAt = new Set(
    d.steps.flatMap((s, i) =>
      s.kind === 'predict' && !s.question ? [`steps[${i}].question`] : [],
    ),
  )
  const problems: DraftProblem[] = [
    ...(d.start === null ? [{ code: 'NO_START', path: 'start' } as const] : []),
    // Its progress would be the built-in lesson's.
    ...(builtInIds.has(d.id) ? [{ code: 'BUILT_IN_ID', path: 'id' } as const] : []),
    ...[...unaskedAt].map((path) => ({ code: 'NO_QUESTION', path }) as const),
    // The reader's word for an unasked question (a field missing) is said above.
    ...(read.ok ? [] : read.errors.filter((e) => !unaskedAt.has(e.path))),
  ]
  if (!read.ok || problems.length > 0) return { ok: false, problems }
  return { ok: true, lesson: read.value, json: `${JSON.stringify(value, null, 2)}\n` }
}

const facts = new WeakMap<Topology, WorldFacts>()

/** The facts of the world in `shell` a goal may be made of (cli/lesson-facts.ts), once per world. */
export function factsOf(shell: ShellState): WorldFacts {
  let f = facts.get(shell.topology)
  if (!f) {
    f = worldFacts(shell)
    facts.set(shell.topology, f)
  }
  return f
}

/**
 * The draft as played: its start, then each step's goals or question, and its solution. A
 * predict step with no question yet plays as a step with no goals, which fails.
 */
function playDraft(d: Draft): LessonPlay {
  const steps = d.steps.map((s): PlayableLesson['steps'][number] =>
    s.kind === 'predict' && s.question
      ? { kind: 'predict', question: s.question, solution: s.solution }
      : { kind: 'goal', goals: s.kind === 'goal' ? s.goals : [], solution: s.solution },
  )
  return playLesson({ start: d.start ?? '', steps })
}

/**
 * The commands that made each world since the recording step began, by the world they made:
 * an undo or redo brings back a world already seen, and with it what made it.
 */
interface Recording {
  readonly made: WeakMap<Topology, readonly string[]>
  /** How much of the transcript was read. */
  seen: number
}

export function createAuthorStore(
  app: StoreApi<AppState>,
  saved: Draft = EMPTY_DRAFT,
): StoreApi<AuthorState> {
  let recording: Recording = { made: new WeakMap(), seen: app.getState().transcript.length }
  /** Starts following from the world now: it is what the recording step begins with. */
  const restart = () => {
    recording = { made: new WeakMap(), seen: app.getState().transcript.length }
    recording.made.set(app.getState().shell.topology, [])
  }
  const store = createStore<AuthorState>()((set, get) => {
    const draft = (change: Partial<Draft>) => set({ draft: { ...get().draft, ...change } })
    const step = (i: number, change: Partial<DraftStep>) =>
      draft({ steps: get().draft.steps.map((s, j) => (j === i ? { ...s, ...change } : s)) })
    const last = () => get().draft.steps.length - 1
    return {
      draft: saved,
      startCheck: null,
      lost: false,
      test: null,
      recordStart() {
        const { script, check } = startScript(app.getState().shell.topology)
        restart()
        draft({ start: script })
        set({ startCheck: check, lost: false })
        // A solution being recorded starts again from here; one written by hand stays.
        if (get().draft.steps[last()]?.recording) step(last(), { solution: '' })
      },
      setStart(start) {
        draft({ start })
        set({ startCheck: null })
      },
      setId: (id) => draft({ id }),
      setText(field, lang, text) {
        const d = get().draft
        const change = { [field]: { ...d[field], [lang]: text } }
        // The id follows the English title until the teacher writes one.
        const id = field === 'title' && lang === 'en' && d.id === idFrom(d.title.en)
        draft(id ? { ...change, id: idFrom(text) } : change)
      },
      setStepText(i, field, lang, text) {
        const s = get().draft.steps[i]
        if (s) step(i, { [field]: { ...s[field], [lang]: text } })
      },
      setSolution: (i, solution) => step(i, { solution, recording: false }),
      follow() {
        const made = recording.made.get(app.getState().shell.topology)
        set({ lost: made === undefined })
        step(last(), { recording: true, solution: made?.join('\n') ?? '' })
      },
      setStepKind: (i, kind) => step(i, { kind }),
      ask: (question) => step(last(), { kind: 'predict', question }),
      addGoal(goal) {
        const s = get().draft.steps[last()]
        const same = (g: Goal) => JSON.stringify(g) === JSON.stringify(goal)
        if (s && !s.goals.some(same)) step(last(), { goals: [...s.goals, goal] })
      },
      removeGoal(i, index) {
        const s = get().draft.steps[i]
        if (s) step(i, { goals: s.goals.filter((_, j) => j !== index) })
      },
      addStep() {
        restart()
        const steps = get().draft.steps.map((s) => ({ ...s, recording: false }))
        draft({ steps: [...steps, emptyStep(true)] })
        set({ lost: false })
      },
      removeLastStep() {
        const steps = get().draft.steps
        if (steps.length > 1) draft({ steps: steps.slice(0, -1) })
      },
      runTest() {
        const d = get().draft
        const play = playDraft(d)
        set({ test: { play, draft: d } })
        return play
      },
      file: () => draftFile(get().draft),
      discard() {
        restart()
        set({ draft: EMPTY_DRAFT, startCheck: null, lost: false, test: null })
      },
    }
  })
  restart()
  /** After every change to the world: the recording step's solution, as the world now stands. */
  const followed = (tr: Transaction) => {
    const { transcript, shell } = app.getState()
    const entries = transcript.slice(recording.seen)
    recording.seen = transcript.length
    const before = tr.before.shell.topology
    const after = shell.topology
    const typed = tr.annotations.userEvent === 'input' || tr.annotations.userEvent === 'gesture'
    const base = recording.made.get(before)
    if (typed && base && entries.length > 0 && !recording.made.has(after)) {
      const ran = entries.filter((e) => e.exitCode === 0).map((e) => e.command)
      recording.made.set(after, [...base, ...ran])
    }
    const s = store.getState()
    const current = s.draft.steps[s.draft.steps.length - 1]
    if (!current?.recording || s.draft.start === null) return
    const made = recording.made.get(after)
    store.setState({ lost: made === undefined })
    if (made) {
      const steps = s.draft.steps.map((x, i) =>
        i === s.draft.steps.length - 1 ? { ...x, solution: made.join('\n') } : x,
      )
      store.setState({ draft: { ...s.draft, steps } })
    }
  }
  app.getState().onTransaction(followed)
  return store
}
