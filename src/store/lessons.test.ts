import { describe, expect, it } from 'vitest'
import * as cli from '../cli/index'
import { whyText } from '../engine'
import { createLessonStore, predictionWhy } from './lessons'
import { createDocknetStore } from './store'

/** The app store with its CLI at hand, and the lesson runner over it. */
function setUp(progress = {}) {
  const app = createDocknetStore(undefined, { cli })
  const lessons = createLessonStore(app, progress)
  return { app, lessons, run: () => lessons.getState().run }
}

const names = (app: ReturnType<typeof setUp>['app']) =>
  [...app.getState().shell.topology.containers.values()].map((c) => c.name)

describe('the lesson runner', () => {
  it('builds the start, asks the first question of that world, and takes the answer', () => {
    const { app, lessons, run } = setUp()
    expect(lessons.getState().open('links')).toBe(true)
    expect(names(app)).toEqual(['db', 'web'])
    expect(run()?.step).toBe(0)
    // The default bridge has no embedded DNS: web cannot find db by name.
    expect(run()?.prediction?.answer).toBe('no')
    lessons.getState().answer('yes')
    expect(run()?.answer).toBe('yes')
    expect(run()?.done[0]).toBe(true)
    // One answer per question.
    lessons.getState().answer('no')
    expect(run()?.answer).toBe('yes')
    expect(lessons.getState().progress.links?.[0]).toBe(true)
  })

  it('gives the engine’s why for a prediction about a name, none for a file', () => {
    const { app, lessons, run } = setUp()
    lessons.getState().open('links')
    const [question] = run()?.lesson.steps ?? []
    const why = question && predictionWhy(app.getState().shell, question)
    expect(why && whyText(why)).toContain('the default bridge has no embedded DNS')
    lessons.getState().open('volumes')
    const [files] = run()?.lesson.steps ?? []
    expect(files && predictionWhy(app.getState().shell, files)).toBeNull()
  })

  it('checks a goal after every change, by any way that works, and moves on when it holds', () => {
    const { app, lessons, run } = setUp()
    lessons.getState().open('links')
    lessons.getState().goTo(1)
    expect(run()?.results.map((r) => r.met)).toEqual([false])
    // Not the lesson's --link: a user-defined network's DNS gets web to db by name too.
    app.getState().runCommand('docker network create appnet')
    app.getState().runCommand('docker network connect appnet web')
    expect(run()?.done[1]).toBe(false)
    app.getState().runCommand('docker network connect appnet db')
    expect(run()?.done[1]).toBe(true)
    expect(run()?.step).toBe(2)
    expect(lessons.getState().progress.links).toEqual([false, true, false, false])
  })

  it('"show me" runs the step’s solution as typed, and its goal then holds', async () => {
    const { app, lessons, run } = setUp()
    lessons.getState().open('links')
    lessons.getState().goTo(1)
    await lessons.getState().showMe()
    expect(
      app
        .getState()
        .transcript.slice(-2)
        .map((e) => e.command),
    ).toEqual([
      'docker rm -f web',
      'docker run -d --name web --link db:db training/webapp python app.py',
    ])
    expect(run()?.done[1]).toBe(true)
    expect(run()?.showing).toBe(false)
    expect(run()?.rebuilt).toBe(false)
  })

  it('"show me" after part of the change begins from the step’s start, where its solution works', async () => {
    const { app, lessons, run } = setUp()
    lessons.getState().open('ambassador')
    lessons.getState().goTo(1)
    app
      .getState()
      .runCommand(
        'docker --context vm2 run -d --name ambassador1 --link mysql:mysql -p 3306:3306 svendowideit/ambassador',
      )
    expect(run()?.step).toBe(2)
    // Part of it: ambassador2 made, without its -e. The solution's `docker run --name
    // ambassador2` would be refused (the name is in use), and wordpress would reach nothing.
    app
      .getState()
      .runCommand('docker run -d --name ambassador2 --expose 3306 svendowideit/ambassador')
    await lessons.getState().showMe()
    expect(run()?.rebuilt).toBe(true)
    expect(run()?.done[2]).toBe(true)
    const shown = app.getState().transcript.slice(-3)
    expect(shown.map((e) => e.exitCode)).toEqual([0, 0, 0])
    expect(shown[0]?.command).toContain('-e MYSQL_PORT_3306_TCP=tcp://192.168.1.11:3306')
  })

  it('keeps progress per lesson, reopens at the first step not done, and resets', () => {
    const { lessons, app, run } = setUp({ links: [true, true, false, false] })
    lessons.getState().open('links')
    expect(run()?.step).toBe(2)
    expect(run()?.done).toEqual([true, true, false, false])
    app.getState().runCommand('docker rm -f db')
    lessons.getState().reset()
    expect(names(app)).toEqual(['db', 'web'])
    expect(run()?.done).toEqual([false, false, false, false])
    expect(run()?.step).toBe(0)
    expect(lessons.getState().progress.links).toEqual([false, false, false, false])
  })

  it('opens no lesson it does not know, and stops checking once closed', () => {
    const { lessons, app, run } = setUp()
    expect(lessons.getState().open('nope')).toBe(false)
    expect(run()).toBeNull()
    lessons.getState().open('links')
    lessons.getState().close()
    app.getState().runCommand('docker network create appnet')
    expect(run()).toBeNull()
  })

  it('breaks a working world with one hidden change, climbs the hint ladder, and sees it fixed', async () => {
    const { app, lessons } = setUp()
    lessons.getState().open('links')
    app.getState().runCommand('docker rm -f web')
    app.getState().runCommand('docker run -d --name web --link db:db training/webapp python app.py')
    const before = app.getState().shell.topology
    const typed = app.getState().transcript.length
    expect(await lessons.getState().breakIt(7)).toBe(true)
    const drill = lessons.getState().drill
    expect(drill?.broken.length).toBeGreaterThan(0)
    expect(drill?.fixed).toBe(false)
    // Hidden: the world changed, the terminal says nothing.
    expect(app.getState().shell.topology).not.toBe(before)
    expect(app.getState().transcript.length).toBe(typed)
    // This seed stops db: web's link line now points at an address nothing answers.
    expect(drill?.change).toEqual({ kind: 'stop', container: { name: 'db', host: 'default' } })
    expect(drill?.why && whyText(drill.why)).toMatch(
      /^db is not running: the \/etc\/hosts line of web still gives db/,
    )
    for (let i = 0; i < 5; i++) lessons.getState().drillHint()
    expect(lessons.getState().drill?.hints).toBe(3)
    // Any repair that brings every connection back counts: here, undo.
    app.getState().undo()
    expect(lessons.getState().drill?.fixed).toBe(true)
  })

  it('keeps the lessons opened from files and links, one per id, latest first, until forgotten', () => {
    const { lessons, run } = setUp()
    const links = lessons.getState().lessons[0]
    if (!links) throw new Error('no built-in lesson')
    const mine = { ...links, id: 'mine' }
    lessons.getState().open(mine)
    lessons.getState().open({ ...links, id: 'theirs' })
    lessons.getState().open(links)
    expect(lessons.getState().own.map((l) => l.id)).toEqual(['theirs', 'mine'])
    const newer = { ...mine, title: { en: 'Mine, again', zh: '我的' } }
    lessons.getState().open(newer)
    expect(lessons.getState().own).toEqual([newer, expect.objectContaining({ id: 'theirs' })])
    lessons.getState().close()
    expect(lessons.getState().open('mine')).toBe(true)
    expect(run()?.lesson).toBe(newer)
    lessons.getState().forget('mine')
    expect(lessons.getState().own.map((l) => l.id)).toEqual(['theirs'])
  })

  it('making a lesson closes the one running; opening one ends the making', () => {
    const { lessons, run } = setUp()
    lessons.getState().open('links')
    lessons.getState().author(true)
    expect(run()).toBeNull()
    expect(lessons.getState().authoring).toBe(true)
    lessons.getState().open('links')
    expect(lessons.getState().authoring).toBe(false)
  })

  it('says there is nothing to break in a world where no container reaches another', async () => {
    const { app, lessons } = setUp()
    app.getState().runCommand('docker run -dit --name lonely busybox')
    expect(await lessons.getState().breakIt(1)).toBe(false)
    expect(lessons.getState().nothingToBreak).toBe(true)
    expect(lessons.getState().drill).toBeNull()
  })
})
