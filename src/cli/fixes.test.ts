// "Why?" and "the smallest fix" over the seeds' mechanisms and their failure modes
// (docker-semantics.md §2, §3, §5, §9, §11): each answer names the rule that decided, and each
// fix, appended to the script, makes the question come out yes.
import { describe, expect, it } from 'vitest'
import { ask, evidenceText, whyText, type Topology } from '../engine'
import { proposeFixes, reachablePairs } from './fixes'
import { execute, runScript } from './index'

function world(script: string) {
  return runScript(script).state
}

function container(t: Topology, name: string) {
  const c = [...t.containers.values()].find((x) => x.name === name)
  if (!c) throw new Error(`no container ${name}`)
  return c
}

function question(script: string, from: string, name: string, port: number | null) {
  const state = world(script)
  const t = state.topology
  const asked = ask(t, container(t, from), name, port)
  return { state, t, asked, why: whyText(asked), evidence: asked.evidence.map(evidenceText) }
}

/** Appends the fix to the script and asks again, as `docknet reach` users would. */
function fixedBy(
  script: string,
  commands: readonly string[],
  from: string,
  name: string,
  port: number | null,
) {
  const t = world(`${script}\n${commands.join('\n')}`).topology
  return ask(t, container(t, from), name, port).reachable
}

const DEFAULT_BRIDGE = `docker run -d --name db training/postgres
docker run -dit --name web busybox`

describe('why, on the default bridge', () => {
  it('a name of another container does not resolve: no embedded DNS; the IP works instead', () => {
    const q = question(DEFAULT_BRIDGE, 'web', 'db', 5432)
    expect(q.asked.reachable).toBe(false)
    expect(q.asked.reasons[0]).toMatchObject({ kind: 'dns', cause: { code: 'default-bridge' } })
    expect(q.why).toContain('the default bridge has no embedded DNS')
    expect(q.asked.instead).toEqual([{ address: '172.17.0.2', port: 5432, names: [] }])
    expect(q.evidence.join('\n')).toMatch(
      /resolv\.conf of web: nameserver .*not the embedded 127\.0\.0\.11/,
    )
  })

  it('fixes: a link (two commands) before a new network (three), each making it work', () => {
    const q = question(DEFAULT_BRIDGE, 'web', 'db', 5432)
    const fixes = proposeFixes(q.state, container(q.t, 'web'), 'db', 5432)
    expect(fixes.map((f) => f.rule.kind)).toEqual(['link', 'new-network'])
    expect(fixes[0]?.commands[0]).toBe('docker rm -f web')
    expect(fixes[0]?.commands[1]).toMatch(/^docker run -dit --name web --link db busybox/)
    for (const f of fixes) {
      expect(f.breaks).toEqual([])
      expect(fixedBy(DEFAULT_BRIDGE, f.commands, 'web', 'db', 5432)).toBe(true)
    }
  })

  it('a linked name resolves through /etc/hosts, and the answer shows the line', () => {
    const q = question(
      `${DEFAULT_BRIDGE}\ndocker run -dit --name app --link db:database busybox`,
      'app',
      'database',
      5432,
    )
    expect(q.asked.reachable).toBe(true)
    expect(q.evidence[0]).toMatch(/^\/etc\/hosts of app: 172\.17\.0\.2\tdatabase [0-9a-f]{12} db$/)
    expect(q.why).toMatch(/^app reaches database:5432\. database resolves to 172\.17\.0\.2/)
  })

  it('nothing listens on the port: no fix, and the ports it does listen on', () => {
    const q = question(
      `${DEFAULT_BRIDGE}\ndocker run -dit --name app --link db busybox`,
      'app',
      'db',
      3306,
    )
    expect(q.asked.reasons[0]).toMatchObject({
      kind: 'connection',
      blocker: { code: 'not-listening', params: { container: { name: 'db' }, port: 3306 } },
    })
    expect(q.why).toBe('Nothing listens on 3306 in db: it listens on 5432.')
    expect(proposeFixes(q.state, container(q.t, 'app'), 'db', 3306)).toEqual([])
  })

  it('a stopped target: start it', () => {
    const script = `docker network create appnet
docker run -d --name db --network appnet training/postgres
docker run -dit --name web --network appnet busybox
docker stop db`
    const q = question(script, 'web', 'db', 5432)
    expect(q.asked.reasons[0]).toMatchObject({ kind: 'dns', cause: { code: 'not-running' } })
    const fixes = proposeFixes(q.state, container(q.t, 'web'), 'db', 5432)
    const [first] = fixes
    expect(first?.commands).toEqual(['docker start db'])
    // Nothing else begins with it: starting db is the whole fix.
    expect(fixes.slice(1).filter((f) => f.commands[0] === 'docker start db')).toEqual([])
    expect(fixedBy(script, first?.commands ?? [], 'web', 'db', 5432)).toBe(true)
  })

  it('a stopped link target: its name still resolves, to an address nothing answers', () => {
    const script = `docker run -d --name db training/postgres
docker run -d --name web --link db:db training/webapp python app.py
docker stop db`
    const q = question(script, 'web', 'db', 5432)
    // The link's /etc/hosts line outlives db's run: the deciding rule is db stopped, not a route.
    expect(q.asked.reasons[0]).toMatchObject({
      kind: 'connection',
      blocker: { code: 'not-running', params: { container: { name: 'db' } } },
    })
    expect(q.why).toMatch(
      /^db is not running: the \/etc\/hosts line of web still gives db its old address 172\.17\.0\.2/,
    )
    expect(q.evidence.some((e) => /^\/etc\/hosts of web: 172\.17\.0\.2\tdb\b/.test(e))).toBe(true)
    const [first] = proposeFixes(q.state, container(q.t, 'web'), 'db', 5432)
    expect(first?.commands).toEqual(['docker start db'])
    expect(fixedBy(script, first?.commands ?? [], 'web', 'db', 5432)).toBe(true)
  })
})

