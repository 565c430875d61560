import { describe, expect, it } from 'vitest'
import { runScript } from '../cli'
import type { Topology } from '../engine'
import { SCRIPT_HEADER, toScript } from './script'
import { topologyShape } from './script-equal'

/** Runs a script in a fresh world; every line must succeed. */
function build(source: string): Topology {
  const { state, entries } = runScript(source)
  const failed = entries.filter((e) => e.exitCode !== 0)
  expect(failed.map((e) => `${e.command}\n${e.stderr}`)).toEqual([])
  return state.topology
}

/** Exports `t`, replays the script in a fresh world (every line must succeed) and compares. */
function roundTrip(t: Topology): string {
  const exported = toScript(t)
  if (!exported.ok) throw new Error(exported.error)
  expect(topologyShape(build(exported.script))).toEqual(topologyShape(t))
  return exported.script
}

describe('toScript: links, ports and container flags on the default bridge', () => {
  const world = `
docker run -d --name db -e 'POSTGRES_PASSWORD=s3cret' --label tier=data training/postgres
docker run -d --name cache redis
docker run -d --name web --link db:database --link cache -p 127.0.0.1:8080:5000 -p 5353:53/udp -p 9000 --expose 7000 --restart always --dns 8.8.8.8 --add-host gw:10.0.0.1 -h webhost training/webapp python app.py
docker run -d --name all -P nginx
`
  it('makes link children before their parents, with every flag of each container', () => {
    const script = roundTrip(build(world))
    const lines = script.split('\n')
    const web = lines.findIndex((l) => l.includes('--name web'))
    expect(lines.findIndex((l) => l.includes('--name db'))).toBeLessThan(web)
    expect(lines[web]).toBe(
      'docker run -d --name web --restart always -h webhost --link db:database --link cache -p 127.0.0.1:8080:5000 -p 5353:53/udp -p 9000 --expose 7000/tcp --dns 8.8.8.8 --add-host gw:10.0.0.1 training/webapp python app.py',
    )
  })

  it('starts with the header line and gives the same text for the same topology', () => {
    const t = build(world)
    const first = toScript(t)
    expect(first.ok && first.script.split('\n')[0]).toBe(SCRIPT_HEADER)
    expect(toScript(t)).toEqual(first)
  })
})

describe('toScript: joined namespaces and volume donors', () => {
  it('makes a --net=container: donor before the containers that join it, in a chain', () => {
    const script = roundTrip(
      build(`
docker run -d --name base -h basehost nginx
docker run -d --name side --net=container:base busybox sleep 3600
docker run -d --name third --network container:side busybox sleep 3600
`),
    )
    expect(script).toContain('docker run -d --name side --network container:base busybox sleep')
  })

  it('recreates a --volumes-from chain with named, anonymous, bind and read-only mounts', () => {
    const script = roundTrip(
      build(`
docker volume create --label owner=ops data
docker run -d --name store -v data:/data -v /cache -v /srv/conf:/etc/conf:ro busybox sleep 3600
docker run -d --name reader --volumes-from store:ro -v logs:/logs busybox sleep 3600
docker run -d --name last --volumes-from reader busybox sleep 3600
`),
    )
    expect(script).toContain('docker volume create --label owner=ops data\n')
    expect(script).toContain('docker run -d --name reader -v logs:/logs --volumes-from store:ro')
  })

  it('orders a donor made again after its dependent before it', () => {
    const t = build(`
docker run -d --name data -v shared:/shared busybox sleep 3600
docker run -d --name app --volumes-from data busybox sleep 3600
docker rm -f data
docker run -d --name data -v shared:/shared busybox sleep 3600
`)
    const script = roundTrip(t)
    expect(script.indexOf('--name data')).toBeLessThan(script.indexOf('--name app'))
  })

  it('refuses a --volumes-from cycle, naming the containers, as compose words it', () => {
    const t = build(`
docker run -d --name aa -v va:/a busybox sleep 3600
docker run -d --name bb -v vb:/b --volumes-from aa busybox sleep 3600
docker rm -f aa
docker run -d --name aa --volumes-from bb busybox sleep 3600
`)
    expect(toScript(t)).toEqual({ ok: false, error: 'dependency cycle detected: bb -> aa -> bb' })
  })
})

