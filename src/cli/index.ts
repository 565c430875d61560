/** The simulated docker CLI's one door: shells made here come with the Go template engine. */
import type { Topology } from '../engine'
import { runScript as runScriptFrom, type ScriptEntry } from './execute'
import { renderGoTemplate } from './go-template'
import { createShell as createBareShell, type ShellState } from './state'

export { execute, type ExecResult, type Executed, type ScriptEntry } from './execute'
export {
  composeEffects,
  NO_EFFECTS,
  recreatedFrom,
  type ContainerRef,
  type Effects,
} from './effects'
export { complete, type Completion } from './complete'
export { proposeFixes, type Fix } from './fixes'
export { fixRefusal, verifiedFixes, type Candidate, type RefusalFix } from './refusal-fixes'
export { checkGoal, checkGoals } from './goals'
export { breakIt, type Break, type BreakChange, type Drill } from './break-it'
export { factsRestored, reachFacts, type Fact } from './reach-facts'
export { worldFacts, type WorldFacts } from './lesson-facts'
export {
  playLesson,
  type GoalPlay,
  type LessonPlay,
  type PlayableLesson,
  type StepPlay,
} from './lesson-play'
export type * from './goal-types'
export { predict, NO, NO_ADDRESS, YES, type Prediction, type PredictQuestion } from './predict'
export { type ShellState, type Step } from './state'
export { splitScript, stripPrompt } from './split-script'
export { tokenize, words } from './tokenize'
export type { Output } from './output'
export { renderGoTemplate }

export function createShell(topology?: Topology): ShellState {
  return createBareShell(topology, renderGoTemplate)
}

/** Replays a script against a fresh world (or the given state). */
export function runScript(
  source: string,
  start: ShellState = createShell(),
): { state: ShellState; entries: ScriptEntry[] } {
  return runScriptFrom(source, start)
}
