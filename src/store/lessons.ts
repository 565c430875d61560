/**
 * The lesson runner: a lesson's start built as the document, then each step checked live
 * against the world after every change (a transaction of the app store, by canvas or terminal),
 * never against what was typed, so any correct way passes. A small store of its own, made
 * when the Lessons panel first opens: lessons and their checks load then, not at first paint.
 * Progress (which steps of which lesson are done) is data the UI keeps in the browser.
 */
import { createStore, type StoreApi } from 'zustand/vanilla'
import {
  breakIt,
  checkGoals,
  factsRestored,
  predict,
  runScript,
  splitScript,
  type BreakChange,
  type Fact,
  type GoalResult,
  type Prediction,
  type ShellState,
} from '../cli'
/** The answers a yes/no or address question may get, as the panel shows them. */
export { NO, NO_ADDRESS, YES } from '../cli'
export type { BreakChange } from '../cli'

import { ask, DEFAULT_HOST, type Asked, type Container, type Topology } from '../engine'
import {
  fromLessonValue,
  type Lesson,
  type LessonContainerRef,
  type LessonError,
  type LessonRead,
} from '../io/lesson'
import { LESSON_FILES } from '../lessons'
import type { AppState } from './app-state'

/** Done steps per lesson id, by step index. */
export type LessonProgress = Readonly<Record<string, readonly boolean[]>>

export interface LessonRun {
  readonly lesson: Lesson
  /** The step shown: the first not done, or the one the learner went back to. */
  readonly step: number
  readonly done: readonly boolean[]
  /** The shown goal step's goals, as checked against the world just now. */
  readonly results: readonly GoalResult[]
  /** The shown predict step's question, its choices and right answer (computed on entering). */
  readonly prediction: Prediction | null
  /** The engine's why for that answer, in the world it was asked of (predictionWhy), as data. */
  readonly why: Asked | null
  /** The learner's answer to the shown predict step, once given. */
  readonly answer: string | null
  readonly hint: boolean
  /** "Show me" is running the step's solution. */
  readonly showing: boolean
  /**
   * The last "show me" began from the world its step begins in, rebuilt: from the world as the
   * learner left it the solution would not have worked (part of the change made, or another).
   * Said until the learner goes to a step or resets.
   */
  readonly rebuilt: boolean
  /** The start is being built: nothing is checked until it is. */
  readonly starting: boolean
}

/**
 * Break it: one hidden change to a working world, drawn from Docker's real failure modes
 * (cli/break-it.ts); fixed when every connection that worked works again, however repaired.
 */
export interface BreakDrill {
  /** Every connection by name that worked before the break. */
  readonly facts: readonly Fact[]
  /** Those the break stopped, the first one the hints are about. */
  readonly broken: readonly Fact[]
  readonly change: BreakChange
  /** How many rungs of the hint ladder are shown: which connection, why, what changed. */
  readonly hints: number
  readonly fixed: boolean
  /** The engine's why for the first broken connection, in the broken world, as data. */
  readonly why: Asked | null
}

/**
 * A lesson that could not be opened, for the panel to say why in the learner's language: a
 * file or a share link with its coded errors, or a built-in id that does not exist.
 */
export type LessonRefusal =
  | { readonly kind: 'file' | 'link'; readonly errors: readonly LessonError[] }
  | { readonly kind: 'unknown'; readonly id: string }

export interface LessonState {
  /** The built-in lessons. */
  readonly lessons: readonly Lesson[]
  /**
   * The other lessons opened here (files, share links, the teacher's own), latest first, one
   * per id: the list offers them again, with their progress.
   */
  readonly own: readonly Lesson[]
  /** Takes a lesson off the `own` list (its progress stays, should it be opened again). */
  forget(id: string): void
  readonly run: LessonRun | null
  readonly drill: BreakDrill | null
  /** The world has no two containers that reach each other by name: nothing to break. */
  readonly nothingToBreak: boolean
  readonly progress: LessonProgress
  /**
   * The teacher is making a lesson ("Make a lesson", store/lesson-author.ts): its panel shows
   * instead of a lesson's, and no lesson runs meanwhile.
   */
  readonly authoring: boolean
  author(on: boolean): void
  /** The last lesson that could not be opened, until the panel has said why. */
  readonly refusal: LessonRefusal | null
  refuse(refusal: LessonRefusal | null): void
  /**
   * A lesson, from its start: a built-in or own one by id, or one read from a file or link
   * (then kept on the `own` list); false if there is none.
   */
  open(lesson: string | Lesson): boolean
  close(): void
  /** The world back to the lesson's start, and its steps undone. */
  reset(): void
  goTo(step: number): void
  answer(choice: string): void
  showHint(): void
  /** Runs the shown step's solution, a command at a time, as if typed. */
  showMe(): Promise<void>
  /** Breaks the working world with one hidden change (`seed` picks which). */
  breakIt(seed: number): Promise<boolean>
  /** Shows the next rung of the hint ladder. */
  drillHint(): void
  endDrill(): void
}