describe('toScript: hosts', () => {
  it('makes each host a docker context at its LAN address and rebuilds an ambassador pair', () => {
    const script = roundTrip(
      build(`
docker context create vm2 --docker host=tcp://192.168.1.11:2375
docker --context vm2 run -d --name mysql mysql
docker --context vm2 run -d --link mysql:mysql --name ambassador1 -p 3306:3306 svendowideit/ambassador
docker run -d --name ambassador2 --expose 3306 -e MYSQL_PORT_3306_TCP=tcp://192.168.1.11:3306 svendowideit/ambassador
docker run -d --name wordpress --link ambassador2:mysql busybox sleep 3600
`),
    )
    expect(script).toContain('docker context create vm2 --docker host=tcp://192.168.1.11:2375\n')
    expect(script).toContain(
      'docker --context vm2 run -d --name ambassador1 --link mysql -p 3306:3306 svendowideit/ambassador\n',
    )
  })

  it('restarts daemons with their options, on this host and on another one', () => {
    const script = roundTrip(
      build(`
dockerd --icc=false --bip=10.50.0.1/24
docker context create lab --docker host=tcp://10.0.0.11:2375
docker context use lab
dockerd --ip=10.0.0.11
docker run -d --name web -p 80 nginx
docker context use default
docker run -d --name api -p 8000:80 nginx
`),
    )
    expect(script).toContain('\ndockerd --icc=false --bip=10.50.0.1/24\n')
    expect(script).toContain(
      '\ndocker context use lab\ndockerd --ip=10.0.0.11\ndocker context use default\n',
    )
  })
})

describe('toScript: user-defined networks', () => {
  const world = `
docker network create -d bridge --subnet 172.30.0.0/16 --ip-range 172.30.5.0/24 --gateway 172.30.0.254 -o com.docker.network.bridge.enable_icc=false --label team=blue backend
docker network create --internal frontend
docker network create spare
docker run -d --name api --network backend --ip 172.30.5.50 --network-alias api.internal --network-alias svc nginx
docker run -d --name worker --network backend --link api:upstream busybox sleep 3600
docker network connect --alias front-api frontend api
docker run -d --name moved --network spare busybox sleep 3600
docker network connect --ip 172.30.9.9 --alias m backend moved
docker network disconnect spare moved
docker network connect frontend moved
docker run -d --name hopper --network spare busybox sleep 3600
docker network connect frontend hopper
docker network disconnect spare hopper
docker network connect spare hopper
docker run -d --name lan --network host nginx
docker run -d --name off --network none busybox sleep 3600
`
  it('rebuilds subnets, ranges, gateways, options, labels, aliases, static addresses and links', () => {
    const script = roundTrip(build(world))
    expect(script).toContain(
      'docker network create --subnet 172.30.0.0/16 --gateway 172.30.0.254 --ip-range 172.30.5.0/24 -o com.docker.network.bridge.enable_icc=false --label team=blue backend\n',
    )
    expect(script).toContain(
      'docker run -d --name api --network backend --network-alias api.internal --network-alias svc --ip 172.30.5.50 nginx\n',
    )
    expect(script).toContain('docker network connect --alias front-api frontend api\n')
  })

  it('gives a container its networks in their order, the one it was made on moved or gone', () => {
    const script = roundTrip(build(world))
    expect(script).toContain(
      [
        'docker run -d --name moved --network spare busybox sleep 3600',
        'docker network connect --alias m --ip 172.30.9.9 backend moved',
        'docker network connect frontend moved',
        'docker network disconnect spare moved',
      ].join('\n'),
    )
    expect(script).toContain(
      [
        'docker network connect frontend hopper',
        'docker network disconnect spare hopper',
        'docker network connect spare hopper',
      ].join('\n'),
    )
  })
})

describe('toScript: container states', () => {
  it('makes created containers with docker create and stops each before its address is reused', () => {
    const script = roundTrip(
      build(`
docker run -d --name db redis
docker run -d --name web --link db nginx
docker stop db
docker create --name later -it busybox sh
docker run --name once busybox echo hello
docker run -d --name quiet busybox sleep 3600
docker stop quiet
`),
    )
    expect(script).toContain('docker create -it --name later busybox sh\n')
    // db's address went to `once` (run after db stopped), then `once`'s (it exited) to `quiet`.
    expect(script).toContain('docker stop db\ndocker run -d --name once busybox echo hello\n')
    expect(script).toContain('docker stop once\ndocker run -d --name quiet busybox sleep 3600\n')
    expect(script.trimEnd().split('\n').at(-1)).toBe('docker stop quiet')
  })
})

describe('toScript: hostile values', () => {
  it('quotes names, env values, labels and commands so sh reads each back as one word', () => {
    const env = `MSG=it's "$HOME" \`id\` # not a comment\nsecond line; rm -rf / && echo \\ done`
    const t = build(`
docker network create 'my net'
docker run -d --name odd.name_1 --network 'my net' -e ${shQuote(env)} -e 'EMPTY=' --label ${shQuote('note=a b$c')} busybox sh -c ${shQuote('echo "$MSG"; sleep 3600')}
`)
    const c = [...t.containers.values()][0]
    expect(c?.env).toContain(env)
    const script = roundTrip(t)
    expect(script).toContain(`docker network create 'my net'\n`)
  })
})

/** Single-quotes a word for the world-building scripts above. */
function shQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`
}
