// "Why?" for a command Docker refuses (engine/refusal-why.ts) and the fixes after which it
// succeeds (refusal-fixes.ts): each refusal names the rule that decided and the container that
// shows it, and each fix, run after the refusal, ends with the command succeeding.
import { describe, expect, it } from 'vitest'
import { englishProse, EXPLAINED_REFUSALS, refusalWhy, type ErrorCode } from '../engine'
import { execute, runScript } from './index'
import { fixRefusal } from './refusal-fixes'

/** The world of `script`, then `line` refused in it. */
function refusal(script: string, line: string) {
  const r = execute(runScript(script).state, line)
  const refused = r.output.refused
  if (!refused) throw new Error(`not refused: ${line}\n${r.output.stderr}`)
  const found = refusalWhy(r.state.topology, r.host, refused)
  const why = found && {
    rule: englishProse.whyRuleText(found.rule),
    evidence: found.evidence.map(englishProse.whyEvidenceText),
  }
  return {
    state: r.state,
    host: r.host,
    refused,
    why,
    fixes: fixRefusal(r.state, line, r.host, refused),
  }
}

/** Every command of the fix, run after the refusal, succeeds: the last is the command again. */
function succeeds(script: string, line: string, commands: readonly string[]): boolean {
  let state = execute(runScript(script).state, line).state
  for (const c of commands) {
    const r = execute(state, c)
    if (r.output.exitCode !== 0) return false
    state = r.state
  }
  return true
}

interface Case {
  readonly script: string
  readonly line: string
  /** Words the rule must say. */
  readonly rule: RegExp
  /** A line of the evidence, when the rule rests on another container's record. */
  readonly evidence?: RegExp
  /** The fixes' commands, in their order (none: no fix to offer). */
  readonly fixes: readonly (readonly string[])[]
}

const CASES: Partial<Record<ErrorCode, Case>> = {
  NAME_IN_USE: {
    script: 'docker run -d --name web nginx',
    line: 'docker run -d --name web nginx',
    rule: /name is unique on its host.*"web" already names a container there \(running\)/,
    evidence: /nginx {3}running {3}web$/,
    fixes: [
      ['docker rename web web-old', 'docker run -d --name web nginx'],
      ['docker rm -f web', 'docker run -d --name web nginx'],
    ],
  },
  RENAME_NAME_IN_USE: {
    script: 'docker run -d --name web nginx\ndocker run -d --name db nginx',
    line: 'docker rename web db',
    rule: /"db" already names a container/,
    evidence: /running {3}db$/,
    fixes: [
      ['docker rename db db-old', 'docker rename web db'],
      ['docker rm -f db', 'docker rename web db'],
    ],
  },
  LINK_NOT_RUNNING: {
    script: 'docker run -d --name db training/postgres\ndocker stop db',
    line: 'docker run -d --name web --link db:db training/webapp python app.py',
    rule: /link is made when the container starts.*db is not running/,
    evidence: /exited {3}db$/,
    // The refused run left web created: it goes before the run again.
    fixes: [
      [
        'docker start db',
        'docker rm web',
        'docker run -d --name web --link db:db training/webapp python app.py',
      ],
    ],
  },
  LINK_TARGET_MISSING: {
    script: 'docker context create vm2\ndocker --context vm2 run -d --name db training/postgres',
    line: 'docker run -d --name web --link db:db nginx',
    rule: /no container on host default is called db\. Links never cross hosts/,
    evidence: /^db runs on host vm2$/,
    fixes: [],
  },
  LINK_HOST_NETWORK: {
    script: 'docker run -d --name db training/postgres',
    line: 'docker run -d --name web --network host --link db nginx',
    rule: /no network of its own to link from/,
    fixes: [],
  },
  LINK_CONTAINER_NETWORK: {
    script: 'docker run -d --name db training/postgres',
    line: 'docker run -d --name web --network container:db --link db nginx',
    rule: /no network of its own to link from/,
    fixes: [],
  },
  CONFLICT_PUBLISH: {
    script: 'docker run -d --name db training/postgres',
    line: 'docker run -d --name web --network container:db -p 80:80 nginx',
    rule: /publish the port on the container it joins/,
    fixes: [],
  },
  JOIN_NOT_RUNNING: {
    script: 'docker run -d --name db training/postgres\ndocker stop db',
    line: 'docker run -d --name web --network container:db nginx',
    rule: /exists only while it runs: db is exited/,
    evidence: /exited {3}db$/,
    fixes: [
      ['docker start db', 'docker rm web', 'docker run -d --name web --network container:db nginx'],
    ],
  },
  PORT_ALLOCATED: {
    script: 'docker run -d --name front -p 8080:80 nginx',
    line: 'docker run -d --name back -p 8080:80 nginx',
    rule: /docker-proxy for front already listens on 0\.0\.0\.0:8080 on host default/,
    evidence: /0\.0\.0\.0:8080->80\/tcp {3}front$/,
    fixes: [
      ['docker rm back', 'docker run -d --name back -p 8081:80 nginx'],
      ['docker stop front', 'docker start back'],
    ],
  },
  CONNECT_PORT_ALLOCATED: {
    script: `docker network create --internal inside
docker run -d --name front -p 8080:80 nginx
docker run -d --name back --network inside -p 8080:80 nginx`,
    line: 'docker network connect bridge back',
    rule: /docker-proxy for front already listens on 0\.0\.0\.0:8080/,
    evidence: /front$/,
    fixes: [['docker stop front', 'docker network connect bridge back']],
  },
  NOT_RUNNING: {
    script: 'docker run -d --name web nginx\ndocker stop web',
    line: 'docker exec web ls',
    rule: /inside a running container's namespaces: web is exited/,
    evidence: /exited {3}web$/,
    fixes: [['docker start web', 'docker exec web ls']],
  },
  RUNNING_REMOVE: {
    script: 'docker run -d --name web nginx',
    line: 'docker rm web',
    rule: /removes a stopped container: web is running/,
    evidence: /running {3}web$/,
    fixes: [['docker stop web', 'docker rm web']],
  },
  NETWORK_ACTIVE_ENDPOINTS: {
    script: 'docker network create appnet\ndocker run -d --name web --network appnet nginx',
    line: 'docker network rm appnet',
    rule: /only when no running container is attached/,
    evidence: /attached to appnet: name:"web"/,
    fixes: [['docker network disconnect appnet web', 'docker network rm appnet']],
  },
  VOLUME_IN_USE: {
    script: 'docker volume create data\ndocker run -d --name web -v data:/data nginx',
    line: 'docker volume rm data',
    rule: /kept while a container uses it, even a stopped one/,
    evidence: /running {3}web$/,
    fixes: [['docker rm -f web', 'docker volume rm data']],
  },
  STATIC_IP_DEFAULT: {
    script: '',
    line: 'docker run -d --name web --ip 172.17.0.50 nginx',
    rule: /on the default bridge Docker hands addresses out in order/,
    // The address's own /24 lies in the default bridge's subnet: a free one is taken instead.
    fixes: [
      [
        'docker network create --subnet 172.30.0.0/24 staticnet',
        'docker run --network staticnet -d --name web --ip 172.30.0.50 nginx',
      ],
    ],
  },
  STATIC_IP_NO_SUBNET: {
    script: 'docker network create appnet',
    line: 'docker run -d --name web --network appnet --ip 172.30.0.5 nginx',
    rule: /created without --subnet/,
    fixes: [],
  },
  NO_SUCH_CONTAINER: {
    script: 'docker context create vm2\ndocker --context vm2 run -d --name db nginx',
    line: 'docker stop db',
    rule: /this command went to host default, and db runs on host vm2/,
    evidence: /^vm2: .* {3}db$/,
    fixes: [['docker --context vm2 stop db']],
  },
}

