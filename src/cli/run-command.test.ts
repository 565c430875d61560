import { describe, expect, it } from 'vitest'
import type { Container, Topology } from '../engine'
import { SCENARIOS } from '../scenarios'
import { runScript } from './index'
import { quoteWord } from './quote'
import { runCommandOf } from './run-command'
import { tokenize, words } from './tokenize'

/** What a container is, minus what Docker assigns afresh on every create (ids, addresses, ports). */
function essence(t: Topology, c: Container) {
  const name = (id: string | null) => (id ? (t.containers.get(id)?.name ?? id) : null)
  return {
    name: c.name,
    host: c.host,
    image: c.image,
    cmd: c.cmd,
    env: c.env,
    hostname: c.hostname === c.id.slice(0, 12) ? '<short id>' : c.hostname,
    networkMode: c.joinedTo ? `container:${name(c.joinedTo)}` : c.networkMode,
    endpoints: c.endpoints.map((e) => ({
      network: t.networks.get(e.networkId)?.name,
      aliases: e.aliases,
      links: e.links,
      staticIp: e.staticIp,
    })),
    links: c.links.map((l) => ({ child: name(l.childId), alias: l.alias })),
    exposed: c.exposed,
    publish: c.publish,
    publishAll: c.publishAll,
    mounts: c.mounts.map((m) => ({ ...m, source: m.anonymous ? '<anonymous>' : m.source })),
    volumesFrom: c.volumesFrom,
    dns: c.dns,
    addHosts: c.addHosts,
    privileged: c.privileged,
    tty: c.tty,
    interactive: c.interactive,
    autoRemove: c.autoRemove,
    restart: c.restart,
    state: c.state,
  }
}

/** Containers nothing else refers to (a link, a join, --volumes-from): they can be recreated alone. */
function leaves(t: Topology): Container[] {
  const used = new Set<string>()
  for (const c of t.containers.values()) {
    for (const l of c.links) used.add(l.childId)
    if (c.joinedTo) used.add(c.joinedTo)
    for (const v of c.volumesFrom) used.add(v.split(':')[0] ?? '')
  }
  return [...t.containers.values()].filter((c) => !used.has(c.id) && !used.has(c.name))
}

/** Removes `c` and runs its commands again: the new container must be the same container. */
function roundTrip(script: string) {
  const setup = runScript(script)
  expect(setup.entries.filter((e) => e.exitCode !== 0).map((e) => e.stderr)).toEqual([])
  const before = setup.state
  const t = before.topology
  const checked: string[] = []
  for (const c of leaves(t)) {
    const docker = c.host === before.currentHost ? 'docker' : `docker --context ${c.host}`
    const lines = [`${docker} rm -f ${c.name}`, ...runCommandOf(t, c, docker)]
    const { state, entries } = runScript(lines.join('\n'), before)
    expect(
      entries.filter((e) => e.exitCode !== 0).map((e) => e.stderr),
      lines.join('\n'),
    ).toEqual([])
    const again = [...state.topology.containers.values()].find(
      (x) => x.host === c.host && x.name === c.name,
    )
    expect(again && essence(state.topology, again), lines.join('\n')).toEqual(essence(t, c))
    checked.push(c.name)
  }
  return checked
}

describe('runCommandOf: the commands that make a container again', () => {
  it.each(SCENARIOS.map((s) => [s.id, s.script]))(
    'recreates every leaf container of the %s example identically',
    (_id, script) => {
      expect(roundTrip(script).length).toBeGreaterThan(0)
    },
  )

  it('recreates flags the examples do not use: ports with IPs and ranges, env with spaces, restart, dns, hosts, anonymous and read-only volumes, a command, later networks, a stopped and a created container', () => {
    const checked = roundTrip(`docker network create front
docker network create back
docker volume create data
docker run -d --name aa -p 127.0.0.1:8080:80 -p 5353:53/udp -p 9000-9001:9000 --expose 7000 -e 'GREETING=hello world' -e "Q=it's" --restart always -h web.local --dns 8.8.8.8 --add-host db:10.0.0.5 --privileged -v data:/data:ro -v /cache nginx
docker run -dit --name bb --network front --network-alias api --network-alias api2 busybox sh -c 'sleep 1000'
docker network connect --alias back-b back bb
docker run -d -P --name cc httpd
docker stop cc
docker create --name dd -t busybox
docker run -d --name ee --network host nginx`)
    expect(checked.sort()).toEqual(['aa', 'bb', 'cc', 'dd', 'ee'])
  })

  it('writes the command the way people type it', () => {
    const { state } = runScript(`docker network create --subnet 172.22.16.0/24 my_net2
docker run -dit --name bbox1 --network my_net2 --ip 172.22.16.10 busybox
docker run -d --name db training/postgres
docker run -d --name web --link db:db -p 8080:5000 training/webapp python app.py
docker run -d --name side --network container:web busybox sleep 1000`)
    const t = state.topology
    const of = (name: string) =>
      runCommandOf(t, [...t.containers.values()].find((c) => c.name === name) as Container)
    expect(of('bbox1')).toEqual([
      'docker run -dit --name bbox1 --network my_net2 --ip 172.22.16.10 busybox',
    ])
    expect(of('web')).toEqual([
      'docker run -d --name web --link db -p 8080:5000 training/webapp python app.py',
    ])
    expect(of('side')).toEqual([
      'docker run -d --name side --network container:web busybox sleep 1000',
    ])
  })

  it('quotes words so that the shell reads them back unchanged', () => {
    for (const w of ['plain', 'a b', "it's", '$HOME', 'x;y', '', 'A=1']) {
      const read = tokenize(`echo ${quoteWord(w)}`)
      expect(read.ok && words(read.tokens)).toEqual(['echo', w])
    }
  })
})
