// Legacy link environment variables (Engine 28: TCP ports first, ranges of two or more
// consecutive ports of one protocol) and the process environment. Reference:
// docker-semantics.md §2.3 and moby daemon/links/links.go ToEnv.
import { describe, expect, it } from 'vitest'
import { computeLinkEnv, computeProcessEnv, type ContainerSpec, type ExposedPort } from './index'
import { SLEEP, World } from '../test/world'

function ports(...specs: string[]): ExposedPort[] {
  return specs.map((s) => {
    const [port = '', proto = 'tcp'] = s.split('/')
    return { port: Number(port), proto: proto as ExposedPort['proto'] }
  })
}

/** A child on the default bridge (172.17.0.2) and a parent `web` linked to it. */
function linked(child: ContainerSpec, link: string): World {
  const w = new World()
  w.run(child)
  w.run({ image: 'busybox', name: 'web', cmd: SLEEP, links: [link] })
  return w
}

function linkEnv(w: World, ref = 'web'): string[] {
  return computeLinkEnv(w.t, w.get(ref))
}

/** The four variables Docker sets for every exposed port. */
function portVars(alias: string, ip: string, p: string): string[] {
  const [port = '', proto = 'tcp'] = p.split('/')
  const prefix = `${alias}_PORT_${port}_${proto.toUpperCase()}`
  return [
    `${prefix}=${proto}://${ip}:${port}`,
    `${prefix}_ADDR=${ip}`,
    `${prefix}_PORT=${port}`,
    `${prefix}_PROTO=${proto}`,
  ]
}

function rangeVars(alias: string, ip: string, start: string, end: string): string[] {
  const [s = '', proto = 'tcp'] = start.split('/')
  const [e = ''] = end.split('/')
  const prefix = `${alias}_PORT_${s}_${proto.toUpperCase()}`
  return [
    `${prefix}_START=${proto}://${ip}:${s}`,
    `${prefix}_PORT_START=${s}`,
    `${prefix}_END=${proto}://${ip}:${e}`,
    `${prefix}_PORT_END=${e}`,
  ]
}

const IP = '172.17.0.2'

describe('link variables for one port (docker-semantics §2.3, seed 001 corrected)', () => {
  it('gives web2 --link db:db the DB_* variables of training/postgres, named after port 5432', () => {
    const w = new World()
    w.run({ image: 'training/postgres', name: 'db' })
    w.run({ image: 'training/webapp', name: 'web2', cmd: ['env'], links: ['db:db'] })
    expect(linkEnv(w, 'web2')).toEqual([
      'DB_PORT=tcp://172.17.0.2:5432',
      ...portVars('DB', IP, '5432/tcp'),
      'DB_NAME=/web2/db',
      'DB_ENV_PG_VERSION=9.3',
    ])
  })

  it('sets no port variables at all when the child exposes nothing, only _NAME and _ENV_*', () => {
    const w = linked(
      { image: 'busybox', name: 'plain', cmd: SLEEP, env: ['COLOR=blue'] },
      'plain:plain',
    )
    expect(linkEnv(w)).toEqual(['PLAIN_NAME=/web/plain', 'PLAIN_ENV_COLOR=blue'])
  })

  it('counts every -p container port as exposed', () => {
    const w = linked(
      {
        image: 'busybox',
        name: 'pub',
        cmd: SLEEP,
        publish: [
          { containerPort: 80, proto: 'tcp', hostIp: '', hostPortStart: 8080, hostPortEnd: 8080 },
        ],
      },
      'pub:pub',
    )
    expect(linkEnv(w)).toContain('PUB_PORT=tcp://172.17.0.2:80')
    expect(linkEnv(w)).toContain('PUB_PORT_80_TCP_PORT=80')
  })
})

