// `docker run` with several --network flags and the long syntax (API 1.44+, docker/cli v28.2.2
// container/opts.go parseNetworkOpts): every network is attached; the first takes the legacy
// --network-alias/--ip; per-network alias, ip and gw-priority land on their endpoint; the
// highest gw-priority gives the default route (moby v28.2.2 libnetwork/sandbox.go Endpoint.Less).
import { describe, expect, it } from 'vitest'
import { publishedPorts } from '../../engine'
import { runScript } from '../index'

function last(script: string) {
  const e = runScript(script).entries.at(-1)
  if (!e) throw new Error('no command ran')
  return e
}

const NETS = [
  'docker network create n1',
  'docker network create n2',
  'docker network create --subnet 10.9.0.0/24 n3',
]

describe('docker run --network, more than once', () => {
  it('attaches every network, each with its own aliases', () => {
    const out = last(
      [
        ...NETS,
        'docker run -d --name web --network n1 --network-alias front --network name=n2,alias=back busybox sleep 1d',
        "docker inspect -f '{{range $k, $v := .NetworkSettings.Networks}}{{$k}}={{$v.Aliases}} {{end}}' web",
      ].join('\n'),
    ).stdout
    expect(out).toBe('n1=[front] n2=[back] \n')
  })

  it('gives a per-network static address and lets gw-priority choose the default route', () => {
    const script = [
      ...NETS,
      'docker run -d --name web --network n1 --network name=n3,ip=10.9.0.50,gw-priority=10 busybox sleep 1d',
    ]
    const ip = last(
      [...script, "docker inspect -f '{{.NetworkSettings.Networks.n3.IPAddress}}' web"].join('\n'),
    )
    expect(ip.stdout).toBe('10.9.0.50\n')
    // The published port is forwarded on the network that gives the default route.
    const published = [...script.slice(0, -1), script.at(-1)?.replace('-d', '-d -p 8080:80')]
    const { state } = runScript(published.join('\n'))
    expect(publishedPorts(state.topology, 'default')[0]?.network.name).toBe('n3')
  })

  it('refuses a per-network address outside the network, naming that network', () => {
    const e = last(
      [...NETS, 'docker run -d --network n1 --network name=n3,ip=10.8.0.5 busybox'].join('\n'),
    )
    expect(e.exitCode).toBe(125)
    expect(e.stderr).toContain('invalid config for network n3: invalid endpoint settings:')
  })
})
