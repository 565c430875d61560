// Every built-in lesson played through as a learner would: its start replays, each goal step's
// goals are unmet when the step begins and met after its solution, and each predict step's
// answer, computed by the engine, is the one Docker's documented behaviour gives
// (docker-semantics.md). Other correct ways pass too, and every text is in both languages.
import { describe, expect, it } from 'vitest'
import { checkGoals, NO, playLesson, runScript, YES, type ShellState } from '../cli'
import { fromLessonValue, LANGUAGES, type Lesson, type LessonStep, type Texts } from '../io'
import { LESSON_FILES } from './index'

function read(file: unknown): Lesson {
  const r = fromLessonValue(file)
  if (!r.ok) throw new Error(JSON.stringify(r.errors))
  return r.value
}

const LESSONS = LESSON_FILES.map(read)

/** The world when step `index` begins: the start, then the solutions of the steps before. */
function before(lesson: Lesson, index: number): ShellState {
  const step = playLesson(lesson).steps[index]
  if (!step) throw new Error(`${lesson.id} has no step ${index + 1}`)
  return step.before
}

/** The address a container has on its first network with one (read from the record). */
function addressOf(s: ShellState, name: string): string {
  const c = [...s.topology.containers.values()].find((x) => x.name === name)
  return c?.endpoints.find((e) => e.ip !== null)?.ip ?? ''
}

/**
 * The right answers, by hand, in order of each lesson's predict steps: what Docker Engine 28
 * does, not what the engine happens to say.
 */
const ANSWERS: Record<string, readonly (string | ((s: ShellState) => string))[]> = {
  // No DNS for names on the default bridge; a link writes only the parent's /etc/hosts.
  links: [NO, NO],
  // The child's -e variables are copied into the parent as DB_ENV_*.
  'link-env': [YES],
  // A link's target must be on the daemon that creates the parent; the alias names the local
  // ambassador, so mysql resolves to its address.
  ambassador: [YES, (s) => addressOf(s, 'ambassador2')],
  // No mount: backup's /data is its own layer; --volumes-from mounts the same volume both ways.
  volumes: [NO, YES],
  // sidecar's own loopback has no server; -p with container: network mode is a conflict.
  joined: [NO, YES],
  // Nothing listens on the host's 3306 yet; -p with --network host is only a warning.
  'host-network': [NO, NO],
  // Nothing published on 8066; a port published on 0.0.0.0 answers on the gateway too.
  ports: [NO, YES],
  // --icc=false drops docker0 traffic; a link opens the child's exposed ports, not ICMP.
  icc: [NO, NO],
  // The alias was given on testnet, whose DNS answers with centos-1's address there.
  'user-networks': [NO, (s) => testnetAddress(s, 'centos-1')],
  // Engine 28: --ip needs a user-configured subnet; an address in use is refused.
  'static-ip': [YES, YES],
  // Links are one daemon's; the default bridge has no DNS; link variables are frozen at start.
  limits: [YES, NO, NO],
}

function testnetAddress(s: ShellState, name: string): string {
  const t = s.topology
  const c = [...t.containers.values()].find((x) => x.name === name)
  const ep = c?.endpoints.find((e) => t.networks.get(e.networkId)?.name === 'testnet')
  return ep?.ip ?? ''
}

describe('the built-in lessons', () => {
  it('are the eleven of the issue, each read without an error', () => {
    expect(LESSONS.map((l) => l.id)).toEqual([
      'links',
      'link-env',
      'ambassador',
      'volumes',
      'joined',
      'host-network',
      'ports',
      'icc',
      'user-networks',
      'static-ip',
      'limits',
    ])
  })

  it.each(LESSONS.map((l) => [l.id, l] as const))('%s has 2-4 steps, a predict step', (_, l) => {
    expect(l.steps.length).toBeGreaterThanOrEqual(2)
    expect(l.steps.length).toBeLessThanOrEqual(4)
    expect(l.steps.some((s) => s.kind === 'predict')).toBe(true)
    expect(l.steps.some((s) => s.kind === 'goal')).toBe(true)
  })

  // Played as the Test of "Make a lesson" plays a teacher's (cli/lesson-play.ts): the start is
  // accepted; each goal step's goals are unmet when it begins (a `not` guards what must stay
  // true, and may hold already), Docker accepts its solution and the goals then hold.
  it.each(LESSONS.map((l) => [l.id, l] as const))('%s plays through', (_, lesson) => {
    const play = playLesson(lesson)
    expect(play.startRefused).toEqual([])
    const answers = [...(ANSWERS[lesson.id] ?? [])]
    play.steps.forEach((step, i) => {
      const at = `${lesson.id} step ${i + 1}`
      if (step.kind === 'goal') {
        step.goals.forEach((g, j) => {
          if (g.goal.kind !== 'not') expect(g.before.met, `${at} goal ${j + 1}`).toBe(false)
          expect(g.after.met, `${at} goal ${j + 1} after`).toBe(true)
        })
        expect(step.metBefore, at).toBe(false)
        expect(step.refused, at).toEqual([])
        expect(step.ok, at).toBe(true)
      } else {
        const expected = answers.shift()
        expect(expected, `${at}: an answer by hand`).toBeDefined()
        const answer = typeof expected === 'function' ? expected(step.before) : expected
        expect(step.prediction.answer, at).toBe(answer)
        expect(step.prediction.choices, at).toContain(answer)
      }
    })
    expect(answers, `${lesson.id}: answers left over`).toEqual([])
    expect(play.ok).toBe(true)
  })
})

