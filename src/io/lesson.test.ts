// The lesson file reader: a good file reads back as written; a bad one gives every coded
// error it has, with where, and never throws.
import { describe, expect, expectTypeOf, it } from 'vitest'
import type { Goal, PredictQuestion } from '../cli'
import {
  fromLessonJson,
  fromLessonValue,
  isLessonText,
  lessonGoals,
  MAX_LESSON_CHARS,
  toLessonJson,
  type Lesson,
  type LessonError,
  type LessonGoal,
  type LessonQuestion,
} from './index'

const texts = (en: string, zh: string) => ({ en, zh })

function lesson(): Record<string, unknown> {
  return {
    format: 'docknet-lesson',
    version: 1,
    id: 'my-links',
    title: texts('Links', '链接'),
    explanation: texts('A link writes /etc/hosts.', '链接会写入 /etc/hosts。'),
    start: 'docker run -d --name db training/postgres',
    steps: [
      {
        kind: 'predict',
        text: texts('Will it work?', '能行吗？'),
        question: { kind: 'yesNo', goal: { kind: 'reaches', by: 'name', from: 'web', to: 'db' } },
        hint: texts('Think.', '想一想。'),
        solution: 'docker exec web getent hosts db',
      },
      {
        kind: 'goal',
        text: texts('Make web reach db.', '让 web 访问 db。'),
        goals: [
          { kind: 'reaches', by: 'name', from: 'web', to: 'db', port: 5432 },
          { kind: 'not', goal: { kind: 'published', host: 'default', port: 5432 } },
        ],
        hint: texts('Link it.', '链接它。'),
        solution: 'docker run -d --name web --link db:db training/webapp',
      },
    ],
  }
}

/** The lesson with one field replaced (or removed, for undefined), at a path of keys. */
function edited(path: readonly (string | number)[], value: unknown): unknown {
  const root = lesson()
  let o = root as Record<string | number, unknown>
  for (const key of path.slice(0, -1)) o = o[key] as Record<string | number, unknown>
  const last = path[path.length - 1] as string | number
  if (value === undefined) delete o[last]
  else o[last] = value
  return root
}

function errors(value: unknown): readonly LessonError[] {
  const r = fromLessonValue(value)
  return r.ok ? [] : r.errors
}

describe('a good lesson file', () => {
  it('reads back as written, and writes again the same', () => {
    const r = fromLessonJson(JSON.stringify(lesson()))
    expect(r).toEqual({ ok: true, value: lesson() })
    if (r.ok) expect(JSON.parse(toLessonJson(r.value))).toEqual(lesson())
  })

  it('reads every goal kind and both question kinds, optional fields kept only when set', () => {
    const goals = [
      {
        kind: 'reaches',
        by: 'ip',
        from: { name: 'wordpress', host: 'default' },
        to: { name: 'mysql', host: 'vm2' },
        port: 3306,
      },
      {
        kind: 'reaches',
        by: 'name',
        from: 'wordpress',
        to: 'mysql',
        port: 3306,
        server: { name: 'mysql', host: 'vm2' },
      },
      { kind: 'resolves', from: 'web', name: 'db', address: { ipOf: 'db', network: 'app' } },
      { kind: 'resolves', from: 'web', name: 'db' },
      { kind: 'hostsLine', container: 'web', text: 'sql db' },
      { kind: 'env', container: 'web', var: 'DB_NAME', value: '/web/db' },
      {
        kind: 'fileVisible',
        container: 'site',
        path: '/srv',
        writtenIn: { host: 'default' },
        writtenAt: '/srv/site',
      },
      { kind: 'fileVisible', container: 'backup', path: '/data', writtenIn: 'web' },
      { kind: 'published', host: 'default', port: 8066, hostIp: '127.0.0.1' },
      { kind: 'running', container: 'db' },
      { kind: 'refused', command: 'docker run --link x:y busybox', host: 'vm2' },
      { kind: 'not', goal: { kind: 'running', container: 'db' } },
    ]
    const r = fromLessonValue(edited(['steps', 1, 'goals'], goals))
    expect(r.ok && r.value.steps[1]).toMatchObject({ goals })
    const question = { kind: 'address', from: 'wordpress', name: 'mysql' }
    const q = fromLessonValue(edited(['steps', 0, 'question'], question))
    expect(q.ok && q.value.steps[0]).toMatchObject({ question })
  })

  it('has the very shapes the CLI checks', () => {
    expectTypeOf<LessonGoal>().toEqualTypeOf<Goal>()
    expectTypeOf<LessonQuestion>().toEqualTypeOf<PredictQuestion>()
    expectTypeOf<Lesson['steps'][number]['solution']>().toEqualTypeOf<string>()
  })
})

