import { describe, expect, it } from 'vitest'
import { runScript, type ScriptEntry } from '../cli'
import type { Topology } from '../engine'
import { toScript } from './script'
import { verifyScript } from './verify'
import { REACH_SAMPLE } from './verify-checks'

/** Runs a script in a fresh world; every line must succeed. */
function build(source: string): Topology {
  const { state, entries } = runScript(source)
  expect(entries.filter((e) => e.exitCode !== 0).map((e) => `${e.command}\n${e.stderr}`)).toEqual(
    [],
  )
  return state.topology
}

function verify(t: Topology): string {
  const r = verifyScript(t)
  if (!r.ok) throw new Error(r.error)
  return r.script
}

const isCheck = (e: ScriptEntry) => e.command.endsWith(' || false $((docknet_failed += 1))')

/**
 * Runs the whole verify script through Docknet's own shell in a fresh world: it must build the
 * topology again and every check must PASS there (Docknet agrees with itself). The PASS lines.
 */
function passesInSimulation(t: Topology): string[] {
  const script = verify(t)
  const { entries } = runScript(script)
  expect(entries.filter((e) => e.exitCode !== 0).map((e) => `${e.command}\n${e.stderr}`)).toEqual(
    [],
  )
  const checks = entries.filter(isCheck)
  const count = Number(/# (\d+) checks;/.exec(script)?.[1])
  expect(checks).toHaveLength(count)
  for (const e of checks) expect(e.stdout).toMatch(/^PASS [^\n]*\n$/)
  return checks.map((e) => e.stdout.trimEnd())
}

describe('verifyScript: links on the default bridge', () => {
  const t = build(`
docker run -d --name db -e POSTGRES_PASSWORD=secret postgres
docker run -d --name web --link db:database alpine sleep 1d
`)

  it('checks the link line Docker writes in /etc/hosts: address, alias, id, name, tab-separated', () => {
    const passes = passesInSimulation(t)
    // The first container on the default bridge (172.17.0.0/16) gets .2.
    expect(passes).toContain('PASS web /etc/hosts has the line 172.17.0.2 database <id> db')
    expect(passes).toContain('PASS web /etc/hosts has the line 172.17.0.3 <id>')
    expect(verify(t)).toContain("grep -E '\\''^172\\.17\\.0\\.2\tdatabase [0-9a-f]{12} db$'\\''")
  })

  it("checks the link variables, named after the alias, with the child's exposed port", () => {
    const passes = passesInSimulation(t)
    expect(passes).toContain('PASS web env DATABASE_PORT_5432_TCP_ADDR=172.17.0.2')
    expect(passes).toContain('PASS web env DATABASE_PORT=tcp://172.17.0.2:5432')
    expect(passes).toContain('PASS web env DATABASE_NAME=/web/database')
    expect(passes).toContain('PASS web env DATABASE_ENV_POSTGRES_PASSWORD=secret')
  })

  it('checks that the alias and the name resolve, and that a non-linked name does not', () => {
    const passes = passesInSimulation(t)
    expect(passes).toContain('PASS web resolves database to 172.17.0.2')
    expect(passes).toContain('PASS web resolves db to 172.17.0.2')
    expect(passes).toContain('PASS db does not resolve web')
    expect(passes).toContain('PASS web reaches db at 172.17.0.2:5432/tcp')
  })

  it('gives the same text for the same topology, after the build script', () => {
    const built = toScript(t)
    expect(built.ok && verify(t).startsWith(built.script)).toBe(true)
    expect(verify(t)).toBe(verify(t))
  })
})

describe('verifyScript: name resolution', () => {
  it('checks network aliases, and round-robin names as one of their addresses', () => {
    const passes = passesInSimulation(
      build(`
docker network create app
docker run -d --name api1 --network app --network-alias api nginx
docker run -d --name api2 --network app --network-alias api nginx
docker run -d --name client --network app alpine sleep 1d
`),
    )
    expect(passes).toContain('PASS client resolves api to one of 172.18.0.2 172.18.0.3')
    expect(passes).toContain('PASS client resolves api2 to 172.18.0.3')
    expect(passes).toContain('PASS client reaches api1 at 172.18.0.2:80/tcp')
  })

  it('finds no name on the default bridge, and asks busybox with ping (it has no getent)', () => {
    const t = build(`
docker run -d --name one busybox sleep 1d
docker run -d --name two busybox sleep 1d
`)
    expect(passesInSimulation(t)).toEqual([
      'PASS one /etc/hosts has the line 172.17.0.2 <id>',
      'PASS one does not resolve two',
      'PASS two /etc/hosts has the line 172.17.0.3 <id>',
      'PASS two does not resolve one',
    ])
    expect(verify(t)).toContain("docker exec one sh -c 'ping -c 1 -W 1 two 2>&1 | grep")
  })
})

describe('verifyScript: reach', () => {
  it('checks that icc=false blocks a listening port on the default bridge', () => {
    const t = build(`
dockerd --icc=false
docker run -d --name srv nginx
docker run -d --name client alpine sleep 1d
`)
    expect(passesInSimulation(t)).toContain('PASS client does not reach srv at 172.17.0.2:80/tcp')
  })

  it(`samples at most ${REACH_SAMPLE} reachable pairs per container`, () => {
    const servers = Array.from({ length: 5 }, (_v, i) => `docker run -d --name s${i} nginx`)
    const t = build([...servers, 'docker run -d --name client alpine sleep 1d'].join('\n'))
    const reaches = passesInSimulation(t).filter((l) => l.startsWith('PASS client reaches'))
    expect(reaches).toEqual([
      'PASS client reaches s0 at 172.17.0.2:80/tcp',
      'PASS client reaches s1 at 172.17.0.3:80/tcp',
      'PASS client reaches s2 at 172.17.0.4:80/tcp',
    ])
  })

  it('runs checks on another host through its context, across ambassadors', () => {
    const t = build(`
docker context create vm2 --docker host=tcp://192.168.1.11:2375
docker --context vm2 run -d --name mysql -e MYSQL_ROOT_PASSWORD=secret mysql
docker --context vm2 run -d --link mysql:mysql --name ambassador1 -p 3306:3306 svendowideit/ambassador
docker run -d --name ambassador2 --expose 3306 -e MYSQL_PORT_3306_TCP=tcp://192.168.1.11:3306 svendowideit/ambassador
docker run -d --name app --link ambassador2:mysql alpine sleep 1d
`)
    const passes = passesInSimulation(t)
    // The ambassador on this host, and vm2's published port (the LAN address) straight.
    expect(passes).toContain('PASS app reaches ambassador2 at 172.17.0.2:3306/tcp')
    expect(passes).toContain('PASS app reaches mysql at 192.168.1.11:3306/tcp')
    expect(passes).toContain('PASS app env MYSQL_PORT_3306_TCP_ADDR=172.17.0.2')
    expect(passes).toContain('PASS ambassador1 env MYSQL_PORT_3306_TCP_ADDR=172.17.0.2')
    expect(verify(t)).toMatch(/^docker --context vm2 exec ambassador1 sh -c /m)
  })
})

describe('verifyScript: quoting', () => {
  it('keeps quotes, $, backquotes and backslashes of an env value literal in every shell', () => {
    const t = build(`
docker run -d --name db -e 'NOTE=it'"'"'s $HOME \`id\` a\\b' busybox sleep 1d
docker run -d --name web --link db alpine sleep 1d
`)
    // A backslash is shown as ? (dash's echo would read it), and matched as itself.
    expect(passesInSimulation(t)).toContain("PASS web env DB_ENV_NOTE=it's $HOME `id` a?b")
  })
})

describe('verifyScript: a fact that no longer holds', () => {
  it('prints FAIL with what it expected and saw, and the check line exits non-zero', () => {
    const t = build(`
docker run -d --name db -e POSTGRES_PASSWORD=secret postgres
docker run -d --name web --link db:database alpine sleep 1d
`)
    const built = toScript(t)
    if (!built.ok) throw new Error(built.error)
    const checks = verify(t).slice(built.script.length)
    // Made again without its link after the script was written.
    const broken = runScript(
      `docker rm -f web\ndocker run -d --name web alpine sleep 1d`,
      runScript(built.script).state,
    ).state
    const failed = runScript(checks, broken).entries.filter((e) => isCheck(e) && e.exitCode !== 0)
    expect(failed.map((e) => e.stdout)).toContain(
      'FAIL web env DATABASE_PORT_5432_TCP_ADDR=172.17.0.2: expected DATABASE_PORT_5432_TCP_ADDR=172.17.0.2, saw: \n',
    )
    expect(failed.map((e) => e.stdout)).toContain(
      'FAIL web resolves database to 172.17.0.2: expected 172.17.0.2, saw: \n',
    )
    for (const e of failed) expect(e.exitCode).toBe(1)
  })
})
