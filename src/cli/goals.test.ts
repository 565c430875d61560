// Lesson goals checked against the world, not the keystrokes: each goal kind against Docker's
// documented behaviour (docker-semantics.md), and the same goal met by different ways.
import { describe, expect, it } from 'vitest'
import {
  checkGoal,
  checkGoals,
  createShell,
  runScript,
  type Expected,
  type Goal,
  type ShellState,
} from './index'

function world(script: string): ShellState {
  const { state, entries } = runScript(script)
  expect(entries.filter((e) => e.exitCode !== 0)).toEqual([])
  return state
}

const DB_AND_WEB = `docker run -d --name db training/postgres
docker run -d --name web training/webapp python app.py`

const WEB_REACHES_DB: Goal = { kind: 'reaches', by: 'name', from: 'web', to: 'db', port: 5432 }

describe('reaches, by name', () => {
  it('fails across the default bridge, which has no DNS', () => {
    const r = checkGoal(world(DB_AND_WEB), WEB_REACHES_DB)
    expect(r).toMatchObject({ kind: 'reaches', met: false, address: null })
    expect(r.kind === 'reaches' && r.reasons[0]).toMatchObject({
      kind: 'dns',
      cause: { code: 'default-bridge' },
    })
  })

  it('holds through a --link, which writes the name into /etc/hosts', () => {
    const s = world(`docker run -d --name db training/postgres
docker run -d --name web --link db:db training/webapp python app.py`)
    expect(checkGoal(s, WEB_REACHES_DB)).toMatchObject({
      met: true,
      address: '172.17.0.2',
      port: 5432,
      server: { name: 'db' },
    })
  })

  it('holds just as well through a user-defined network (any correct way passes)', () => {
    const s = world(`${DB_AND_WEB}
docker network create app
docker network connect app db
docker network connect app web`)
    expect(checkGoal(s, WEB_REACHES_DB)).toMatchObject({ met: true, address: '172.18.0.2' })
  })

  it('holds through a network alias and a link alias, the name as web types it', () => {
    const s = world(`docker network create app
docker run -d --name postgres1 --network app --network-alias db training/postgres
docker run -d --name web --network app training/webapp python app.py
docker run -d --name legacy training/postgres
docker run -d --name old --link legacy:sql training/webapp python app.py`)
    expect(checkGoal(s, WEB_REACHES_DB)).toMatchObject({ met: true, server: { name: 'postgres1' } })
    const sql: Goal = { kind: 'reaches', by: 'name', from: 'old', to: 'sql', port: 5432 }
    expect(checkGoal(s, sql).met).toBe(true)
  })

  it('is one-way for a link: the child does not know its parent', () => {
    const s = world(`docker run -d --name db training/postgres
docker run -d --name web --link db:db training/webapp python app.py`)
    const back: Goal = { kind: 'reaches', by: 'name', from: 'db', to: 'web', port: 5000 }
    expect(checkGoal(s, back).met).toBe(false)
  })

  it('pings when no port is given, and a linked child is unpingable with --icc=false', () => {
    const s = world(`dockerd --icc=false
docker run -d --name db training/postgres
docker run -d --name web --link db:db training/webapp python app.py`)
    expect(checkGoal(s, WEB_REACHES_DB).met).toBe(true)
    expect(checkGoal(s, { kind: 'reaches', by: 'name', from: 'web', to: 'db' }).met).toBe(false)
  })

  const AMBASSADORS = `docker context create vm2 --docker host=tcp://192.168.1.11:2375
docker --context vm2 run -d --name mysql -e MYSQL_ROOT_PASSWORD=secret mysql
docker --context vm2 run -d --link mysql:mysql --name ambassador1 -p 3306:3306 svendowideit/ambassador
docker run -d --name ambassador2 --expose 3306 -e MYSQL_PORT_3306_TCP=tcp://192.168.1.11:3306 svendowideit/ambassador
docker run -d --name wordpress --link ambassador2:mysql wordpress`

  it('names the server behind two ambassadors, on another host', () => {
    const goal: Goal = {
      kind: 'reaches',
      by: 'name',
      from: 'wordpress',
      to: 'mysql',
      port: 3306,
      server: { name: 'mysql', host: 'vm2' },
    }
    expect(checkGoal(world(AMBASSADORS), goal)).toMatchObject({
      met: true,
      server: { name: 'mysql' },
    })
    const local = world(`docker run -d --name mysql -e MYSQL_ROOT_PASSWORD=secret mysql
docker run -d --name wordpress --link mysql:mysql wordpress`)
    expect(checkGoal(local, goal)).toMatchObject({ met: false, server: { name: 'mysql' } })
  })
})

