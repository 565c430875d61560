/**
 * A prose: the set of functions that word the engine's reachability and why data for people
 * (reach-text.ts, why-text.ts, why-rule-text.ts). English is the engine's own, and the terminal's always; the
 * interface picks Chinese (prose.zh.ts, loaded on first use) by its language. Every prose has
 * the same shape, so a view renders the same data with either.
 */
import * as reach from './reach-text'
import * as why from './why-text'
import * as rule from './why-rule-text'
import type { Asked, Evidence } from './ask'
import type { DnsAnswer, Unresolved } from './dns'
import type { Blocker, Hop } from './reach-hops'
import type { Route } from './reach-routes'
import type { PortReach, ReachVerdict } from './reachability'
import type { WalkStep } from './walk'
import type { WhyEvidence, WhyRule } from './why-rule'

export interface Prose {
  readonly language: 'en' | 'zh'
  readonly routeLines: (hops: readonly Hop[]) => string[]
  readonly blockerText: (b: Blocker) => string
  readonly verdictText: (v: ReachVerdict) => string
  readonly portReasonText: (p: PortReach) => string | null
  readonly pairText: (v: ReachVerdict) => string
  readonly routeTitle: (r: Route) => string
  readonly unreachablePort: string
  /** Where a name's answer came from (/etc/hosts, the embedded DNS). */
  readonly answerWhy: (a: DnsAnswer) => string
  readonly unresolvedText: (name: string, u: Unresolved) => string
  readonly whyText: (a: Asked) => string
  readonly evidenceText: (e: Evidence) => string
  readonly walkStepLines: (a: Asked, step: WalkStep) => string[]
  /** The rule behind a refused command or a diagnostic's note (why-rule.ts). */
  readonly whyRuleText: (r: WhyRule) => string
  readonly whyEvidenceText: (e: WhyEvidence) => string
}

/** A language's wordings, one module per kind of answer (reach-text, why-text, why-rule-text). */
type ReachWords = Pick<
  Prose,
  | 'routeLines'
  | 'blockerText'
  | 'verdictText'
  | 'portReasonText'
  | 'pairText'
  | 'routeTitle'
  | 'unreachablePort'
  | 'answerWhy'
  | 'unresolvedText'
>
type WhyWords = Pick<Prose, 'whyText' | 'evidenceText' | 'walkStepLines'>
type RuleWords = Pick<Prose, 'whyRuleText' | 'whyEvidenceText'>

/** The prose of a language, from its modules (each language's have the same exports). */
export function proseOf(
  language: Prose['language'],
  reach: ReachWords,
  why: WhyWords,
  rule: RuleWords,
): Prose {
  return {
    language,
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
}

export const englishProse: Prose = proseOf('en', reach, why, rule)
