// The facts a teacher picks goals from: each one is a goal the checker agrees with in the world
// it was read from, none leans on what Docker hands out anew on each run (ids, addresses), so a
// learner who builds the world another way is held to the same facts.
import { describe, expect, it } from 'vitest'
import {
  checkGoal,
  checkGoals,
  runScript,
  worldFacts,
  type Goal,
  type ShellState,
  type WorldFacts,
} from './index'

function world(script: string): ShellState {
  const { state, entries } = runScript(script)
  expect(entries.filter((e) => e.exitCode !== 0)).toEqual([])
  return state
}

const LINKED = `docker run -d --name db -e POSTGRES_PASSWORD=secret training/postgres
docker run -d --name web --link db:sql training/webapp python app.py`

const USER_NETWORK = `docker network create testnet
docker run -dit --name centos-1 --network testnet --network-alias db centos
docker run -dit --name centos-2 --network testnet centos
docker run -dit --name outsider busybox`

const AMBASSADOR = `docker context create vm2 --docker host=tcp://192.168.1.11:2375
docker --context vm2 run -d --name mysql -e MYSQL_ROOT_PASSWORD=secret mysql
docker --context vm2 run -d --link mysql:mysql --name ambassador1 -p 3306:3306 svendowideit/ambassador
docker run -d --name ambassador2 --expose 3306 -e MYSQL_PORT_3306_TCP=tcp://192.168.1.11:3306 svendowideit/ambassador
docker run -d --name wordpress --link ambassador2:mysql --add-host vm2:192.168.1.11 wordpress`

/** Every goal the facts state as holding. */
function holding(f: WorldFacts): Goal[] {
  return [...f.reach.filter((r) => r.holds).map((r) => r.goal), ...f.dns, ...f.hosts, ...f.env]
}

describe('the facts of a world', () => {
  it.each([
    ['a link', LINKED],
    ['a user-defined network', USER_NETWORK],
    ['ambassadors across two hosts', AMBASSADOR],
  ])('%s: each holds, or does not, as its goal is checked', (_, script) => {
    const s = world(script)
    const facts = worldFacts(s)
    for (const r of facts.reach)
      expect(checkGoal(s, r.goal).met, JSON.stringify(r.goal)).toBe(r.holds)
    expect(
      checkGoals(s, [...facts.dns, ...facts.hosts, ...facts.env]).results.filter((r) => !r.met),
    ).toEqual([])
  })

  it('a link: the name and alias on the port db serves, its hosts line and variables', () => {
    const f = worldFacts(world(LINKED))
    const reach = f.reach.map((r) => [r.holds, r.goal])
    expect(reach).toContainEqual([
      true,
      { kind: 'reaches', by: 'name', from: 'web', to: 'sql', port: 5432 },
    ])
    expect(reach).toContainEqual([
      true,
      { kind: 'reaches', by: 'name', from: 'web', to: 'db', port: 5432 },
    ])
    // Links are one-way, and the default bridge has no DNS: a fact that does not hold.
    expect(reach).toContainEqual([
      false,
      { kind: 'reaches', by: 'name', from: 'db', to: 'web', port: 5000 },
    ])
    expect(reach).toContainEqual([
      true,
      { kind: 'reaches', by: 'ip', from: 'db', to: 'web', port: 5000 },
    ])
    expect(f.dns).toContainEqual({
      kind: 'resolves',
      from: 'web',
      name: 'sql',
      address: { ipOf: 'db' },
    })
    expect(f.hosts).toEqual([{ kind: 'hostsLine', container: 'web', text: 'sql db' }])
    expect(f.env).toContainEqual({
      kind: 'env',
      container: 'web',
      var: 'SQL_PORT_5432_TCP_ADDR',
      value: { ipOf: 'db' },
    })
    expect(f.env).toContainEqual({
      kind: 'env',
      container: 'web',
      var: 'SQL_ENV_POSTGRES_PASSWORD',
      value: 'secret',
    })
    // A value with an address inside it asks only that the variable is set.
    expect(f.env).toContainEqual({ kind: 'env', container: 'web', var: 'SQL_PORT' })
    expect(f.env.map((g) => g.var)).not.toContain('PATH')
    expect(f.env.map((g) => g.var)).not.toContain('HOSTNAME')
  })

  it('a user-defined network: names and aliases by ping, never the hostnames Docker made from ids', () => {
    const f = worldFacts(world(USER_NETWORK))
    const byName = f.reach.filter((r) => r.goal.by === 'name')
    expect(byName).toContainEqual({
      holds: true,
      goal: { kind: 'reaches', by: 'name', from: 'centos-2', to: 'db' },
    })
    expect(byName).toContainEqual({
      holds: false,
      goal: { kind: 'reaches', by: 'name', from: 'outsider', to: 'centos-1' },
    })
    const named = [...byName.map((r) => r.goal.to), ...f.dns.map((g) => g.name)]
    expect(named.filter((n) => typeof n === 'string' && /^[0-9a-f]{12}$/.test(n))).toEqual([])
    expect(named).not.toContain('localhost')
    // A container's own name is no fact about the network.
    expect(f.dns.filter((g) => g.from === g.name)).toEqual([])
  })

  it('ambassadors: the container that answers at the end, across hosts', () => {
    const f = worldFacts(world(AMBASSADOR))
    const mysql = { name: 'mysql', host: 'vm2' }
    expect(f.reach).toContainEqual({
      holds: true,
      goal: {
        kind: 'reaches',
        by: 'name',
        from: 'wordpress',
        to: 'mysql',
        port: 3306,
        server: mysql,
      },
    })
    expect(f.reach).toContainEqual({
      holds: true,
      goal: { kind: 'reaches', by: 'ip', from: 'wordpress', to: mysql, port: 3306 },
    })
    // The host's address an --add-host names: its published ports.
    expect(f.reach).toContainEqual({
      holds: true,
      goal: {
        kind: 'reaches',
        by: 'name',
        from: 'wordpress',
        to: 'vm2',
        port: 3306,
        server: mysql,
      },
    })
    expect(f.hosts).toContainEqual({
      kind: 'hostsLine',
      container: 'wordpress',
      text: '192.168.1.11 vm2',
    })
  })

  it('hold in the same world built another way, whose addresses differ', () => {
    const facts = holding(worldFacts(world(LINKED)))
    const other = world(`docker run -dit --name first busybox
docker run -d --name db -e POSTGRES_PASSWORD=secret training/postgres
docker run -d --name web --link db:sql training/webapp python app.py`)
    expect(checkGoals(other, facts).results.filter((r) => !r.met)).toEqual([])
  })

  it('a name that does not resolve: not reached, on the ports of the container so called', () => {
    // On the default bridge web cannot resolve db; a stopped container (no address) is there too.
    const f = worldFacts(
      world(`docker run -d --name old nginx
docker stop old
docker run -d --name db -e POSTGRES_PASSWORD=secret training/postgres
docker run -d --name web training/webapp python app.py`),
    )
    const toDb = f.reach.filter(
      (r) => r.goal.by === 'name' && r.goal.from === 'web' && r.goal.to === 'db',
    )
    expect(toDb).toEqual([
      { holds: false, goal: { kind: 'reaches', by: 'name', from: 'web', to: 'db', port: 5432 } },
    ])
  })

  it('an empty world has none', () => {
    expect(worldFacts(runScript('').state)).toEqual({ reach: [], dns: [], hosts: [], env: [] })
  })
})