/** The pause between the commands of "show me", so each change can be seen. */
const SHOW_ME_PAUSE_MS = 600

/** The built-in lessons, read as any lesson file is (a broken one is a bug: its test says so). */
export function builtInLessons(): readonly Lesson[] {
  return LESSON_FILES.map((file) => fromLessonValue(file))
    .filter((r): r is Extract<LessonRead, { ok: true }> => r.ok)
    .map((r) => r.value)
}

export function createLessonStore(
  app: StoreApi<AppState>,
  progress: LessonProgress = {},
  own: readonly Lesson[] = [],
  lessons: readonly Lesson[] = builtInLessons(),
): StoreApi<LessonState> {
  const store = createStore<LessonState>()((set, get) => {
    const update = (change: Partial<LessonRun>) => {
      const run = get().run
      if (run) set({ run: { ...run, ...change } })
    }
    const saveProgress = (id: string, done: readonly boolean[]) =>
      set({ progress: { ...get().progress, [id]: done } })
    const buildStart = (lesson: Lesson) => app.getState().loadScript(lesson.start)
    return {
      lessons,
      run: null,
      drill: null,
      nothingToBreak: false,
      progress,
      refusal: null,
      refuse: (refusal) => set({ refusal }),
      authoring: false,
      author: (on) => set(on ? { authoring: true, run: null, drill: null } : { authoring: false }),
      own,
      forget: (id) => set({ own: get().own.filter((l) => l.id !== id) }),
      open(which) {
        const known = [...get().lessons, ...get().own]
        const lesson = typeof which === 'string' ? known.find((l) => l.id === which) : which
        if (!lesson) return false
        if (!get().lessons.includes(lesson))
          set({ own: [lesson, ...get().own.filter((l) => l.id !== lesson.id)] })
        set({ authoring: false })
        const done = lesson.steps.map((_, i) => get().progress[lesson.id]?.[i] ?? false)
        set({
          run: {
            lesson,
            step: nextStep(done, -1),
            done,
            results: [],
            prediction: null,
            why: null,
            answer: null,
            hint: false,
            showing: false,
            rebuilt: false,
            starting: true,
          },
        })
        buildStart(lesson)
        return true
      },
      close: () => set({ run: null }),
      reset() {
        const run = get().run
        if (!run) return
        const done = run.lesson.steps.map(() => false)
        saveProgress(run.lesson.id, done)
        set({ run: { ...run, done, step: 0, starting: true, showing: false, rebuilt: false } })
        buildStart(run.lesson)
      },
      goTo(step) {
        const run = get().run
        if (run && !run.starting && step >= 0 && step < run.lesson.steps.length)
          set({ run: entered(app.getState().shell, { ...run, rebuilt: false }, step) })
      },
      answer(choice) {
        const run = get().run
        if (!run || !run.prediction || run.answer !== null) return
        const done = run.done.map((d, i) => d || i === run.step)
        saveProgress(run.lesson.id, done)
        update({ answer: choice, done })
      },
      showHint: () => update({ hint: true }),
      async breakIt(seed) {
        const shell = app.getState().shell
        const drill = breakIt(shell, seed)
        if (!drill) {
          set({ drill: null, nothingToBreak: true })
          return false
        }
        const [first] = drill.break.broken
        set({
          nothingToBreak: false,
          drill: {
            facts: drill.facts,
            broken: drill.break.broken,
            change: drill.break.change,
            hints: 0,
            fixed: false,
            why: first ? reachWhy(drill.break.state, first) : null,
          },
        })
        // Hidden: the broken world replaces the document without a line in the terminal.
        return app
          .getState()
          .transact(
            { document: { shell: { ...shell, topology: drill.break.state.topology } } },
            { label: { named: 'break-it' }, userEvent: 'input' },
          )
      },
      drillHint() {
        const drill = get().drill
        if (drill) set({ drill: { ...drill, hints: Math.min(3, drill.hints + 1) } })
      },
      endDrill: () => set({ drill: null, nothingToBreak: false }),
      async showMe() {
        const run = get().run
        const step = run?.lesson.steps[run.step]
        if (!run || !step || run.showing || run.starting) return
        const rebuild = stepStartScript(app.getState().shell, run.lesson, run.step)
        update({ showing: true, rebuilt: rebuild !== null })
        if (rebuild !== null) app.getState().loadScript(rebuild)
        const lines = splitScript(step.solution).map((l) => l.text)
        for (const [i, line] of lines.entries()) {
          if (get().run?.lesson !== run.lesson) return
          app.getState().runCommand(line)
          if (i < lines.length - 1) await new Promise((r) => setTimeout(r, SHOW_ME_PAUSE_MS))
        }
        update({ showing: false })
      },
    }
  })
  // Every change to the world, by canvas or terminal, is checked against the shown step, and
  // against the facts a break drill must bring back.
  app.getState().onTransaction(() => {
    const drill = store.getState().drill
    if (drill && !drill.fixed && factsRestored(app.getState().shell, drill.facts).met)
      store.setState({ drill: { ...drill, fixed: true } })
    const run = store.getState().run
    if (!run) return
    const shell = app.getState().shell
    // The first change after open or reset is the start being built: its step is entered there.
    const now = run.starting ? entered(shell, { ...run, starting: false }, run.step) : run
    const next = checked(shell, now)
    if (next.done !== run.done)
      store.setState({ progress: { ...store.getState().progress, [run.lesson.id]: next.done } })
    store.setState({ run: next })
  })
  return store
}