describe('reaches, by ip', () => {
  it('reaches a server on another host through its published port', () => {
    const goal: Goal = {
      kind: 'reaches',
      by: 'ip',
      from: 'wordpress',
      to: { name: 'mysql', host: 'vm2' },
      port: 3306,
    }
    const before = world(`docker context create vm2 --docker host=tcp://192.168.1.11:2375
docker --context vm2 run -d --name mysql -e MYSQL_ROOT_PASSWORD=secret mysql
docker run -d --name wordpress wordpress`)
    expect(checkGoal(before, goal)).toMatchObject({ met: false })
    const after = world(`docker context create vm2 --docker host=tcp://192.168.1.11:2375
docker --context vm2 run -d --name mysql -p 3306:3306 -e MYSQL_ROOT_PASSWORD=secret mysql
docker run -d --name wordpress wordpress`)
    expect(checkGoal(after, goal)).toMatchObject({
      met: true,
      address: '192.168.1.11',
      port: 3306,
    })
  })

  it('is cut by --icc=false on the default bridge, for ping and ports alike', () => {
    const s = world(`dockerd --icc=false
docker run -d --name db training/postgres
docker run -dit --name stranger busybox`)
    const goal: Goal = { kind: 'reaches', by: 'ip', from: 'stranger', to: 'db', port: 5432 }
    const r = checkGoal(s, goal)
    expect(r.met).toBe(false)
    expect(r.kind === 'reaches' && r.reasons[0]).toMatchObject({
      blocker: { code: 'icc-disabled' },
    })
    expect(checkGoal(s, { kind: 'reaches', by: 'ip', from: 'stranger', to: 'db' }).met).toBe(false)
  })

  it('says nothing listens on a port the container does not serve', () => {
    const r = checkGoal(world(DB_AND_WEB), {
      kind: 'reaches',
      by: 'ip',
      from: 'web',
      to: 'db',
      port: 9999,
    })
    expect(r.kind === 'reaches' && r.reasons[0]).toMatchObject({
      blocker: { code: 'not-listening' },
    })
  })
})

