import { describe, expect, it } from 'vitest'
import { runScript } from '../cli/index'
import { topologyEdges } from './flow-edges'

const edgesOf = (script: string) => topologyEdges(runScript(script).state.topology)

describe('edges are announced by their meaning, not their ids', () => {
  it('names links, attachments, joins, --volumes-from and mounts as a reader says them', () => {
    const names = edgesOf(
      [
        'docker network create app',
        'docker run -d --name db --network app --network-alias database -v data:/var/lib/db busybox sleep 1d',
        'docker run -d --name cache busybox sleep 1d',
        'docker run -d --name web --link cache:redis --volumes-from cache:ro busybox sleep 1d',
        'docker run -d --name side --net=container:web busybox sleep 1d',
        'docker run -d --name ro -v data:/srv:ro busybox sleep 1d',
      ].join('\n'),
    ).map((e) => e.ariaLabel)
    expect(names).toEqual(
      expect.arrayContaining([
        'db attached to network app (alias database)',
        'db mounts volume data at /var/lib/db',
        'link web to cache as redis',
        'web mounts the volumes of cache read-only',
        'side joins the network namespace of web',
        'ro mounts volume data at /srv read-only',
        'web attached to network bridge',
      ]),
    )
  })

  it('says where an ambassador forwards, and who publishes that port', () => {
    const names = edgesOf(
      [
        'docker context create vm2',
        'docker --context vm2 run -d --name mysql -p 3306:3306 mysql',
        'docker run -d --name amb --expose 3306 -e MYSQL_PORT_3306_TCP=tcp://192.168.1.11:3306 svendowideit/ambassador',
      ].join('\n'),
    ).map((e) => e.ariaLabel)
    expect(names).toContain(
      'ambassador amb forwards port 3306 to 192.168.1.11:3306, published by mysql on vm2',
    )
  })
})

describe('edges of one kind between the same two cards', () => {
  it('are drawn as one, saying both', () => {
    const mounts = edgesOf(
      'docker run -d --name web -v data:/a -v data:/b:ro busybox sleep 1d',
    ).filter((e) => e.data?.kind === 'volume')
    expect(mounts).toHaveLength(1)
    expect(mounts[0]?.data?.label).toBe('/a (rw), /b (ro)')
    expect(mounts[0]?.ariaLabel).toBe(
      'web mounts volume data at /a; web mounts volume data at /b read-only',
    )
    expect(mounts[0]?.data?.meanings?.map((m) => m.kind === 'volume' && m.path)).toEqual([
      '/a',
      '/b',
    ])
  })
})
