import { describe, expect, it } from 'vitest'
import { runScript } from '../cli'
import { hostView, networkView, volumeView } from './views'

describe('host and network views for the inspector', () => {
  it('lists a published port with its docker-proxy and its DNAT rule (docker-semantics 11.3)', () => {
    const { state } = runScript('docker run -d --name web -p 8080:80 nginx')
    const view = hostView(state.topology, 'default')
    expect(view?.daemon).toEqual(['--icc=true', '--ip=0.0.0.0', '--bip=172.17.0.1/16'])
    const web = view?.published.find((p) => p.mapping === '0.0.0.0:8080 -> 172.17.0.2:80/tcp')
    expect(web?.container).toBe('web')
    expect(web?.proxies[0]).toContain(
      'docker-proxy -proto tcp -host-ip 0.0.0.0 -host-port 8080 -container-ip 172.17.0.2 -container-port 80',
    )
    expect(web?.rules).toContain(
      '-t nat -A DOCKER ! -i docker0 -p tcp -m tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:80',
    )
  })

  it('shows each member of a network with its address, static IP and aliases', () => {
    const { state } = runScript(`docker network create --subnet 172.22.16.0/24 my_net2
docker run -dit --name bbox1 --network my_net2 --ip 172.22.16.10 --network-alias one busybox
docker run -dit --name bbox2 --network my_net2 busybox`)
    const net = [...state.topology.networks.values()].find((n) => n.name === 'my_net2')
    const view = networkView(state.topology, net?.id ?? '')
    expect(view?.members).toEqual([
      { container: 'bbox1', host: 'default', ip: '172.22.16.10', aliases: ['one'], staticIp: true },
      { container: 'bbox2', host: 'default', ip: '172.22.16.2', aliases: [], staticIp: false },
    ])
  })

  it('lists who mounts a volume, --volumes-from and read-only mounts included', () => {
    const { state } = runScript(`docker volume create shared
docker run -dit --name leader -v shared:/leader busybox
docker run -dit --name follower --volumes-from leader busybox
docker run -dit --name reader -v shared:/data:ro busybox`)
    expect(volumeView(state.topology, 'default/shared')?.mounts).toEqual([
      { container: 'leader', path: '/leader', mode: 'rw' },
      { container: 'follower', path: '/leader', mode: 'rw' },
      { container: 'reader', path: '/data', mode: 'ro' },
    ])
  })
})