describe('resolves, hostsLine, env', () => {
  const LINKED = `docker run -d --name db -e POSTGRES_PASSWORD=secret training/postgres
docker run -d --name web --link db:sql training/webapp python app.py`

  it('resolves a link alias to the child, and the child by its name too (it differs)', () => {
    const s = world(LINKED)
    expect(checkGoal(s, { kind: 'resolves', from: 'web', name: 'sql' })).toMatchObject({
      met: true,
      addresses: ['172.17.0.2'],
    })
    expect(
      checkGoal(s, { kind: 'resolves', from: 'web', name: 'db', address: { ipOf: 'db' } }).met,
    ).toBe(true)
    expect(checkGoal(s, { kind: 'resolves', from: 'db', name: 'web' })).toMatchObject({
      met: false,
      cause: { code: 'default-bridge' },
    })
  })

  it("takes any of a container's addresses for ipOf, or the one on the network named", () => {
    const s = world(`docker run -dit --name centos-1 centos
docker run -dit --name centos-2 centos
docker network create testnet
docker network connect --alias db testnet centos-1
docker network connect testnet centos-2`)
    const db = (address: Expected): Goal => ({
      kind: 'resolves',
      from: 'centos-2',
      name: 'db',
      address,
    })
    expect(checkGoal(s, db({ ipOf: 'centos-1' }))).toMatchObject({
      met: true,
      expected: ['172.17.0.2', '172.18.0.2'],
    })
    expect(checkGoal(s, db({ ipOf: 'centos-1', network: 'testnet' })).met).toBe(true)
    expect(checkGoal(s, db({ ipOf: 'centos-1', network: 'bridge' })).met).toBe(false)
    expect(checkGoal(s, db('172.17.0.2')).met).toBe(false)
  })

  it('finds the link line in /etc/hosts by its words', () => {
    const s = world(LINKED)
    const r = checkGoal(s, { kind: 'hostsLine', container: 'web', text: '172.17.0.2  sql' })
    expect(r).toMatchObject({ met: true })
    expect(r.kind === 'hostsLine' && r.line?.split(/\s+/)).toEqual(
      expect.arrayContaining(['172.17.0.2', 'sql', 'db']),
    )
    expect(checkGoal(s, { kind: 'hostsLine', container: 'db', text: 'sql' }).met).toBe(false)
  })

  it("reads the main process's link variables, frozen at its start", () => {
    const s = world(`${LINKED}
docker stop db
docker run -dit --name squatter busybox
docker start db`)
    const addr: Goal = {
      kind: 'env',
      container: 'web',
      var: 'SQL_PORT_5432_TCP_ADDR',
      value: { ipOf: 'db' },
    }
    expect(checkGoal(s, addr)).toMatchObject({ met: false, value: '172.17.0.2' })
    expect(
      checkGoal(s, { kind: 'env', container: 'web', var: 'SQL_ENV_POSTGRES_PASSWORD' }),
    ).toMatchObject({
      met: true,
      value: 'secret',
    })
    const restarted = runScript('docker restart web', s).state
    expect(checkGoal(restarted, addr)).toMatchObject({ met: true })
  })
})

describe('fileVisible', () => {
  const goal: Goal = { kind: 'fileVisible', container: 'backup', path: '/data', writtenIn: 'web' }

  it('holds through --volumes-from, a shared named volume, or one host folder', () => {
    const ways = [
      `docker run -dit --name web -v /data busybox
docker run -dit --name backup --volumes-from web busybox`,
      `docker run -dit --name web -v shared:/data busybox
docker run -dit --name backup -v shared:/data busybox`,
      `docker run -dit --name web -v /srv/data:/data busybox
docker run -dit --name backup -v /srv/data:/data busybox`,
    ]
    for (const way of ways) expect(checkGoal(world(way), goal).met).toBe(true)
  })

  it('fails for two anonymous volumes, and for a read-only writer', () => {
    const apart = world(`docker run -dit --name web -v /data busybox
docker run -dit --name backup -v /data busybox`)
    expect(checkGoal(apart, goal).met).toBe(false)
    const readOnly = world(`docker volume create shared
docker run -dit --name web -v shared:/data:ro busybox
docker run -dit --name backup -v shared:/data busybox`)
    expect(checkGoal(readOnly, goal)).toMatchObject({ met: false })
    expect(checkGoal(readOnly, goal)).not.toMatchObject({ writeError: null })
  })

  it('follows a host folder into a container at another path', () => {
    const s = world('docker run -d --name site -v /srv/site:/usr/share/nginx/html nginx')
    const fromHost: Goal = {
      kind: 'fileVisible',
      container: 'site',
      path: '/usr/share/nginx/html',
      writtenIn: { host: 'default' },
      writtenAt: '/srv/site',
    }
    expect(checkGoal(s, fromHost).met).toBe(true)
    expect(checkGoal(s, { ...fromHost, writtenAt: '/srv/other' }).met).toBe(false)
  })
})

