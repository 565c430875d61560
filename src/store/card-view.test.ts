import { describe, expect, it } from 'vitest'
import { runScript } from '../cli'
import { cardView } from './card-view'

const world = runScript(`dockerd --icc=false
docker network create --internal --subnet 10.9.0.0/24 back
docker run -d --name db --network back redis
docker run -d --name web -p 8080:80 nginx
docker run -d --name side --network container:web busybox sleep 99
docker run -d --name agent --network host busybox sleep 99
docker run -d --name alone --network none busybox sleep 99
docker volume create data`).state.topology

const container = (name: string) =>
  [...world.containers.values()].find((c) => c.name === name)?.id ?? ''
const texts = (kind: 'container' | 'network' | 'host' | 'volume', id: string) =>
  cardView(world, { kind, id })

describe('the card views the canvas and the export both draw', () => {
  it('a container: image, then its addresses or its mode, then its ports', () => {
    expect(texts('container', container('web'))).toEqual({
      title: 'web',
      note: '',
      state: 'running',
      lines: [
        { kind: 'image', text: 'nginx' },
        { kind: 'address', text: 'bridge 172.17.0.2' },
        { kind: 'ports', text: '-p 8080→80' },
      ],
    })
    expect(texts('container', container('side'))?.lines).toEqual([
      { kind: 'image', text: 'busybox' },
      { kind: 'mode', text: '--net=container:web' },
    ])
    // `docker run --network host` and `--network none`: no address of its own, the mode instead.
    expect(texts('container', container('agent'))?.lines[1]).toEqual({
      kind: 'mode',
      text: '--net=host',
    })
    expect(texts('container', container('alone'))?.lines[1]).toEqual({
      kind: 'mode',
      text: '--net=none',
    })
  })

  it('a network: subnet, then gateway and whether it is internal', () => {
    const back = [...world.networks.values()].find((n) => n.name === 'back')
    expect(texts('network', back?.id ?? '')).toEqual({
      title: 'back',
      note: 'bridge',
      lines: [
        { kind: 'subnet', text: '10.9.0.0/24' },
        { kind: 'gateway', text: 'gw 10.9.0.1 · internal' },
      ],
    })
  })

  it('a host: its LAN address and docker0 with its options', () => {
    expect(texts('host', 'default')).toEqual({
      title: 'default',
      note: '192.168.1.10',
      lines: [{ kind: 'daemon', text: 'docker0 172.17.0.1/16 · icc=false' }],
    })
  })

  it('is the same object while its records are, so a card renders again only on a change', () => {
    const id = container('web')
    expect(texts('container', id)).toBe(texts('container', id))
    expect(texts('volume', 'default/data')).toBe(texts('volume', 'default/data'))
  })
})
