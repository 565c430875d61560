/** The simulated docker CLI's one door. */
export { execute, runScript, type ExecResult, type ScriptEntry } from './execute'
export { createShell, type ShellState, type Step } from './state'
export { splitScript, stripPrompt, tokenize, words } from './tokenize'
export type { Output } from './output'