describe('a refused command: why, and the fixes after which it succeeds', () => {
  it('every refusal the terminal offers "Why?" for is checked here', () => {
    expect(Object.keys(CASES).sort()).toEqual([...EXPLAINED_REFUSALS].sort())
  })

  for (const [code, c] of Object.entries(CASES)) {
    it(`${code}: ${c.line}`, () => {
      const r = refusal(c.script, c.line)
      expect(r.why?.rule).toMatch(c.rule)
      if (c.evidence) expect(r.why?.evidence.some((e) => c.evidence?.test(e))).toBe(true)
      expect(r.fixes.map((f) => f.commands)).toEqual(c.fixes)
      for (const f of r.fixes) expect(succeeds(c.script, c.line, f.commands)).toBe(true)
    })
  }

  it('reads the rule a wrapping refusal carries (invalid endpoint settings wraps --ip)', () => {
    const r = refusal('', 'docker run -d --name web --ip 172.17.0.50 nginx')
    expect(r.refused.code).toBe('NETWORK_CONFIG')
    expect(r.why?.rule).toMatch(/^--ip chooses an address on a user-defined network/)
  })

  it('a fix that breaks a pair that works says so: removing the db the app reaches', () => {
    const script = `docker network create appnet
docker run -d --name db --network appnet training/postgres
docker run -d --name web --network appnet training/webapp python app.py`
    const r = refusal(script, 'docker run -d --name db mysql')
    const remove = r.fixes.find((f) => f.commands[0] === 'docker rm -f db')
    expect(remove?.breaks).toContain('web>db:5432')
    // Ranked: the fixes that break nothing first.
    expect(r.fixes.map((f) => f.breaks.length > 0)).toEqual(
      [...r.fixes.map((f) => f.breaks.length > 0)].sort((a, b) => Number(a) - Number(b)),
    )
  })

  it('a refusal whose message says it all carries no refusal to ask why about', () => {
    const r = execute(runScript('').state, 'docker network create --subnet nope appnet')
    expect(r.output.stderr).toContain('invalid subnet nope: invalid CIDR block notation')
    expect(r.output.refused).toBeUndefined()
  })

  it('"No such container" has more to say only when another host has one by that name', () => {
    const { state } = runScript(
      'docker context create vm2\ndocker --context vm2 run -d --name db nginx',
    )
    expect(execute(state, 'docker start nosuch').output.refused).toBeUndefined()
    expect(execute(state, 'docker start db').output.refused?.code).toBe('NO_SUCH_CONTAINER')
  })
})
