/** Lesson goals and questions in words (they are data: cli/goal-types, cli/predict). */
import type {
  LessonContainerRef,
  LessonExpected,
  LessonGoal,
  LessonQuestion,
} from '../../io/lesson'
import { NO, NO_ADDRESS, YES } from '../../store/lessons'
import type { Translate } from '../i18n/catalog'
import type { LessonMessages } from './messages'

type T = Translate<LessonMessages>

/** A container as a goal names it: by name, or by name on a host. */
const who = (t: T, r: LessonContainerRef) => (typeof r === 'string' ? r : t('onHost', r))

/** A goal in words, for a step's checklist. */
export function goalText(t: T, goal: LessonGoal): string {
  const value = (v: LessonExpected) =>
    typeof v === 'string' ? v : t('addressOf', { container: who(t, v.ipOf) })
  switch (goal.kind) {
    case 'reaches': {
      const port = goal.port ?? null
      return goal.by === 'name'
        ? t('reachesByName', { from: who(t, goal.from), to: goal.to, port })
        : t('reachesByIp', { from: who(t, goal.from), to: who(t, goal.to), port })
    }
    case 'resolves':
      return goal.address === undefined
        ? t('resolves', { from: who(t, goal.from), name: goal.name })
        : t('resolvesTo', {
            from: who(t, goal.from),
            name: goal.name,
            address: value(goal.address),
          })
    case 'hostsLine':
      return t('hostsLine', { container: who(t, goal.container), text: goal.text })
    case 'env':
      return goal.value === undefined
        ? t('envSet', { container: who(t, goal.container), name: goal.var })
        : t('envIs', {
            container: who(t, goal.container),
            name: goal.var,
            value: value(goal.value),
          })
    case 'fileVisible': {
      const w = goal.writtenIn
      const writer = typeof w !== 'string' && !('name' in w) ? t('hostFiles', w) : who(t, w)
      const at = goal.writtenAt ?? goal.path
      return t('fileVisible', { writer, at, path: goal.path, container: who(t, goal.container) })
    }
    case 'published':
      return t('published', { host: goal.host, port: goal.port, on: goal.hostIp ?? null })
    case 'running':
      return t('running', { container: who(t, goal.container) })
    case 'refused':
      return t('refused', { command: goal.command })
    case 'not':
      return t('not', { goal: goalText(t, goal.goal) })
  }
}

/** A predict question in words, for the lesson maker (the learner reads the teacher's text). */
export function questionText(t: T, q: LessonQuestion): string {
  return q.kind === 'yesNo'
    ? t('asksYesNo', { goal: goalText(t, q.goal) })
    : t('asksAddress', { from: who(t, q.from), name: q.name })
}

/** A choice as the learner reads it: yes, no and "none" in words, an address as it is. */
export function choiceText(t: T, choice: string): string {
  return choice === YES
    ? t('yes')
    : choice === NO
      ? t('no')
      : choice === NO_ADDRESS
        ? t('none')
        : choice
}
