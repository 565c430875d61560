/** The Chinese prose (see prose.ts): loaded by the interface only when it shows Chinese. */
import { proseOf, type Prose } from './prose'
import * as reach from './reach-text.zh'
import * as why from './why-text.zh'
import * as rule from './why-rule-text.zh'

export const chineseProse: Prose = proseOf('zh', reach, why, rule)
