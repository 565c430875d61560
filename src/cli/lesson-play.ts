/**
 * A lesson played through in memory, as its author means it: the start built, then each
 * step's solution run in turn. A goal step is sound when Docker accepts its solution, its
 * goals did not all hold already, each goal that is not a guard (`not`: what must stay true)
 * did not hold before, and every goal holds after. A predict step's answer is computed in the
 * world it is asked of; its solution may show a refusal (that can be the answer), so its
 * refusals are reported, not held against it. The built-in lessons are checked this way
 * (lessons/lessons.test.ts), and the "Make a lesson" panel's Test shows the same report.
 */
import { runScript, type ScriptEntry } from './execute'
import type { Goal, GoalResult } from './goal-types'
import { renderGoTemplate } from './go-template'
import { checkGoal } from './goals'
import { predict, type Prediction, type PredictQuestion } from './predict'
import { createShell, type ShellState } from './state'

/** A lesson as played: its start and steps (the lesson file's shape, io/lesson.ts). */
export interface PlayableLesson {
  readonly start: string
  readonly steps: readonly (
    | { readonly kind: 'goal'; readonly goals: readonly Goal[]; readonly solution: string }
    | { readonly kind: 'predict'; readonly question: PredictQuestion; readonly solution: string }
  )[]
}

/** One goal of a step: as checked when the step begins, and after its solution. */
export interface GoalPlay {
  readonly goal: Goal
  readonly before: GoalResult
  readonly after: GoalResult
  /** Unmet before (a guard may hold already), met after. */
  readonly ok: boolean
}

export type StepPlay =
  | {
      readonly kind: 'goal'
      /** The world when the step begins. */
      readonly before: ShellState
      readonly goals: readonly GoalPlay[]
      /** Every goal held before the solution: the step would be done on arrival. */
      readonly metBefore: boolean
      /** The solution's lines Docker refused. */
      readonly refused: readonly ScriptEntry[]
      readonly ok: boolean
    }
  | {
      readonly kind: 'predict'
      readonly before: ShellState
      readonly question: PredictQuestion
      readonly prediction: Prediction
      readonly refused: readonly ScriptEntry[]
      readonly ok: true
    }

export interface LessonPlay {
  /** The start's lines Docker refused: every one must be accepted. */
  readonly startRefused: readonly ScriptEntry[]
  readonly steps: readonly StepPlay[]
  /** The world after the last step's solution. */
  readonly end: ShellState
  readonly ok: boolean
}

const refusedIn = (entries: readonly ScriptEntry[]) => entries.filter((e) => e.exitCode !== 0)

/** Plays `lesson` from a fresh world. */
export function playLesson(lesson: PlayableLesson): LessonPlay {
  const started = runScript(lesson.start, createShell(undefined, renderGoTemplate))
  let state = started.state
  const steps: StepPlay[] = []
  for (const step of lesson.steps) {
    const before = state
    const solved = runScript(step.solution, before)
    state = solved.state
    const refused = refusedIn(solved.entries)
    if (step.kind === 'predict') {
      steps.push({
        kind: 'predict',
        before,
        question: step.question,
        prediction: predict(before, step.question),
        refused,
        ok: true,
      })
      continue
    }
    const goals = step.goals.map((goal): GoalPlay => {
      const was = checkGoal(before, goal)
      const now = checkGoal(state, goal)
      return { goal, before: was, after: now, ok: now.met && (goal.kind === 'not' || !was.met) }
    })
    const metBefore = goals.every((g) => g.before.met)
    const ok = refused.length === 0 && !metBefore && goals.every((g) => g.ok)
    steps.push({ kind: 'goal', before, goals, metBefore, refused, ok })
  }
  const startRefused = refusedIn(started.entries)
  return {
    startRefused,
    steps,
    end: state,
    ok: startRefused.length === 0 && steps.every((s) => s.ok),
  }
}