/** Other correct ways to reach a step's goals, after the start and the steps before. */
const OTHER_WAYS: readonly { lesson: string; step: number; way: string; script: string }[] = [
  {
    lesson: 'links',
    step: 2,
    way: 'a user-defined network instead of --link',
    script: `docker network create app
docker network connect app db
docker network connect app web`,
  },
  {
    lesson: 'ambassador',
    step: 3,
    way: "an --add-host line to vm2's address (the notes' first way)",
    script: `docker rm -f wordpress
docker run -d --name wordpress --add-host mysql:192.168.1.11 wordpress`,
  },
  {
    lesson: 'icc',
    step: 3,
    way: 'a user-defined network, which --icc=false does not touch',
    script: `docker network create admin-net
docker network connect admin-net db
docker run -dit --name admin --network admin-net busybox`,
  },
  {
    lesson: 'volumes',
    step: 2,
    way: "a volume mounted by name (the anonymous volume's)",
    script: `docker rm -f backup
docker run -dit --name backup -v $(docker inspect -f '{{(index .Mounts 0).Name}}' web):/data busybox`,
  },
  {
    lesson: 'user-networks',
    step: 3,
    way: 'a second network whose alias is db',
    script: `docker network create other
docker network connect --alias db other centos-1
docker network connect other centos-2`,
  },
  {
    lesson: 'limits',
    step: 4,
    way: 'web made again instead of restarted',
    script: `docker rm -f web
docker run -d --name web --link db:db training/webapp python app.py`,
  },
]

function stepOf(lesson: Lesson, index: number): LessonStep {
  const step = lesson.steps[index]
  if (!step) throw new Error(`${lesson.id} has no step ${index + 1}`)
  return step
}

describe('another correct way passes', () => {
  it.each(OTHER_WAYS.map((w) => [`${w.lesson} step ${w.step}: ${w.way}`, w] as const))(
    '%s',
    (_, w) => {
      const lesson = LESSONS.find((l) => l.id === w.lesson) as Lesson
      const step = stepOf(lesson, w.step - 1)
      if (step.kind !== 'goal') throw new Error('not a goal step')
      const s0 = before(lesson, w.step - 1)
      expect(checkGoals(s0, step.goals).met).toBe(false)
      const { state, entries } = runScript(w.script, s0)
      expect(entries.filter((e) => e.exitCode !== 0)).toEqual([])
      expect(checkGoals(state, step.goals).results.filter((r) => !r.met)).toEqual([])
    },
  )
})

/** Every text of a lesson, with where it is. */
function texts(l: Lesson): [string, Texts][] {
  return [
    ['title', l.title],
    ['explanation', l.explanation],
    ...l.steps.flatMap((s, i): [string, Texts][] => [
      [`steps[${i}].text`, s.text],
      [`steps[${i}].hint`, s.hint],
    ]),
  ]
}

const HAN = /\p{Script=Han}/u

describe('both languages', () => {
  it.each(LESSONS.map((l) => [l.id, l] as const))('%s: every text in en and zh', (_, l) => {
    for (const [where, t] of texts(l)) {
      for (const lang of LANGUAGES) expect(t[lang].trim(), `${where}.${lang}`).not.toBe('')
      expect(HAN.test(t.en), `${where}.en is English`).toBe(false)
      expect(HAN.test(t.zh), `${where}.zh is Chinese`).toBe(true)
    }
  })
})