describe('a bad lesson file', () => {
  it('NOT_JSON, with the parser’s words, and TOO_LARGE before parsing', () => {
    const r = fromLessonJson('{"format": ')
    expect(r.ok).toBe(false)
    expect(!r.ok && r.errors[0]).toMatchObject({ code: 'NOT_JSON', path: '' })
    expect(!r.ok && r.errors[0]?.detail).toBeTruthy()
    const big = fromLessonJson(' '.repeat(MAX_LESSON_CHARS + 1))
    expect(!big.ok && big.errors).toEqual([{ code: 'TOO_LARGE', path: '' }])
  })

  it('NOT_A_LESSON for another file, UNSUPPORTED_VERSION for a newer one', () => {
    expect(errors({ format: 'docknet', version: 2 })).toEqual([
      { code: 'NOT_A_LESSON', path: 'format', expected: 'docknet-lesson' },
    ])
    expect(errors(null)).toMatchObject([{ code: 'NOT_A_LESSON' }])
    expect(errors([1, 2])).toMatchObject([{ code: 'NOT_A_LESSON' }])
    expect(errors(edited(['version'], 2))).toEqual([
      { code: 'UNSUPPORTED_VERSION', path: 'version', expected: '1' },
    ])
  })

  it('MISSING_FIELD and UNKNOWN_FIELD, every one at once', () => {
    const root = edited(['title'], undefined) as Record<string, unknown>
    delete root.steps
    root.hnit = 'x'
    expect(errors(root)).toEqual([
      { code: 'UNKNOWN_FIELD', path: 'hnit' },
      { code: 'MISSING_FIELD', path: 'title' },
      { code: 'MISSING_FIELD', path: 'steps' },
    ])
    expect(errors(edited(['steps', 1, 'hint'], undefined))).toEqual([
      { code: 'MISSING_FIELD', path: 'steps[1].hint' },
    ])
    expect(errors(edited(['steps', 1, 'goals', 0, 'sever'], 'db'))).toEqual([
      { code: 'UNKNOWN_FIELD', path: 'steps[1].goals[0].sever' },
    ])
  })

  it('MISSING_TRANSLATION for English left out or left empty', () => {
    expect(errors(edited(['title'], { zh: '链接' }))).toEqual([
      { code: 'MISSING_TRANSLATION', path: 'title.en' },
    ])
    expect(errors(edited(['steps', 0, 'hint', 'en'], '  '))).toEqual([
      { code: 'MISSING_TRANSLATION', path: 'steps[0].hint.en' },
    ])
    expect(errors(edited(['steps', 0, 'hint', 'zh'], 3))).toEqual([
      { code: 'WRONG_TYPE', path: 'steps[0].hint.zh', expected: 'string' },
    ])
    expect(errors(edited(['title', 'fr'], 'Liens'))).toEqual([
      { code: 'UNKNOWN_FIELD', path: 'title.fr' },
    ])
  })

  it('Chinese left out, or left empty, reads as the English text', () => {
    const r = fromLessonValue(edited(['title'], { en: 'Links' }))
    expect(r.ok && r.value.title).toEqual({ en: 'Links', zh: 'Links' })
    const empty = fromLessonValue(edited(['steps', 0, 'hint', 'zh'], ''))
    expect(empty.ok && empty.value.steps[0]?.hint).toEqual({ en: 'Think.', zh: 'Think.' })
  })

  it('WRONG_TYPE, saying what was expected', () => {
    expect(errors(edited(['start'], 42))).toEqual([
      { code: 'WRONG_TYPE', path: 'start', expected: 'string' },
    ])
    expect(errors(edited(['steps'], {}))).toEqual([
      { code: 'WRONG_TYPE', path: 'steps', expected: 'array' },
    ])
    expect(errors(edited(['explanation'], 'one language'))).toEqual([
      { code: 'WRONG_TYPE', path: 'explanation', expected: 'object' },
    ])
    expect(errors(edited(['steps', 1, 'goals', 0, 'port'], '5432'))).toEqual([
      { code: 'WRONG_TYPE', path: 'steps[1].goals[0].port', expected: 'number' },
    ])
  })

  it('EMPTY for a text that says nothing', () => {
    expect(errors(edited(['steps', 1, 'solution'], ' '))).toEqual([
      { code: 'EMPTY', path: 'steps[1].solution' },
    ])
  })

  it('BAD_VALUE for unknown kinds and values, with the ones allowed', () => {
    expect(errors(edited(['steps', 0, 'kind'], 'quiz'))).toEqual([
      { code: 'BAD_VALUE', path: 'steps[0].kind', expected: 'goal | predict' },
    ])
    expect(errors(edited(['steps', 1, 'goals', 0, 'kind'], 'pings'))).toMatchObject([
      { code: 'BAD_VALUE', path: 'steps[1].goals[0].kind' },
    ])
    expect(errors(edited(['steps', 1, 'goals', 0, 'by'], 'alias'))).toEqual([
      { code: 'BAD_VALUE', path: 'steps[1].goals[0].by', expected: 'name | ip' },
    ])
    expect(errors(edited(['steps', 0, 'question', 'kind'], 'multiple'))).toEqual([
      { code: 'BAD_VALUE', path: 'steps[0].question.kind', expected: 'yesNo | address' },
    ])
    expect(errors(edited(['steps', 1, 'goals', 0, 'from'], 'we b'))).toMatchObject([
      { code: 'BAD_VALUE', path: 'steps[1].goals[0].from' },
    ])
    const relative = { kind: 'fileVisible', container: 'backup', path: 'data', writtenIn: 'web' }
    expect(errors(edited(['steps', 1, 'goals', 0], relative))).toEqual([
      { code: 'BAD_VALUE', path: 'steps[1].goals[0].path', expected: 'an absolute path' },
    ])
  })

  it('a server only for a reach by name', () => {
    const goal = { kind: 'reaches', by: 'ip', from: 'web', to: 'db', server: 'db' }
    expect(errors(edited(['steps', 1, 'goals', 0], goal))).toEqual([
      { code: 'UNKNOWN_FIELD', path: 'steps[1].goals[0].server' },
    ])
  })

  it('BAD_ID, BAD_PORT, NO_STEPS, NO_GOALS', () => {
    expect(errors(edited(['id'], 'My Links'))).toEqual([{ code: 'BAD_ID', path: 'id' }])
    expect(errors(edited(['steps', 1, 'goals', 0, 'port'], 70000))).toEqual([
      { code: 'BAD_PORT', path: 'steps[1].goals[0].port' },
    ])
    expect(errors(edited(['steps', 1, 'goals', 1, 'goal', 'port'], 0.5))).toEqual([
      { code: 'BAD_PORT', path: 'steps[1].goals[1].goal.port' },
    ])
    expect(errors(edited(['steps'], []))).toEqual([{ code: 'NO_STEPS', path: 'steps' }])
    expect(errors(edited(['steps', 1, 'goals'], []))).toEqual([
      { code: 'NO_GOALS', path: 'steps[1].goals' },
    ])
  })

  it('never throws, whatever the value', () => {
    const odd = [
      undefined,
      0,
      'x',
      true,
      [],
      {},
      { format: 'docknet-lesson', version: 1, steps: [null] },
    ]
    for (const v of odd) expect(() => fromLessonValue(v)).not.toThrow()
    const steps = [null, 1, 'goal', [], { kind: null }, { kind: 'goal', goals: [null, 'x', {}] }]
    for (const s of steps) expect(errors(edited(['steps', 0], s)).length).toBeGreaterThan(0)
  })
})

