import { describe, expect, it } from 'vitest'
import type { ShellState } from '../cli/index'
import { applied, containerNamed as container, world } from './testing-gestures'
import { editEdgeGesture, removeEdgeGesture, type EdgeEdit } from './edge-edits'
import { edgeId } from './ids'

const removed = (s: ShellState, id: string) =>
  applied(s, removeEdgeGesture(s.topology, s.currentHost, id))

describe('removing an edge from the canvas', () => {
  it('a link: web is made again without --link, its other options kept', () => {
    const s = world(
      'docker run -d --name db busybox sleep 1d',
      'docker run -d --name cache busybox sleep 1d',
      'docker run -d --name web -p 8080:80 --link db:mysql --link cache busybox sleep 1d',
    )
    const after = removed(s, edgeId.link(container(s, 'web').id, 'mysql'))
    const web = container(after, 'web')
    expect(web.links.map((l) => l.alias)).toEqual(['cache'])
    expect(web.ports.map((p) => p.hostPort)).toEqual([8080])
    expect(web.cmd).toEqual(['sleep', '1d'])
  })

  it('an attachment: docker network disconnect', () => {
    const s = world('docker network create app', 'docker run -d --name web --network app nginx')
    const web = container(s, 'web')
    const g = removeEdgeGesture(
      s.topology,
      s.currentHost,
      edgeId.endpoint(web.id, web.endpoints[0]!.networkId),
    )
    expect(g).toEqual({ ok: true, lines: ['docker network disconnect app web'] })
  })

  it('a join: the container gets its own namespace on the default bridge', () => {
    const s = world(
      'docker run -d --name web nginx',
      'docker run -d --name side --net=container:web busybox sleep 1d',
    )
    const side = container(removed(s, edgeId.join(container(s, 'side').id)), 'side')
    expect(side.joinedTo).toBeNull()
    expect(side.endpoints).toHaveLength(1)
  })

  it('--volumes-from and a named mount', () => {
    const s = world(
      'docker run -d --name data -v shared:/shared busybox sleep 1d',
      'docker run -d --name app --volumes-from data:ro -v logs:/logs busybox sleep 1d',
    )
    const app = container(s, 'app')
    const noDonor = container(
      removed(s, edgeId.volumesFrom(app.id, container(s, 'data').id)),
      'app',
    )
    expect(noDonor.volumesFrom).toEqual([])
    expect(noDonor.mounts.map((m) => m.destination)).toEqual(['/logs'])
    const noLogs = container(removed(s, edgeId.mount(app.id, '/logs')), 'app')
    expect(noLogs.mounts.map((m) => m.destination)).toEqual(['/shared'])
    expect(noLogs.volumesFrom).toEqual(['data:ro'])
  })

  it('an ambassador’s forward: its variable and exposed port go', () => {
    const s = world(
      'docker context create vm2',
      'docker --context vm2 run -d --name mysql -p 3306:3306 mysql',
      'docker run -d --name amb --expose 3306 -e MYSQL_PORT_3306_TCP=tcp://192.168.1.11:3306 svendowideit/ambassador',
    )
    const amb = container(removed(s, edgeId.ambassador(container(s, 'amb').id, 3306)), 'amb')
    expect(amb.env.some((e) => e.startsWith('MYSQL_PORT_3306_TCP='))).toBe(false)
    expect(amb.exposed.map((e) => e.port)).not.toContain(3306)
  })

  it('refuses when a recreate would break another container, with the reason', () => {
    const s = world(
      'docker run -d --name db busybox sleep 1d',
      'docker run -d --name web --link db busybox sleep 1d',
      'docker run -d --name proxy --link web busybox sleep 1d',
    )
    const g = removeEdgeGesture(
      s.topology,
      s.currentHost,
      edgeId.link(container(s, 'web').id, 'db'),
    )
    expect(g?.ok).toBe(false)
  })
})

describe('changing an edge from its form', () => {
  const edited = (s: ShellState, id: string, edit: EdgeEdit) =>
    applied(s, editEdgeGesture(s.topology, s.currentHost, id, edit))

  it('a link’s alias: the seed’s --link ambassador2:mysql, drawn then renamed', () => {
    const s = world(
      'docker run -d --name ambassador2 svendowideit/ambassador',
      'docker run -d --name wordpress --link ambassador2 wordpress',
    )
    const after = edited(s, edgeId.link(container(s, 'wordpress').id, 'ambassador2'), {
      alias: 'mysql',
    })
    const wordpress = container(after, 'wordpress')
    expect(wordpress.links.map((l) => l.alias)).toEqual(['mysql'])
  })

  it('a mount’s path and mode', () => {
    const s = world('docker run -d --name db -v data:/data busybox sleep 1d')
    const after = edited(s, edgeId.mount(container(s, 'db').id, '/data'), {
      destination: '/var/lib/mysql',
      readOnly: true,
    })
    expect(container(after, 'db').mounts).toEqual([
      expect.objectContaining({ source: 'data', destination: '/var/lib/mysql', rw: false }),
    ])
  })

  it('does nothing when nothing changes', () => {
    const s = world('docker run -d --name db -v data:/data busybox sleep 1d')
    const id = edgeId.mount(container(s, 'db').id, '/data')
    expect(editEdgeGesture(s.topology, s.currentHost, id, { destination: '/data' })).toBeNull()
  })
})