describe('port order and ranges, Engine 28 rules (docker-semantics §0, §2.3)', () => {
  it('takes the lowest TCP port as ALIAS_PORT even when a UDP port is lower', () => {
    const w = linked(
      { image: 'busybox', name: 'svc', cmd: SLEEP, expose: ports('53/udp', '8080/tcp') },
      'svc:svc',
    )
    expect(linkEnv(w)).toEqual([
      'SVC_PORT=tcp://172.17.0.2:8080',
      ...portVars('SVC', IP, '8080/tcp'),
      ...portVars('SVC', IP, '53/udp'),
      'SVC_NAME=/web/svc',
    ])
  })

  it('orders non-TCP protocols alphabetically, sctp before udp', () => {
    const w = linked(
      { image: 'busybox', name: 'svc', cmd: SLEEP, expose: ports('100/udp', '200/sctp') },
      'svc:svc',
    )
    expect(linkEnv(w)).toEqual([
      'SVC_PORT=sctp://172.17.0.2:200',
      ...portVars('SVC', IP, '200/sctp'),
      ...portVars('SVC', IP, '100/udp'),
      'SVC_NAME=/web/svc',
    ])
  })

  it('makes a range of two consecutive TCP ports, closed after its last port', () => {
    const w = linked(
      { image: 'busybox', name: 'svc', cmd: SLEEP, expose: ports('3000/tcp', '3001/tcp') },
      'svc:svc',
    )
    expect(linkEnv(w)).toEqual([
      'SVC_PORT=tcp://172.17.0.2:3000',
      ...portVars('SVC', IP, '3000/tcp'),
      ...portVars('SVC', IP, '3001/tcp'),
      ...rangeVars('SVC', IP, '3000/tcp', '3001/tcp'),
      'SVC_NAME=/web/svc',
    ])
  })

  it('writes a range after the per-port variables of the first port outside it', () => {
    const w = linked(
      {
        image: 'busybox',
        name: 'svc',
        cmd: SLEEP,
        expose: ports('3000/tcp', '3001/tcp', '3002/tcp', '5000/tcp'),
      },
      'svc:svc',
    )
    expect(linkEnv(w)).toEqual([
      'SVC_PORT=tcp://172.17.0.2:3000',
      ...portVars('SVC', IP, '3000/tcp'),
      ...portVars('SVC', IP, '3001/tcp'),
      ...portVars('SVC', IP, '3002/tcp'),
      ...portVars('SVC', IP, '5000/tcp'),
      ...rangeVars('SVC', IP, '3000/tcp', '3002/tcp'),
      'SVC_NAME=/web/svc',
    ])
  })

  it('does not join consecutive numbers of different protocols, and ranges UDP ports apart', () => {
    const w = linked(
      {
        image: 'busybox',
        name: 'svc',
        cmd: SLEEP,
        expose: ports('3000/tcp', '3001/tcp', '3002/udp', '3003/udp'),
      },
      'svc:svc',
    )
    expect(linkEnv(w)).toEqual([
      'SVC_PORT=tcp://172.17.0.2:3000',
      ...portVars('SVC', IP, '3000/tcp'),
      ...portVars('SVC', IP, '3001/tcp'),
      ...portVars('SVC', IP, '3002/udp'),
      ...rangeVars('SVC', IP, '3000/tcp', '3001/tcp'),
      ...portVars('SVC', IP, '3003/udp'),
      ...rangeVars('SVC', IP, '3002/udp', '3003/udp'),
      'SVC_NAME=/web/svc',
    ])
  })

  it('starts a new range at the port that broke the previous one', () => {
    const w = linked(
      {
        image: 'busybox',
        name: 'svc',
        cmd: SLEEP,
        expose: ports('7000/tcp', '7001/tcp', '7005/tcp', '7006/tcp'),
      },
      'svc:svc',
    )
    const env = linkEnv(w)
    expect(env.filter((e) => /_(START|END)=tcp:/.test(e))).toEqual([
      'SVC_PORT_7000_TCP_START=tcp://172.17.0.2:7000',
      'SVC_PORT_7000_TCP_END=tcp://172.17.0.2:7001',
      'SVC_PORT_7005_TCP_START=tcp://172.17.0.2:7005',
      'SVC_PORT_7005_TCP_END=tcp://172.17.0.2:7006',
    ])
  })
})

