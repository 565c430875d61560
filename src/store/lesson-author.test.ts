// "Make a lesson" as a teacher uses it: the world recorded as the start, the changes made
// after it followed as the step's solution (through undo and redo), goals picked from the
// world's facts, Test, and the file a student opens and completes another way.
import { describe, expect, it } from 'vitest'
import * as cli from '../cli/index'
import { fromLessonJson } from '../io/lesson'
import {
  commandCount,
  createAuthorStore,
  draftFile,
  EMPTY_DRAFT,
  idFrom,
  startScript,
} from './lesson-author'
import { createLessonStore } from './lessons'
import { createDocknetStore } from './store'

const TWO = `docker run -dit --name front busybox
docker run -dit --name back busybox`

const BY_NAME: cli.Goal = { kind: 'reaches', by: 'name', from: 'front', to: 'back' }

/** The app store with its CLI at hand, a small world typed in, and the author over it. */
function setUp(script = TWO) {
  const app = createDocknetStore(undefined, { cli })
  app.getState().runCommand(script)
  const author = createAuthorStore(app)
  const type = (...lines: string[]) => lines.forEach((l) => app.getState().runCommand(l))
  const solution = () => author.getState().draft.steps.at(-1)?.solution
  return { app, author, type, solution }
}

describe('recording the start', () => {
  it('is the docker script that builds the world again, checked by building it', () => {
    const { app, author } = setUp()
    author.getState().recordStart()
    const { start } = author.getState().draft
    expect(start).not.toContain('exported by Docknet')
    expect(start).toContain('docker run -dit --name front busybox')
    expect(author.getState().startCheck).toBe('same')
    expect(startScript(app.getState().shell.topology).script).toBe(start)
    // The image is pulled, then each container run: its comments are no commands.
    expect(commandCount(`# a note\n${start}`)).toBe(3)
  })

  it('says when the script leaves something out', () => {
    const { author } = setUp(`${TWO}\ndocker exec front sh -c 'echo hi > /note'`)
    author.getState().recordStart()
    expect(author.getState().draft.start).toContain('# Not made: files written')
    expect(author.getState().startCheck).toBe('differs')
    const stopped = setUp(`${TWO}\ndocker stop back`)
    stopped.author.getState().recordStart()
    expect(stopped.author.getState().startCheck).toBe('same')
  })
})

describe("the step's solution", () => {
  it('is what the teacher typed since the start, without what Docker refused', () => {
    const { author, type, solution } = setUp()
    author.getState().recordStart()
    type('docker network create n', 'docker network connect nowhere front')
    type('docker network connect n front', 'docker network connect n back')
    expect(solution()).toBe(
      'docker network create n\ndocker network connect n front\ndocker network connect n back',
    )
    expect(author.getState().lost).toBe(false)
  })

  it('follows undo and redo, and takes the commands a canvas gesture ran', async () => {
    const { app, author, type, solution } = setUp()
    author.getState().recordStart()
    type('docker network create n')
    expect(await app.getState().runGesture('docker network connect n front')).toBe(true)
    expect(solution()).toBe('docker network create n\ndocker network connect n front')
    app.getState().undo()
    expect(solution()).toBe('docker network create n')
    app.getState().redo()
    expect(solution()).toBe('docker network create n\ndocker network connect n front')
  })

  it('is lost when the world changes other than by commands, and the teacher may write it', () => {
    const { app, author, type, solution } = setUp()
    author.getState().recordStart()
    type('docker network create n')
    app.getState().loadScript('docker run -dit --name other busybox')
    expect(author.getState().lost).toBe(true)
    expect(solution()).toBe('docker network create n')
    author.getState().setSolution(0, 'docker network create m')
    type('docker network create k')
    expect(solution()).toBe('docker network create m')
    // Following again: the world now was not reached by commands from the step's start.
    author.getState().follow()
    expect(author.getState().lost).toBe(true)
  })

  it('of a new step begins where the step before ends, whose solution stays', () => {
    const { author, type } = setUp()
    author.getState().recordStart()
    type('docker network create n')
    author.getState().addStep()
    type('docker network connect n front')
    const steps = author.getState().draft.steps
    expect(steps.map((s) => [s.solution, s.recording])).toEqual([
      ['docker network create n', false],
      ['docker network connect n front', true],
    ])
    author.getState().removeLastStep()
    expect(author.getState().draft.steps).toHaveLength(1)
  })
})

