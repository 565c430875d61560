/** A lesson goal in words, for the step's checklist (the goal itself is data: cli/goal-types). */
import type { LessonContainerRef, LessonExpected, LessonGoal } from '../../io/lesson'
import type { Translate } from '../i18n/catalog'
import type { LessonMessages } from './messages'

type T = Translate<LessonMessages>

export function goalText(t: T, goal: LessonGoal): string {
  const who = (r: LessonContainerRef) => (typeof r === 'string' ? r : t('onHost', r))
  const value = (v: LessonExpected) =>
    typeof v === 'string' ? v : t('addressOf', { container: who(v.ipOf) })
  switch (goal.kind) {
    case 'reaches': {
      const port = goal.port ?? null
      return goal.by === 'name'
        ? t('reachesByName', { from: who(goal.from), to: goal.to, port })
        : t('reachesByIp', { from: who(goal.from), to: who(goal.to), port })
    }
    case 'resolves':
      return goal.address === undefined
        ? t('resolves', { from: who(goal.from), name: goal.name })
        : t('resolvesTo', { from: who(goal.from), name: goal.name, address: value(goal.address) })
    case 'hostsLine':
      return t('hostsLine', { container: who(goal.container), text: goal.text })
    case 'env':
      return goal.value === undefined
        ? t('envSet', { container: who(goal.container), name: goal.var })
        : t('envIs', { container: who(goal.container), name: goal.var, value: value(goal.value) })
    case 'fileVisible': {
      const w = goal.writtenIn
      const writer = typeof w !== 'string' && !('name' in w) ? t('hostFiles', w) : who(w)
      const at = goal.writtenAt ?? goal.path
      return t('fileVisible', { writer, at, path: goal.path, container: who(goal.container) })
    }
    case 'published':
      return t('published', { host: goal.host, port: goal.port, on: goal.hostIp ?? null })
    case 'running':
      return t('running', { container: who(goal.container) })
    case 'refused':
      return t('refused', { command: goal.command })
    case 'not':
      return t('not', { goal: goalText(t, goal.goal) })
  }
}
