/**
 * The simulated docker CLI without its Go template engine, for the browser's first paint: a
 * shell made here answers `--format` and the `ps`/`ls` tables only once `templates` is set
 * (`./go-template` is loaded on demand). Everything else should use `./index`.
 */
export { execute, runScript, type ExecResult, type ScriptEntry } from './execute'
export { createShell, type ShellState, type Step } from './state'
export { TEMPLATES_MISSING } from './format'
export type { RenderTemplate } from './go-template'
export type { Output } from './output'
