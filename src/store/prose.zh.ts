/** The Chinese prose (see prose.ts): loaded by the interface only when it shows Chinese. */
import { fixWhy } from '../cli/fix-text.zh'
import { chineseProse as chineseEngine } from '../engine/prose.zh'
import { diagnosticText } from './diagnostic-text.zh'
import type { Prose } from './prose'

export const chineseProse: Prose = { ...chineseEngine, diagnosticText, fixText: fixWhy }