describe('published, running, refused, not, missing', () => {
  it('sees a published port on its host only', () => {
    const s = world(`docker context create vm2 --docker host=tcp://192.168.1.11:2375
docker run -d --name mysqlserver -p 8066:3306 -e MYSQL_ROOT_PASSWORD=1 mysql`)
    expect(checkGoal(s, { kind: 'published', host: 'default', port: 8066 })).toMatchObject({
      met: true,
      bindings: [{ container: { name: 'mysqlserver' }, containerPort: 3306 }],
    })
    expect(checkGoal(s, { kind: 'published', host: 'vm2', port: 8066 }).met).toBe(false)
    expect(checkGoal(s, { kind: 'published', host: 'default', port: 3306 }).met).toBe(false)
  })

  it('tells a port bound to the loopback from one bound to every address', () => {
    const s = world(
      'docker run -d --name mysqlserver -p 127.0.0.1:8066:3306 -e MYSQL_ROOT_PASSWORD=1 mysql',
    )
    const on = (hostIp: string): Goal => ({
      kind: 'published',
      host: 'default',
      port: 8066,
      hostIp,
    })
    expect(checkGoal(s, on('127.0.0.1')).met).toBe(true)
    expect(checkGoal(s, on('0.0.0.0')).met).toBe(false)
  })

  it('sees no published port for a stopped container', () => {
    const s = world(`docker run -d --name mysqlserver -p 8066:3306 -e MYSQL_ROOT_PASSWORD=1 mysql
docker stop mysqlserver`)
    expect(checkGoal(s, { kind: 'published', host: 'default', port: 8066 }).met).toBe(false)
    expect(checkGoal(s, { kind: 'running', container: 'mysqlserver' })).toMatchObject({
      met: false,
      state: 'exited',
    })
  })

  it('runs a command in memory: a link across hosts is refused, the world untouched', () => {
    const s = world(`docker context create vm2 --docker host=tcp://192.168.1.11:2375
docker run -d --name db training/postgres`)
    const across: Goal = {
      kind: 'refused',
      command: 'docker --context vm2 run -d --name web --link db:db training/webapp',
    }
    const r = checkGoal(s, across)
    expect(r).toMatchObject({ met: true, exitCode: 125 })
    expect(r.kind === 'refused' && r.stderr).toContain('could not get container for db')
    // The rule that decided, beyond Docker's words: a container of that name runs elsewhere.
    expect(r.kind === 'refused' && r.why?.rule).toEqual({
      kind: 'link-target-missing',
      host: 'vm2',
      ref: 'db',
      elsewhere: true,
    })
    const here: Goal = {
      kind: 'refused',
      command: 'docker run -d --name web --link db:db training/webapp',
    }
    expect(checkGoal(s, here).met).toBe(false)
    expect(checkGoal(s, { kind: 'running', container: 'web' }).kind).toBe('missing')
  })

  it("runs on the goal's host, the default one unless named, whatever context is in use", () => {
    const s = world(`docker context create vm2 --docker host=tcp://192.168.1.11:2375
docker run -d --name db training/postgres
docker context use vm2`)
    const command = 'docker run -d --name web --link db:db training/webapp'
    expect(checkGoal(s, { kind: 'refused', command }).met).toBe(false)
    expect(checkGoal(s, { kind: 'refused', command, host: 'vm2' }).met).toBe(true)
  })

  it('negates, but not about a container that is not there', () => {
    const s = world(DB_AND_WEB)
    expect(checkGoal(s, { kind: 'not', goal: WEB_REACHES_DB }).met).toBe(true)
    const ghost: Goal = { kind: 'reaches', by: 'name', from: 'ghost', to: 'db' }
    expect(checkGoal(s, { kind: 'not', goal: ghost }).met).toBe(false)
  })

  it('reports a missing container or host as data', () => {
    const s = createShell()
    expect(checkGoal(s, { kind: 'running', container: 'web' })).toEqual({
      kind: 'missing',
      met: false,
      goal: 'running',
      host: 'default',
      container: 'web',
    })
    expect(checkGoal(s, { kind: 'running', container: { name: 'x', host: 'vm9' } })).toMatchObject({
      container: null,
    })
  })

  it('finds containers by exact name, never by an id prefix', () => {
    const s = world('docker run -dit --name other busybox')
    const id = [...s.topology.containers.values()][0]?.id ?? ''
    expect(checkGoal(s, { kind: 'running', container: id.slice(0, 4) }).kind).toBe('missing')
  })

  it('checks a list of goals together', () => {
    const s = world(DB_AND_WEB)
    const r = checkGoals(s, [{ kind: 'running', container: 'db' }, WEB_REACHES_DB])
    expect(r.met).toBe(false)
    expect(r.results.map((x) => x.met)).toEqual([true, false])
  })
})
