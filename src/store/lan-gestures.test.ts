// Macvlan and ipvlan networks from the palette, and what the canvas and inspector say of them.
import { describe, expect, it } from 'vitest'
import * as cli from '../cli/index'
import { createDocknetStore } from './store'
import { networkCard } from './card-view'
import { networkView } from './views'

const newStore = () => createDocknetStore(undefined, { cli })

const networkNamed = (store: ReturnType<typeof newStore>, host: string, name: string) => {
  const n = [...store.getState().shell.topology.networks.values()].find(
    (x) => x.host === host && x.name === name,
  )
  if (!n) throw new Error(`no network ${name} on ${host}`)
  return n
}

describe('a macvlan network dropped from the palette', () => {
  it("runs Docker's macvlan command on the host's own LAN, with a range of its own", async () => {
    const store = newStore()
    expect(
      await store
        .getState()
        .drop({ kind: 'lan', driver: 'macvlan', parent: 'eth0' }, [], { x: 40, y: 60 }),
    ).toBe(true)
    expect(store.getState().status).toBe(
      'docker network create -d macvlan --subnet 192.168.1.0/24 --gateway 192.168.1.1 --ip-range 192.168.1.32/27 -o parent=eth0 macvlan1',
    )
    expect(await store.getState().drop({ kind: 'host' }, [], { x: 900, y: 40 })).toBe(true)
    expect(
      await store
        .getState()
        .drop({ kind: 'lan', driver: 'ipvlan', parent: 'eth0' }, ['host:vm1'], { x: 940, y: 90 }),
    ).toBe(true)
    expect(store.getState().status).toBe(
      'docker --context vm1 network create -d ipvlan --subnet 192.168.1.0/24 --gateway 192.168.1.1 --ip-range 192.168.1.64/27 -o parent=eth0 ipvlan1',
    )
    expect(networkNamed(store, 'vm1', 'ipvlan1').driver).toBe('ipvlan')
  })

  it('quotes the parent as typed, and Docker refuses one the host does not have', async () => {
    const store = newStore()
    expect(
      await store
        .getState()
        .drop({ kind: 'lan', driver: 'macvlan', parent: 'eth1; ls' }, [], { x: 40, y: 60 }),
    ).toBe(false)
    expect(store.getState().status).toContain("-o 'parent=eth1; ls' macvlan1")
    expect(store.getState().shell.topology.networks.size).toBe(3)
  })

  it('shows its driver and parent on the card, and in the inspector who cannot reach it', async () => {
    const store = newStore()
    await store.getState().drop({ kind: 'lan', driver: 'macvlan', parent: 'eth0' }, [])
    const t = store.getState().shell.topology
    const n = networkNamed(store, 'default', 'macvlan1')
    expect(networkCard(n)).toMatchObject({
      note: 'macvlan',
      lines: [
        { kind: 'subnet', text: '192.168.1.0/24' },
        { kind: 'gateway', text: 'gw 192.168.1.1' },
        { kind: 'parent', text: 'parent eth0 · bridge' },
      ],
    })
    const lan = networkView(t, n.id)?.lan
    expect(lan?.summary).toBe('parent eth0 · bridge mode')
    expect(lan?.notes.join('\n')).toContain(
      'Host default cannot reach them, nor they it (its published ports, its host-network and bridge containers): they share its subnet',
    )
  })
})
