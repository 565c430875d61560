import { describe, expect, it } from 'vitest'
import type { ShellState } from '../cli/index'
import type { Topology } from '../engine'
import { applied, containerNamed, world } from './testing-gestures'
import { renameNetworkGesture } from './rename-gestures'

const networkNamed = (t: Topology, name: string) =>
  [...t.networks.values()].find((n) => n.name === name)
const container = containerNamed

function renamed(s: ShellState, from: string, to: string): ShellState {
  const id = networkNamed(s.topology, from)!.id
  return applied(s, renameNetworkGesture(s.topology, s.currentHost, id, to))
}

describe('renaming a network from the canvas', () => {
  it('makes it again with its options, its members on it with their aliases and addresses', () => {
    const s = world(
      'docker network create --subnet 10.5.0.0/24 --label team=web --internal appnet',
      'docker network create other',
      'docker run -d --name db --network appnet --network-alias database --ip 10.5.0.9 busybox sleep 1d',
      'docker run -d --name web --network other busybox sleep 1d',
      'docker network connect --alias api appnet web',
    )
    const after = renamed(s, 'appnet', 'backend')
    const net = networkNamed(after.topology, 'backend')
    expect(networkNamed(after.topology, 'appnet')).toBeUndefined()
    expect(net).toMatchObject({ subnet: '10.5.0.0/24', internal: true, labels: { team: 'web' } })
    const db = container(after, 'db')!
    expect(db.endpoints).toEqual([
      expect.objectContaining({ networkId: net!.id, aliases: ['database'], ip: '10.5.0.9' }),
    ])
    const web = container(after, 'web')!
    expect(web.endpoints.map((e) => after.topology.networks.get(e.networkId)?.name)).toEqual([
      'other',
      'backend',
    ])
    expect(web.endpoints[1]?.aliases).toEqual(['api'])
  })

  it('refuses, saying why, when a container outside would lose a link', () => {
    const s = world(
      'docker network create appnet',
      'docker run -d --name db busybox sleep 1d',
      'docker network connect appnet db',
      'docker run -d --name app --link db busybox sleep 1d',
    )
    const g = renameNetworkGesture(
      s.topology,
      s.currentHost,
      networkNamed(s.topology, 'appnet')!.id,
      'x',
    )
    expect(g).toEqual({
      ok: false,
      reason:
        'Docker cannot rename a network: it is made again with its containers, but db: app links to it.',
    })
  })
})
