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
      refusal: {
        code: 'rename-blocked',
        what: 'network',
        ties: [{ member: 'db', tie: { kind: 'linked-by', other: 'app' } }],
      },
    })
  })

  it('gives it another subnet: made again on it, its members given addresses there', () => {
    const s = world(
      'docker network create --subnet 10.5.0.0/24 --gateway 10.5.0.254 --ip-range 10.5.0.128/25 appnet',
      'docker run -d --name db --network appnet --network-alias database busybox sleep 1d',
    )
    const id = networkNamed(s.topology, 'appnet')!.id
    const g = renameNetworkGesture(s.topology, s.currentHost, id, 'appnet', '172.22.16.0/24')
    expect(g).toEqual({
      ok: true,
      lines: [
        'docker rm -f db',
        'docker network rm appnet',
        'docker network create --subnet 172.22.16.0/24 appnet',
        'docker run -d --name db --network appnet --network-alias database busybox sleep 1d',
      ],
    })
    const after = applied(s, g)
    const net = networkNamed(after.topology, 'appnet')
    expect(net).toMatchObject({ subnet: '172.22.16.0/24', gateway: '172.22.16.1' })
    expect(container(after, 'db')!.endpoints).toEqual([
      expect.objectContaining({ networkId: net!.id, aliases: ['database'], ip: '172.22.16.2' }),
    ])
    // The same subnet again, and the same name, change nothing.
    expect(renameNetworkGesture(s.topology, s.currentHost, id, 'appnet', '10.5.0.0/24')).toBeNull()
  })

  it('leaves Docker to refuse a member whose --ip lies outside the new subnet', () => {
    const s = world(
      'docker network create --subnet 10.5.0.0/24 appnet',
      'docker run -d --name db --network appnet --ip 10.5.0.9 busybox sleep 1d',
    )
    const id = networkNamed(s.topology, 'appnet')!.id
    const g = renameNetworkGesture(s.topology, s.currentHost, id, 'appnet', '172.22.16.0/24')
    expect(g?.ok && g.lines.at(-1)).toBe(
      'docker run -d --name db --network appnet --ip 10.5.0.9 busybox sleep 1d',
    )
  })
})
