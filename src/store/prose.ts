/**
 * The prose the views word the engine's reachability and why data in (engine/prose.ts), and the
 * store's own facts (a diagnostic's): English at hand, Chinese loaded the first time the
 * interface shows it in Chinese. Imported by the views that load lazily, not through the
 * store's door, so neither is in the first paint.
 */
import type { FixRule } from '../cli/fix-rule'
import { fixWhy } from '../cli/fix-text'
import { englishProse as englishEngine, type Prose as EngineProse } from '../engine'
import type { DiagnosticFact } from './diagnostic-fact'
import { diagnosticText } from './diagnostic-text'

export interface Prose extends EngineProse {
  readonly diagnosticText: (f: DiagnosticFact) => string
  /** What a fix does, in a sentence. */
  readonly fixText: (r: FixRule) => string
}

export const englishProse: Prose = { ...englishEngine, diagnosticText, fixText: fixWhy }

/** The Chinese prose, loaded once. */
export function loadChineseProse(): Promise<Prose> {
  return import('./prose.zh').then((m) => m.chineseProse)
}
