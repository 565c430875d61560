/** The Chinese prose (see prose.ts): loaded by the interface only when it shows Chinese. */
import type { Prose } from './prose'
import * as reach from './reach-text.zh'
import * as why from './why-text.zh'
import * as rule from './why-rule-text.zh'

export const chineseProse: Prose = {
  language: 'zh',
  routeLines: reach.routeLines,
  blockerText: reach.blockerText,
  verdictText: reach.verdictText,
  portReasonText: reach.portReasonText,
  pairText: reach.pairText,
  routeTitle: reach.routeTitle,
  unreachablePort: reach.unreachablePort,
  answerWhy: reach.answerWhy,
  unresolvedText: reach.unresolvedText,
  whyText: why.whyText,
  evidenceText: why.evidenceText,
  walkStepLines: why.walkStepLines,
  whyRuleText: rule.whyRuleText,
  whyEvidenceText: rule.whyEvidenceText,
}