describe('why, with --icc=false', () => {
  const script = `dockerd --icc=false
docker run -d --name db training/postgres
docker run -dit --name web --link db busybox`

  it('the link opens the exposed port; another port stays dropped, and the DROP rule shows it', () => {
    expect(question(script, 'web', 'db', 5432).asked.reachable).toBe(true)
    const q = question(
      `${script}\ndocker run -dit --name other busybox`,
      'other',
      '172.17.0.2',
      5432,
    )
    expect(q.asked.reasons[0]).toMatchObject({
      kind: 'connection',
      blocker: { code: 'icc-disabled' },
    })
    expect(q.why).toContain(
      'On host default, icc=false drops traffic between containers on docker0 unless a --link opens the port.',
    )
    expect(q.evidence).toContain(
      'iptables on default: -A DOCKER-FORWARD -i docker0 -o docker0 -j DROP',
    )
  })
})

describe('why, on user-defined networks', () => {
  const script = `docker network create front
docker network create back
docker run -d --name db --network back training/postgres
docker run -dit --name web --network front busybox`

  it('different networks: the name does not resolve; connecting web to back fixes it in one command', () => {
    const q = question(script, 'web', 'db', 5432)
    expect(q.asked.reasons[0]).toMatchObject({ kind: 'dns', cause: { code: 'no-shared-network' } })
    const fixes = proposeFixes(q.state, container(q.t, 'web'), 'db', 5432)
    expect(fixes[0]?.commands).toEqual(['docker network connect back web'])
    for (const f of fixes) expect(fixedBy(script, f.commands, 'web', 'db', 5432)).toBe(true)
  })

  it('sharing only the default bridge: that network has no embedded DNS, and the why says so', () => {
    const s = `docker network create appnet
docker run -dit --name web busybox
docker network connect appnet web
docker run -d --name db training/postgres`
    const q = question(s, 'web', 'db', 5432)
    expect(q.asked.reasons[0]).toMatchObject({
      kind: 'dns',
      cause: { code: 'no-shared-network', params: { defaultBridge: true } },
    })
    expect(q.why).toContain(
      "db is on none of web's user-defined networks; the one network they share, the default bridge, has no embedded DNS",
    )
    expect(question(script, 'web', 'db', 5432).why).toContain("db is on none of web's networks.")
  })

  it('--net=none: no name, no fix, by design', () => {
    const s = `${script}\ndocker run -dit --name lonely --network none busybox`
    const q = question(s, 'lonely', 'db', 5432)
    expect(q.asked.reasons[0]).toMatchObject({ kind: 'dns', cause: { code: 'none-network' } })
    expect(q.why).toContain('by design')
    expect(proposeFixes(q.state, container(q.t, 'lonely'), 'db', 5432)).toEqual([])
  })

  it('joined containers reach each other over 127.0.0.1', () => {
    const q = question(
      'docker run -d --name web1 httpd\ndocker run -dit --name sidecar --network container:web1 busybox',
      'sidecar',
      'localhost',
      80,
    )
    expect(q.asked.reachable).toBe(true)
    expect(q.asked.address).toBe('127.0.0.1')
  })
})

describe('why, from the host network', () => {
  it('the host’s resolver knows no container names; --add-host gives it the address', () => {
    const script = 'docker run -d --name db redis\ndocker run -dit --name hn --network host busybox'
    const q = question(script, 'hn', 'db', 6379)
    expect(q.asked.reasons[0]).toMatchObject({ kind: 'dns', cause: { code: 'host-network' } })
    expect(q.why).toContain("hn uses the host's network, whose resolver knows no container names")
    const fixes = proposeFixes(q.state, container(q.t, 'hn'), 'db', 6379)
    expect(fixes.map((f) => f.rule)).toMatchObject([
      { kind: 'add-host', address: '172.17.0.2', across: false },
    ])
    expect(fixedBy(script, fixes[0]?.commands ?? [], 'hn', 'db', 6379)).toBe(true)
  })
})