/** The run at `step`, its question asked of the world as it is now (`shell`). */
function entered(shell: ShellState, run: LessonRun, step: number): LessonRun {
  const s = run.lesson.steps[step]
  const base = {
    ...run,
    step,
    hint: false,
    answer: null,
    prediction: null,
    why: null,
    results: [],
  }
  if (!s) return base
  if (s.kind === 'predict')
    return { ...base, prediction: predict(shell, s.question), why: predictionWhy(shell, s) }
  return { ...base, results: checkGoals(shell, s.goals).results }
}

/**
 * The script that builds the world `step` begins in (the start, then the solutions of the steps
 * before it), when the step's solution played from the world as it is now would be refused or
 * would not reach its goals: the learner made part of the change, or another. Null when it
 * would work, and for a prediction (its solution only looks).
 */
export function stepStartScript(shell: ShellState, lesson: Lesson, step: number): string | null {
  const s = lesson.steps[step]
  if (!s || s.kind !== 'goal') return null
  const played = runScript(s.solution, shell)
  const works = played.entries.every((e) => e.exitCode === 0)
  if (works && checkGoals(played.state, s.goals).met) return null
  return [lesson.start, ...lesson.steps.slice(0, step).map((x) => x.solution)].join('\n')
}

/** The run as the world (`shell`) now stands: goals checked; a step whose goals hold is done. */
function checked(shell: ShellState, run: LessonRun): LessonRun {
  const step = run.lesson.steps[run.step]
  if (!step || step.kind !== 'goal') return run
  const { met, results } = checkGoals(shell, step.goals)
  if (!met || run.done[run.step]) return { ...run, results }
  const done = run.done.map((d, i) => d || i === run.step)
  return entered(shell, { ...run, done }, nextStep(done, run.step))
}

/** The first step after `from` not done yet, or the last step when all are. */
function nextStep(done: readonly boolean[], from: number): number {
  for (let i = from + 1; i < done.length; i++) if (!done[i]) return i
  for (let i = 0; i < done.length; i++) if (!done[i]) return i
  return Math.max(0, done.length - 1)
}

/**
 * The engine's why for a predict step's answer, when it is about a connection or a name: the
 * same paragraph the terminal's "Why?" gives. Null for the other facts (their answer is the
 * value itself: a line, a variable, a file).
 */
export function predictionWhy(shell: ShellState, step: Lesson['steps'][number]): Asked | null {
  if (step.kind !== 'predict') return null
  const q = step.question
  const t = shell.topology
  if (q.kind === 'address') {
    const from = containerNamed(t, q.from)
    return from ? ask(t, from, q.name, null) : null
  }
  const goal = q.goal.kind === 'not' ? q.goal.goal : q.goal
  if (goal.kind !== 'reaches' || goal.by !== 'name') return null
  const from = containerNamed(t, goal.from)
  return from ? ask(t, from, goal.to, goal.port ?? null) : null
}

/** The engine's why for a connection that no longer works (a break drill's second hint). */
function reachWhy(shell: ShellState, fact: Fact): Asked {
  const t = shell.topology
  // The client as the break left it (a recreate gives it a new id, under the same name).
  const client =
    t.containers.get(fact.client.id) ??
    containerNamed(t, { name: fact.client.name, host: fact.client.host }) ??
    fact.client
  return ask(t, client, fact.goal.to, fact.goal.port ?? null)
}

/** The container a lesson names (a bare name is on the default host). */
function containerNamed(t: Topology, r: LessonContainerRef): Container | null {
  const { name, host } = typeof r === 'string' ? { name: r, host: DEFAULT_HOST } : r
  for (const c of t.containers.values()) if (c.host === host && c.name === name) return c
  return null
}