describe('alias, name and child environment (docker-semantics §2.3)', () => {
  it('upper-cases the alias and turns dashes into underscores, keeping dots and the original case in _NAME', () => {
    const w = linked({ image: 'busybox', name: 'my-db', cmd: SLEEP }, 'my-db:My-Db.x')
    expect(linkEnv(w)).toEqual(['MY_DB.X_NAME=/web/My-Db.x'])
  })

  it('names the variables after the alias, not the child name (--link db:webdb)', () => {
    const w = linked({ image: 'training/postgres', name: 'db' }, 'db:webdb')
    expect(linkEnv(w)).toContain('WEBDB_NAME=/web/webdb')
    expect(linkEnv(w)).toContain('WEBDB_PORT=tcp://172.17.0.2:5432')
    expect(linkEnv(w).some((e) => e.startsWith('DB_'))).toBe(false)
  })

  it('copies the child Config.Env as ALIAS_ENV_*, except HOME and PATH, value after the first =', () => {
    const w = linked(
      {
        image: 'busybox',
        name: 'first',
        cmd: SLEEP,
        env: ['e1=', 'e3=v3=v3', 'HOME=/srv', 'lower=x'],
      },
      'first:first',
    )
    expect(linkEnv(w)).toEqual([
      'FIRST_NAME=/web/first',
      'FIRST_ENV_e1=',
      'FIRST_ENV_e3=v3=v3',
      'FIRST_ENV_lower=x',
    ])
  })

  it('sets no link variables for a --link on a user-defined network (§4)', () => {
    const w = new World()
    w.network('app')
    w.run({ image: 'training/postgres', name: 'db', network: 'app' })
    w.run({ image: 'busybox', name: 'web', network: 'app', cmd: SLEEP, links: ['db:db'] })
    expect(linkEnv(w)).toEqual([])
    expect(computeProcessEnv(w.t, w.get('web')).some((e) => e.startsWith('DB_'))).toBe(false)
  })
})

describe('process environment (docker-semantics §2.3, CreateDaemonEnvironment)', () => {
  it('orders PATH, HOSTNAME, TERM (with -t), link variables, then the container own env', () => {
    const w = new World()
    w.run({ image: 'busybox', name: 'db', cmd: SLEEP })
    const web = w.run({
      image: 'busybox',
      name: 'web',
      cmd: SLEEP,
      tty: true,
      links: ['db:db'],
      env: ['MODE=prod'],
    })
    const env = computeProcessEnv(w.t, web)
    expect(env.slice(0, 5)).toEqual([
      'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      `HOSTNAME=${web.hostname}`,
      'TERM=xterm',
      'DB_NAME=/web/db',
      'MODE=prod',
    ])
  })

  it('lets the container own env replace a link variable of the same name in place', () => {
    const w = new World()
    w.run({ image: 'training/postgres', name: 'db' })
    const web = w.run({
      image: 'busybox',
      name: 'web',
      cmd: SLEEP,
      links: ['db:db'],
      env: ['DB_NAME=custom'],
    })
    const env = computeProcessEnv(w.t, web)
    expect(env.filter((e) => e.startsWith('DB_NAME='))).toEqual(['DB_NAME=custom'])
    expect(env.indexOf('DB_NAME=custom')).toBeLessThan(env.indexOf('DB_ENV_PG_VERSION=9.3'))
  })

  it('freezes link variables at parent start, while docker exec sees the child current address', () => {
    const w = new World()
    w.run({ image: 'training/postgres', name: 'db' })
    w.run({ image: 'busybox', name: 'web', cmd: SLEEP, links: ['db:db'] })
    w.stop('db')
    w.run({ image: 'busybox', name: 'squatter', cmd: SLEEP })
    w.start('db')
    expect(w.ip('db')).toBe('172.17.0.4')
    const pid1 = computeProcessEnv(w.t, w.get('web'))
    const exec = computeProcessEnv(w.t, w.get('web'), { exec: true })
    expect(pid1).toContain('DB_PORT=tcp://172.17.0.2:5432')
    expect(pid1).not.toContain('DB_PORT=tcp://172.17.0.4:5432')
    expect(exec).toContain('DB_PORT=tcp://172.17.0.4:5432')
    expect(exec).toContain('DB_PORT_5432_TCP_ADDR=172.17.0.4')
  })

  it('does not set TERM for docker exec without -t', () => {
    const w = new World()
    const c = w.run({ image: 'busybox', name: 'c1', cmd: SLEEP, tty: true })
    expect(computeProcessEnv(w.t, c, { exec: true }).some((e) => e.startsWith('TERM='))).toBe(false)
  })
})
