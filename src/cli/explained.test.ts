// A connection made in the terminal carries its question, for the Why views: a failed one the
// engine's answer, one that worked the question only. The host's own shell is no container,
// so its connections carry neither.
import { describe, expect, it } from 'vitest'
import { execute, runScript } from './index'

const world = () =>
  runScript(`docker run -d --name db training/postgres
docker run -dit --name web busybox`).state

describe('a connection’s question', () => {
  it('a ping that fails carries the engine’s answer, one that works its question', () => {
    const s = world()
    const failed = execute(s, 'docker exec web ping -c 1 db').output
    expect(failed.exitCode).not.toBe(0)
    expect(failed.asked).toMatchObject({ name: 'db', port: null, reachable: false })
    const worked = execute(s, 'docker exec web ping -c 1 172.17.0.2').output
    expect(worked.exitCode).toBe(0)
    expect(worked.reached).toMatchObject({ name: '172.17.0.2', port: null })
  })

  it('a name getent or nslookup cannot find carries the question, whose why is the name’s', () => {
    const s = world()
    for (const line of ['docker exec web getent hosts db', 'docker exec web nslookup db']) {
      const o = execute(s, line).output
      expect(o.exitCode).not.toBe(0)
      expect(o.asked?.reasons[0]).toMatchObject({ kind: 'dns', cause: { code: 'default-bridge' } })
    }
    // nslookup asks the DNS server, which knows no link: that failure is not the name's.
    const linked = runScript(
      'docker run -d --name db training/postgres\ndocker run -dit --name web --link db busybox',
    ).state
    const o = execute(linked, 'docker exec web nslookup db').output
    expect(o.stderr).toContain("can't find db: NXDOMAIN")
    expect(o.asked).toBeUndefined()
  })

  it('the host’s shell asks of no container: its connections carry no question', () => {
    const failed = execute(world(), 'curl localhost:3306').output
    expect(failed.exitCode).not.toBe(0)
    expect(failed.asked).toBeUndefined()
    const worked = execute(world(), 'ping -c 1 172.17.0.2').output
    expect(worked.exitCode).toBe(0)
    expect(worked.reached).toBeUndefined()
  })
})

describe('the host a line ran against', () => {
  const twoHosts = () =>
    runScript(`docker context create vm2 --docker host=tcp://192.168.1.11:2375
docker run -d --name db training/postgres`).state

  it('is the one --context names, so that its refusal is explained with that host’s facts', () => {
    const r = execute(twoHosts(), 'docker --context vm2 run -d --link db:db training/webapp')
    expect(r.output.refused).toMatchObject({ code: 'LINK_TARGET_MISSING' })
    expect(r.host).toBe('vm2')
    // The shell itself stays where it was; the output carries no host of its own.
    expect(r.state.currentHost).toBe('default')
    expect(r.output).not.toHaveProperty('ranOn')
  })

  it('is the shell’s own otherwise', () => {
    expect(execute(twoHosts(), 'docker ps -q').host).toBe('default')
  })
})
