/** A lesson goal in words, for the step's checklist (the goal itself is data: cli/goal-types). */
import type { LessonContainerRef, LessonExpected, LessonGoal } from '../../io/lesson'

const who = (r: LessonContainerRef) => (typeof r === 'string' ? r : `${r.name} (on ${r.host})`)

const value = (v: LessonExpected) => (typeof v === 'string' ? v : `the address of ${who(v.ipOf)}`)

export function goalText(goal: LessonGoal): string {
  switch (goal.kind) {
    case 'reaches': {
      const on = goal.port === undefined ? ' (ping)' : ` on port ${goal.port}`
      return goal.by === 'name'
        ? `${who(goal.from)} reaches ${goal.to} by that name${on}`
        : `${who(goal.from)} reaches ${who(goal.to)} by an address${on}`
    }
    case 'resolves':
      return goal.address === undefined
        ? `${goal.name} resolves in ${who(goal.from)}`
        : `${goal.name} resolves to ${value(goal.address)} in ${who(goal.from)}`
    case 'hostsLine':
      return `a line of ${who(goal.container)}'s /etc/hosts reads "${goal.text}"`
    case 'env':
      return goal.value === undefined
        ? `${who(goal.container)} has ${goal.var} set`
        : `${who(goal.container)} has ${goal.var}=${value(goal.value)}`
    case 'fileVisible': {
      const w = goal.writtenIn
      const writer = typeof w !== 'string' && !('name' in w) ? `host ${w.host}` : who(w)
      return `a file ${writer} writes in ${goal.writtenAt ?? goal.path} shows in ${goal.path} of ${who(goal.container)}`
    }
    case 'published':
      return `host ${goal.host} publishes port ${goal.port}${goal.hostIp ? ` on ${goal.hostIp}` : ''}`
    case 'running':
      return `${who(goal.container)} is running`
    case 'refused':
      return `Docker refuses: ${goal.command}`
    case 'not':
      return `not: ${goalText(goal.goal)}`
  }
}