describe('goals, Test and the file', () => {
  /** A whole lesson: front pings back by name, on a network of their own. */
  function written() {
    const s = setUp()
    const a = s.author.getState()
    a.recordStart()
    s.type(
      'docker network create n',
      'docker network connect n front',
      'docker network connect n back',
    )
    const facts = cli.worldFacts(s.app.getState().shell)
    const fact = facts.reach.find((f) => JSON.stringify(f.goal) === JSON.stringify(BY_NAME))
    expect(fact?.holds).toBe(true)
    a.addGoal(fact?.goal ?? BY_NAME)
    a.addGoal(fact?.goal ?? BY_NAME)
    a.setText('title', 'en', 'Ping by name')
    a.setText('explanation', 'en', 'A user-defined network answers names.')
    a.setStepText(0, 'text', 'en', 'Make front ping back by name.')
    a.setStepText(0, 'hint', 'en', 'The default bridge has no DNS.')
    a.setStepText(0, 'text', 'zh', '让 front 按名字 ping 通 back。')
    return s
  }

  it('a goal is added once; Test says it is unmet before and met after the solution', () => {
    const { author } = written()
    expect(author.getState().draft.steps[0]?.goals).toEqual([BY_NAME])
    const play = author.getState().runTest()
    expect(play.ok).toBe(true)
    const [step] = play.steps
    expect(step?.kind === 'goal' && step.goals.map((g) => [g.before.met, g.after.met])).toEqual([
      [false, true],
    ])
    author.getState().removeGoal(0, 0)
    expect(author.getState().runTest().ok).toBe(false)
  })

  it('saves as a lesson file a student opens, completes another way, with Chinese where written', () => {
    const { author } = written()
    expect(author.getState().draft.id).toBe('ping-by-name')
    const file = author.getState().file()
    if (!file.ok) throw new Error(JSON.stringify(file.problems))
    const value = JSON.parse(file.json) as { title: object; steps: { text: object }[] }
    expect(value.title).toEqual({ en: 'Ping by name' })
    expect(value.steps[0]?.text).toEqual({
      en: 'Make front ping back by name.',
      zh: '让 front 按名字 ping 通 back。',
    })
    const read = fromLessonJson(file.json)
    expect(read).toEqual({ ok: true, value: file.lesson })
    // A student, in a browser of their own.
    const student = createDocknetStore(undefined, { cli })
    const lessons = createLessonStore(student)
    expect(lessons.getState().open(file.lesson)).toBe(true)
    expect(lessons.getState().own.map((l) => l.id)).toEqual(['ping-by-name'])
    student.getState().runCommand('docker rm -f back')
    student.getState().runCommand('docker network create mine')
    expect(lessons.getState().run?.done).toEqual([false])
    student.getState().runCommand('docker network connect mine front')
    student.getState().runCommand('docker run -dit --name back --network mine busybox')
    expect(lessons.getState().run?.done).toEqual([true])
  })

  it('a predict step asks of a fact; Test and the student get the answer of its world', () => {
    const { app, author, type } = setUp()
    const a = author.getState()
    a.recordStart()
    a.setStepKind(0, 'predict')
    // No question yet: Test fails the step, and the file says what it lacks.
    expect(author.getState().runTest().ok).toBe(false)
    const lacking = author.getState().file()
    expect(!lacking.ok && lacking.problems.map((p) => `${p.code} ${p.path}`)).toContain(
      'NO_QUESTION steps[0].question',
    )
    a.ask({ kind: 'yesNo', goal: BY_NAME })
    a.setText('title', 'en', 'Names need a network')
    a.setText('explanation', 'en', 'The default bridge has no DNS.')
    a.setStepText(0, 'text', 'en', 'Will front reach back by name?')
    a.setStepText(0, 'hint', 'en', 'Who answers names on the default bridge?')
    a.setSolution(0, 'docker exec front ping -c1 back')
    a.addStep()
    type(
      'docker network create n',
      'docker network connect n front',
      'docker network connect n back',
    )
    a.addGoal(BY_NAME)
    a.setStepText(1, 'text', 'en', 'Make front reach back by name.')
    a.setStepText(1, 'hint', 'en', 'Put both on a network of your own.')
    a.addStep()
    a.setStepKind(2, 'predict')
    a.ask({ kind: 'address', from: 'front', name: 'back' })
    a.setStepText(2, 'text', 'en', 'Which address does back have for front now?')
    a.setStepText(2, 'hint', 'en', 'The embedded DNS answers with the address on n.')
    a.setSolution(2, 'docker exec front getent hosts back')
    const play = author.getState().runTest()
    expect(play.ok).toBe(true)
    const [first, , third] = play.steps
    // Asked in the start: the default bridge resolves no names, so no.
    expect(first?.kind === 'predict' && first.prediction.answer).toBe(cli.NO)
    // Asked after the step before's solution: back's address on n, the network they share.
    const t = app.getState().shell.topology
    const n = [...t.networks.values()].find((x) => x.name === 'n')
    const back = [...t.containers.values()].find((c) => c.name === 'back')
    const onN = back?.endpoints.find((e) => e.networkId === n?.id)?.ip
    expect(onN).toMatch(/^172\.18\./)
    expect(third?.kind === 'predict' && third.prediction.answer).toBe(onN)
    const file = author.getState().file()
    if (!file.ok) throw new Error(JSON.stringify(file.problems))
    expect(file.lesson.steps.map((s) => s.kind)).toEqual(['predict', 'goal', 'predict'])
    const student = createDocknetStore(undefined, { cli })
    const lessons = createLessonStore(student)
    expect(lessons.getState().open(file.lesson)).toBe(true)
    expect(lessons.getState().run?.prediction?.answer).toBe(cli.NO)
    lessons.getState().answer(cli.YES)
    expect(lessons.getState().run?.answer).toBe(cli.YES)
  })

  it('says what the draft lacks, each with where', () => {
    const { author } = setUp()
    expect(draftFile(EMPTY_DRAFT)).toMatchObject({ ok: false })
    const file = author.getState().file()
    expect(!file.ok && file.problems.map((p) => `${p.code} ${p.path}`)).toEqual([
      'NO_START start',
      'EMPTY id',
      'MISSING_TRANSLATION title.en',
      'MISSING_TRANSLATION explanation.en',
      'MISSING_TRANSLATION steps[0].text.en',
      'MISSING_TRANSLATION steps[0].hint.en',
      'EMPTY steps[0].solution',
      'NO_GOALS steps[0].goals',
    ])
    author.getState().setId('links')
    const taken = author.getState().file()
    expect(!taken.ok && taken.problems.map((p) => p.code)).toContain('BUILT_IN_ID')
  })

  it('an id from the title, until the teacher writes one', () => {
    expect(idFrom('  Ping by name: --link & DNS! ')).toBe('ping-by-name-link-dns')
    expect(idFrom('容器')).toBe('')
    const { author } = setUp()
    author.getState().setText('title', 'en', 'Ping')
    expect(author.getState().draft.id).toBe('ping')
    author.getState().setId('my-ping')
    author.getState().setText('title', 'en', 'Ping by name')
    expect(author.getState().draft.id).toBe('my-ping')
  })
})
