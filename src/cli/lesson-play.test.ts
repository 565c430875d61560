// A lesson played in memory, as "Make a lesson"'s Test and the built-in lessons' test play it:
// what makes a step sound, and each way it can be unsound.
import { describe, expect, it } from 'vitest'
import { NO, playLesson, YES, type Goal, type PlayableLesson } from './index'

const START = `docker run -d --name db training/postgres
docker run -d --name web training/webapp python app.py`

const REACH: Goal = { kind: 'reaches', by: 'name', from: 'web', to: 'db', port: 5432 }
const LINK = `docker rm -f web
docker run -d --name web --link db:db training/webapp python app.py`

function lesson(steps: PlayableLesson['steps'], start = START): PlayableLesson {
  return { start, steps }
}

describe('playing a lesson', () => {
  it('a goal unmet before and met after its solution: sound, with both results', () => {
    const play = playLesson(lesson([{ kind: 'goal', goals: [REACH], solution: LINK }]))
    expect(play.ok).toBe(true)
    const [step] = play.steps
    expect(step).toMatchObject({ kind: 'goal', ok: true, metBefore: false, refused: [] })
    expect(step?.kind === 'goal' && step.goals.map((g) => [g.before.met, g.after.met])).toEqual([
      [false, true],
    ])
    expect([...play.end.topology.containers.values()].map((c) => c.name).sort()).toEqual([
      'db',
      'web',
    ])
  })

  it('a goal that holds already is unsound: the step would be done on arrival', () => {
    const play = playLesson(
      lesson([
        { kind: 'goal', goals: [REACH], solution: LINK },
        { kind: 'goal', goals: [REACH], solution: 'docker ps' },
      ]),
    )
    expect(play.steps.map((s) => s.ok)).toEqual([true, false])
    expect(play.steps[1]).toMatchObject({ metBefore: true })
    expect(play.ok).toBe(false)
  })

  it('a solution that does not reach the goal, or that Docker refuses, is unsound', () => {
    const short = playLesson(lesson([{ kind: 'goal', goals: [REACH], solution: 'docker ps' }]))
    expect(short.steps[0]).toMatchObject({ ok: false, metBefore: false })
    const refused = playLesson(
      lesson([
        { kind: 'goal', goals: [REACH], solution: `${LINK}\ndocker network connect nowhere web` },
      ]),
    )
    const [step] = refused.steps
    expect(step?.ok).toBe(false)
    expect(step?.refused.map((e) => e.command)).toEqual(['docker network connect nowhere web'])
  })

  it('a guard (`not`) may hold already; it must still hold after', () => {
    const guard: Goal = {
      kind: 'not',
      goal: { kind: 'reaches', by: 'name', from: 'db', to: 'web', port: 5000 },
    }
    const play = playLesson(lesson([{ kind: 'goal', goals: [REACH, guard], solution: LINK }]))
    expect(play.ok).toBe(true)
    const broken = playLesson(
      lesson([
        {
          kind: 'goal',
          goals: [REACH, guard],
          solution: `${LINK}\ndocker network create n\ndocker network connect n db\ndocker network connect n web`,
        },
      ]),
    )
    expect(broken.ok).toBe(false)
  })

  it('a predict step is answered in the world it is asked of; a refusal may be its answer', () => {
    const play = playLesson(
      lesson([
        { kind: 'predict', question: { kind: 'yesNo', goal: REACH }, solution: LINK },
        {
          kind: 'predict',
          question: { kind: 'yesNo', goal: REACH },
          solution: 'docker run -d --name web nginx',
        },
      ]),
    )
    expect(play.steps.map((s) => s.kind === 'predict' && s.prediction.answer)).toEqual([NO, YES])
    expect(play.steps[1]?.refused).toHaveLength(1)
    expect(play.ok).toBe(true)
  })

  it('a start Docker refuses is unsound', () => {
    const play = playLesson(
      lesson(
        [{ kind: 'goal', goals: [REACH], solution: LINK }],
        `${START}\ndocker run --name db x`,
      ),
    )
    expect(play.startRefused.map((e) => e.command)).toEqual(['docker run --name db x'])
    expect(play.ok).toBe(false)
  })
})