describe('why, across two hosts', () => {
  const two = `docker context create vm2 --docker host=tcp://192.168.1.11:2375
docker --context vm2 run -d --name mysql -e MYSQL_ROOT_PASSWORD=secret mysql
docker run -dit --name wordpress busybox`

  it('names do not cross hosts; publishing the port and --add-host fix it', () => {
    const q = question(two, 'wordpress', 'mysql', 3306)
    expect(q.asked.reasons[0]).toMatchObject({
      kind: 'dns',
      cause: { code: 'other-host', params: { host: 'vm2' } },
    })
    const fixes = proposeFixes(q.state, container(q.t, 'wordpress'), 'mysql', 3306)
    expect(fixes[0]?.rule).toMatchObject({
      kind: 'add-host',
      publish: 3306,
      address: '192.168.1.11',
    })
    expect(fixedBy(two, fixes[0]?.commands ?? [], 'wordpress', 'mysql', 3306)).toBe(true)
  })

  it('the ambassador chain reaches mysql by its name, through both ambassadors', () => {
    const script = `docker context create vm2 --docker host=tcp://192.168.1.11:2375
docker --context vm2 run -d --name mysql -e MYSQL_ROOT_PASSWORD=secret mysql
docker --context vm2 run -d --link mysql:mysql --name ambassador1 -p 3306:3306 svendowideit/ambassador
docker run -d --name ambassador2 --expose 3306 -e MYSQL_PORT_3306_TCP=tcp://192.168.1.11:3306 svendowideit/ambassador
docker run -d --name wordpress --link ambassador2:mysql wordpress`
    const q = question(script, 'wordpress', 'mysql', 3306)
    expect(q.asked.reachable).toBe(true)
    expect(
      q.asked.hops
        .filter((h) => h.kind === 'ambassador')
        .map((h) => h.kind === 'ambassador' && h.container.name),
    ).toEqual(['ambassador2', 'ambassador1'])
  })
})

describe('breaks', () => {
  it('with icc=false, recreating a linked child breaks its parent: that fix says so and comes last', () => {
    const script = `dockerd --icc=false
docker run -d --name db training/postgres
docker run -d --name web --link db training/webapp python app.py`
    const state = world(script)
    expect([...reachablePairs(state.topology)]).toEqual(['web>db:5432'])
    const fixes = proposeFixes(state, container(state.topology, 'db'), 'web', 5000)
    expect(fixes.map((f) => [f.rule.kind, f.breaks])).toEqual([
      ['new-network', []],
      ['link', ['web>db:5432']],
    ])
  })
})

describe('breaks, in a big world', () => {
  it('past 40 running containers, the pairs of the containers a fix changes are checked', () => {
    const fillers = Array.from(
      { length: 40 },
      (_, i) => `docker run -dit --name filler${i} busybox`,
    )
    const script = [
      'dockerd --icc=false',
      'docker run -d --name db training/postgres',
      'docker run -d --name web --link db training/webapp python app.py',
      ...fillers,
    ].join('\n')
    const state = world(script)
    const fixes = proposeFixes(state, container(state.topology, 'db'), 'web', 5000)
    expect(fixes.map((f) => [f.rule.kind, f.breaks, f.checked])).toEqual([
      ['new-network', [], 'changed'],
      ['link', ['web>db:5432'], 'changed'],
    ])
  })
})

describe('a failed connection in the terminal carries its why', () => {
  const run = (script: string) => runScript(script).state

  it('ping, curl and nc that fail answer with the question and its reasons; a success with its question', () => {
    let state = run(`${DEFAULT_BRIDGE}\ndocker run -dit --name app --link db busybox`)
    const said = (line: string) => {
      const r = execute(state, line)
      state = r.state
      return r.output
    }
    expect(said('docker exec web ping -c 1 db').asked?.reasons[0]).toMatchObject({
      kind: 'dns',
      cause: { code: 'default-bridge' },
    })
    expect(said('docker exec app nc -z db 3306').asked).toMatchObject({ name: 'db', port: 3306 })
    expect(said('docker exec app wget -q -O - db:3306').asked?.port).toBe(3306)
    // A success carries its question only, for the walk: no lookup on every ping.
    const ok = said('docker exec app ping -c 1 db')
    expect(ok.asked).toBeUndefined()
    expect(ok.reached).toEqual({ fromId: expect.any(String), name: 'db', port: null })
  })
})
