// Break-it drills: the reach facts of a working world, one hidden change drawn from a seed that
// breaks some of them (as Docker would behave after it), and the repair graded by the facts.
import { describe, expect, it } from 'vitest'
import {
  breakIt,
  factsRestored,
  reachFacts,
  runScript,
  type BreakChange,
  type ShellState,
} from './index'

function world(script: string): ShellState {
  const { state, entries } = runScript(script)
  expect(entries.filter((e) => e.exitCode !== 0)).toEqual([])
  return state
}

const LINKED = `docker run -d --name db training/postgres
docker run -d --name web --link db:sql training/webapp python app.py`

/** One world where every kind of break has something to break. */
const RICH = `docker network create app
docker run -d --name api --network app training/webapp python app.py
docker run -d --name cache --network app --network-alias redis redis
docker run -dit --name pong busybox
docker run -dit --name pinger --link pong:pong busybox
docker context create vm2 --docker host=tcp://192.168.1.11:2375
docker --context vm2 run -d --name mysql -e MYSQL_ROOT_PASSWORD=secret mysql
docker --context vm2 run -d --link mysql:mysql --name ambassador1 -p 3306:3306 svendowideit/ambassador
docker run -d --name ambassador2 --expose 3306 -e MYSQL_PORT_3306_TCP=tcp://192.168.1.11:3306 svendowideit/ambassador
docker run -d --name wordpress --link ambassador2:mysql wordpress`

const facts = (s: ShellState) =>
  reachFacts(s).map((f) => {
    const g = f.goal
    const from = typeof g.from === 'string' ? g.from : g.from.name
    return `${from}>${g.to}${g.port === undefined ? '' : `:${g.port}`}`
  })

describe('reach facts', () => {
  it('are the names a client reaches, on each port served: a link is one-way', () => {
    expect(facts(world(LINKED))).toEqual(['web>db:5432', 'web>sql:5432'])
  })

  it('use network aliases, and ping where nothing is served', () => {
    const f = facts(world(RICH))
    expect(f).toEqual(
      expect.arrayContaining([
        'api>cache:6379',
        'api>redis:6379',
        'cache>api:5000',
        'pinger>pong',
        'wordpress>mysql:3306',
      ]),
    )
    expect(f).not.toContain('pong>pinger')
    expect(f.some((x) => x.startsWith('api>pong'))).toBe(false)
  })
})

describe('break it', () => {
  it('is null for a world with no fact', () => {
    expect(breakIt(world('docker run -dit --name alone busybox'), 1)).toBeNull()
  })

  it('breaks at least one fact, as its commands do when run for real', () => {
    const s = world(RICH)
    for (let seed = 0; seed < 30; seed++) {
      const drill = breakIt(s, seed)
      if (!drill) throw new Error(`no drill for seed ${seed}`)
      expect(drill.break.broken.length).toBeGreaterThan(0)
      const replayed = runScript(drill.break.commands.join('\n'), s)
      expect(replayed.entries.filter((e) => e.exitCode !== 0)).toEqual([])
      expect(factsRestored(replayed.state, drill.facts).met).toBe(false)
      const results = factsRestored(replayed.state, drill.break.broken).results
      expect(results.filter((r) => r.met)).toEqual([])
    }
  })

  it('draws the same change from the same seed, and every kind from some seed', () => {
    const s = world(RICH)
    expect(breakIt(s, 7)?.break.commands).toEqual(breakIt(s, 7)?.break.commands)
    const kinds = new Set<BreakChange['kind']>()
    for (let seed = 0; seed < 200; seed++) kinds.add(breakIt(s, seed)?.break.change.kind ?? 'stop')
    expect([...kinds].sort()).toEqual(['disconnect', 'icc', 'move', 'rename', 'stop', 'unpublish'])
  })

  it('never picks a rename that breaks nothing: a link follows its target by id', () => {
    const s = world(LINKED)
    for (let seed = 0; seed < 50; seed++)
      expect(breakIt(s, seed)?.break.change.kind).not.toBe('rename')
  })

  it('is repaired by undoing it, and not by half a repair', () => {
    const s = world(RICH)
    const on = (host: string) => (host === 'default' ? 'docker' : `docker --context ${host}`)
    const repairs: Partial<Record<BreakChange['kind'], (c: BreakChange) => string>> = {
      stop: (c) => (c.kind === 'stop' ? `${on(c.container.host)} start ${c.container.name}` : ''),
      rename: (c) =>
        c.kind === 'rename' ? `${on(c.container.host)} rename ${c.to} ${c.container.name}` : '',
    }
    let repaired = 0
    for (let seed = 0; seed < 40; seed++) {
      const drill = breakIt(s, seed)
      const repair = drill && repairs[drill.break.change.kind]
      if (!drill || !repair) continue
      const after = runScript(repair(drill.break.change), drill.break.state).state
      expect(factsRestored(after, drill.facts).met).toBe(true)
      repaired++
    }
    expect(repaired).toBeGreaterThan(0)
    const drill = breakIt(world(LINKED), 3)
    expect(drill?.break.change).toEqual({
      kind: 'stop',
      container: { name: 'db', host: 'default' },
    })
    expect(factsRestored(drill?.break.state ?? s, drill?.facts ?? []).met).toBe(false)
  })

  it('never offers a change Docker refuses: web cannot be made again while its link is down', () => {
    const s = world(`docker network create app
docker run -d --name db training/postgres
docker run -d --name web --link db:db -p 8080:5000 training/webapp python app.py
docker network connect app web
docker run -dit --name client --network app busybox
docker stop db`)
    expect(facts(s)).toEqual(['web>client', 'client>web:5000'])
    for (let seed = 0; seed < 30; seed++) {
      const drill = breakIt(s, seed)
      const replayed = runScript(drill?.break.commands.join('\n') ?? '', s)
      expect(replayed.entries.filter((e) => e.exitCode !== 0)).toEqual([])
    }
  })

  it('moves a container off its network to another user-defined bridge', () => {
    const s = world(`docker network create app
docker network create spare
docker run -d --name api --network app training/webapp python app.py
docker run -d --name cache --network app redis`)
    const moves = new Set<string>()
    for (let seed = 0; seed < 60; seed++) {
      const c = breakIt(s, seed)?.break
      if (c?.change.kind === 'move') moves.add(c.commands.join('; '))
    }
    expect([...moves]).toContain(
      'docker network disconnect app cache; docker network connect spare cache',
    )
  })
})