describe('telling a lesson file from the other files Open takes', () => {
  it('is a lesson when its top-level format says so, whatever its field order', () => {
    expect(isLessonText(JSON.stringify(lesson(), null, 2))).toBe(true)
    expect(isLessonText(JSON.stringify({ id: 'x', format: 'docknet-lesson', version: 2 }))).toBe(
      true,
    )
  })

  it('a broken or oversized lesson file is still one, so that opening it says why', () => {
    expect(isLessonText('{ "format": "docknet-lesson", ')).toBe(true)
    const huge = `{"format":"docknet-lesson","start":"${'x'.repeat(MAX_LESSON_CHARS)}"}`
    expect(isLessonText(huge)).toBe(true)
  })

  it('is not a lesson when only a value deep inside names the format', () => {
    const doc = { format: 'docknet', env: ['NOTE={"format": "docknet-lesson"}'] }
    expect(isLessonText(JSON.stringify(doc))).toBe(false)
    const nested = { format: 'docknet', note: { format: 'docknet-lesson' } }
    expect(isLessonText(JSON.stringify(nested))).toBe(false)
    expect(isLessonText('services:\n  web:\n    image: nginx\n')).toBe(false)
  })
})

describe('goals kept apart from a file (a draft kept in the browser)', () => {
  it('are read as a file’s goals are, or not at all', () => {
    const goals = [{ kind: 'reaches', by: 'name', from: 'web', to: 'db', port: 5432 }]
    expect(lessonGoals(goals)).toEqual(goals)
    expect(lessonGoals([...goals, { kind: 'reaches', by: 'name', from: 'web' }])).toBeNull()
    expect(lessonGoals('x')).toBeNull()
  })
})
