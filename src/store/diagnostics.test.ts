import { describe, expect, it } from 'vitest'
import { runScript } from '../cli/index'
import { diagnosticText } from './diagnostic-text'
import { diagnostics } from './diagnostics'

const texts = (script: string) => {
  const { state, entries } = runScript(script)
  expect(entries.filter((e) => e.exitCode !== 0).map((e) => e.stderr)).toEqual([])
  return diagnostics(state.topology).map((d) => `${d.severity}: ${diagnosticText(d.fact)}`)
}

describe('diagnostics', () => {
  it('a healthy example has nothing to say', () => {
    expect(
      texts(`docker run -d --name db training/postgres
docker run -d --name web --link db:db training/webapp python app.py`),
    ).toEqual([])
  })

  it('a stopped link child: a warning on the parent, and Docker’s own refusal once it stops too', () => {
    const link = `docker run -d --name db training/postgres
docker run -d --name web --link db:db training/webapp python app.py
docker stop db`
    expect(texts(link)).toEqual([
      expect.stringMatching(/^warning: web links to db as db, but db is not running/),
      'info: db is exited: it has no address and answers nothing (docker start db).',
    ])
    expect(texts(`${link}\ndocker stop web`)[0]).toBe(
      'error: docker start web: Error response from daemon: Cannot link to a non running container: /db AS /web/db',
    )
  })

  it('link variables frozen at start: the child came back with another address', () => {
    expect(
      texts(`docker run -d --name db training/postgres
docker run -d --name web --link db:db training/webapp python app.py
docker stop db
docker run -dit --name squatter busybox
docker start db`),
    ).toEqual([
      "warning: web's link variables still say db is at 172.17.0.2; it now has 172.17.0.4 (link variables are set when web starts and never refreshed).",
    ])
  })

  it('an ambassador forwarding to a stopped server, and a volume nobody mounts', () => {
    const found = texts(`docker context create vm2 --docker host=tcp://192.168.1.11:2375
docker --context vm2 run -d --name mysql mysql
docker --context vm2 run -d --link mysql:mysql --name ambassador1 -p 3306:3306 svendowideit/ambassador
docker --context vm2 stop mysql
docker volume create spare`)
    expect(found).toContainEqual(
      expect.stringMatching(
        /^warning: ambassador ambassador1 forwards :3306 to 172\.17\.0\.2:3306, which does not answer/,
      ),
    )
    expect(found.at(-1)).toBe('info: volume spare on default is not mounted by any container.')
  })

  it('a running container whose link child was removed: a restart would fail', () => {
    const found = texts(`docker run -d --name db redis
docker run -d --name web --link db:db nginx
docker rm -f db`)
    expect(found).toContainEqual(
      expect.stringMatching(
        /^warning: web links to db as db, which was removed: docker restart web would fail \(could not get container for db/,
      ),
    )
  })
})

describe('a diagnostic’s why', () => {
  const whys = (script: string) =>
    diagnostics(runScript(script).state.topology).map((d) =>
      d.why?.kind === 'refused'
        ? `${d.why.command}: ${d.why.refused.code}`
        : d.why?.kind === 'asked'
          ? `ask ${d.why.name}:${d.why.port}`
          : d.why && `note ${d.why.note.code}`,
    )

  it('is the refusal Docker would give to start or restart it, or the question a forward asks', () => {
    const db = 'docker run -d --name db training/postgres'
    expect(
      whys(`${db}\ndocker run -d --name web --link db:db training/webapp python app.py
docker stop db\ndocker stop web`),
    ).toEqual(['docker start web: LINK_NOT_RUNNING', 'note STOPPED'])
    expect(
      whys(`${db}\ndocker run -dit --name app --network container:db busybox\ndocker stop db`),
    ).toEqual(['docker restart app: JOIN_NOT_RUNNING', 'note STOPPED'])
    expect(
      whys(
        `${db}\ndocker run -d --name web --link db:db training/webapp python app.py\ndocker rm -f db`,
      ),
    ).toEqual(['docker restart web: LINK_TARGET_MISSING'])
    expect(
      whys(
        'docker run -d --name amb --expose 3306 -e MYSQL_PORT_3306_TCP=tcp://172.17.0.9:3306 svendowideit/ambassador',
      ),
    ).toEqual(['ask 172.17.0.9:3306'])
  })
})
