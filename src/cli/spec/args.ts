/** cobra's positional-argument checks, worded as docker/cli cli/required.go prints them. */
import type { Output } from '../output'
import type { ArgRule } from './types'

function plural(word: string, n: number): string {
  return n === 1 ? word : `${word}s`
}

function argsFits(rule: ArgRule, count: number): boolean {
  switch (rule.kind) {
    case 'none':
      return count === 0
    case 'any':
      return true
    case 'exact':
    case 'cobraExact':
      return count === rule.n
    case 'min':
      return count >= rule.n
    case 'max':
      return count <= rule.n
    case 'range':
      return count >= rule.min && count <= rule.max
  }
}

/**
 * What the rule's message says after `'docker X' `, and the hint's first word: `See` for
 * RequiresMinArgs and, by a typo in docker/cli 28.2.2's RequiresMaxArgs, `SRun`.
 */
function requirement(rule: ArgRule): { text: string; hint: string } {
  switch (rule.kind) {
    case 'min':
      return { text: `requires at least ${rule.n} ${plural('argument', rule.n)}`, hint: 'See' }
    case 'max':
      return { text: `requires at most ${rule.n} ${plural('argument', rule.n)}`, hint: 'SRun' }
    case 'range':
      return {
        text: `requires at least ${rule.min} and at most ${rule.max} ${plural('argument', rule.max)}`,
        hint: 'Run',
      }
    case 'exact':
    case 'cobraExact':
      return { text: `requires ${rule.n} ${plural('argument', rule.n)}`, hint: 'Run' }
    default:
      return { text: 'accepts no arguments', hint: 'Run' }
  }
}

/** The client's refusal of `count` arguments under `rule`, or null when they fit; exit 1. */
export function checkArgs(
  rule: ArgRule,
  count: number,
  path: string,
  useLine: string,
): Output | null {
  if (argsFits(rule, count)) return null
  if (rule.kind === 'cobraExact')
    return { stdout: '', stderr: `accepts ${rule.n} arg(s), received ${count}\n`, exitCode: 1 }
  const { text, hint } = requirement(rule)
  return {
    stdout: '',
    stderr: `docker: 'docker ${path}' ${text}\n\nUsage:  ${useLine}\n\n${hint} 'docker ${path} --help' for more information\n`,
    exitCode: 1,
  }
}
