// Published ports follow the endpoint that provides the container's gateway.
// Sources: moby v28.2.2 libnetwork/sandbox.go Endpoint.Less and default_gateway.go
// selectGatewayEndpoint (which endpoint is the gateway), libnetwork/endpoint.go sbJoin / sbLeave
// (revoke the old gateway's mappings, program the new one's), libnetwork/portallocator
// (ephemeral ports round-robin; errAllPortsAllocated), libnetwork/drivers/bridge
// (port_mapping_linux.go: defHostIP is the network's DefaultBindingIP, labels.go
// host_binding_ipv4; Join gives no gateway on an --internal network), daemon/daemon_unix.go
// initBridgeDriver (`dockerd --ip` is the default bridge's DefaultBindingIP only), and
// integration-cli/docker_cli_network_unix_test.go TestDockerNetworkConnectDisconnectWithPortMapping.
import { describe, expect, it } from 'vitest'
import {
  addHost,
  checkReach,
  connectContainer,
  createNetwork,
  disconnectContainer,
  publishedPorts,
  setDaemonOptions,
  startContainer,
  type PortMapping,
} from './index'
import { HOST, SLEEP, must, refused, World } from '../test/world'

function publish(hostPort: number, containerPort: number, hostPortEnd = hostPort): PortMapping {
  return { containerPort, proto: 'tcp', hostIp: '', hostPortStart: hostPort, hostPortEnd }
}

/** `docker port c PORT`'s IPv4 line, e.g. `0.0.0.0:32768`. */
function port(w: World, ref: string, containerPort: number): string {
  const b = w.get(ref).ports.find((p) => p.containerPort === containerPort)
  return b ? `${b.hostIp}:${b.hostPort}` : ''
}

function connect(w: World, net: string, ref: string, gwPriority?: number) {
  w.t = must(connectContainer(w.t, HOST, net, ref, gwPriority === undefined ? {} : { gwPriority }))
}

function disconnect(w: World, net: string, ref: string) {
  w.t = must(disconnectContainer(w.t, HOST, net, ref))
}

const c1 = {
  image: 'busybox',
  cmd: SLEEP,
  name: 'c1',
  publish: [publish(9000, 90), publish(0, 70)],
}

describe('ports when the gateway endpoint changes (moby TestDockerNetworkConnectDisconnectWithPortMapping)', () => {
  it('re-maps an ephemeral port, keeps an explicit one, and leaves both alone otherwise', () => {
    const w = new World()
    w.network('aaa')
    w.network('ccc')
    w.run(c1)
    const first = port(w, 'c1', 70)
    expect([first, port(w, 'c1', 90)]).toEqual(['0.0.0.0:32768', '0.0.0.0:9000'])
    // aaa sorts before bridge: it becomes the gateway.
    connect(w, 'aaa', 'c1')
    const second = port(w, 'c1', 70)
    expect(second).not.toBe(first)
    expect(port(w, 'c1', 90)).toBe('0.0.0.0:9000')
    disconnect(w, 'aaa', 'c1')
    const third = port(w, 'c1', 70)
    expect(third).not.toBe(second)
    expect(port(w, 'c1', 90)).toBe('0.0.0.0:9000')
    // ccc sorts after bridge: the gateway stays.
    connect(w, 'ccc', 'c1')
    expect(port(w, 'c1', 70)).toBe(third)
  })

  it('forwards the published ports to the gateway endpoint’s address', () => {
    const w = new World()
    w.network('aaa')
    w.run(c1)
    connect(w, 'aaa', 'c1')
    const fwd = publishedPorts(w.t, HOST).find((p) => p.binding.containerPort === 90)
    expect(fwd?.network.name).toBe('aaa')
    expect(fwd?.containerIp).toBe(w.ip('c1', 'aaa'))
  })

  it('lets --gw-priority pick the gateway over the name order', () => {
    const w = new World()
    w.network('zzz')
    w.run(c1)
    const before = port(w, 'c1', 70)
    connect(w, 'zzz', 'c1', 5)
    expect(port(w, 'c1', 70)).not.toBe(before)
    expect(publishedPorts(w.t, HOST)[0]?.network.name).toBe('zzz')
  })
})

describe('--internal networks give no gateway, so no published ports', () => {
  it('publishes nothing for a container only on an internal network', () => {
    const w = new World()
    w.network('int', { internal: true })
    w.run({ image: 'nginx', name: 'web', network: 'int', publish: [publish(8080, 80)] })
    expect(w.get('web').ports).toEqual([])
  })

  it('publishes its ports once it joins a normal network, and drops them when it leaves', () => {
    const w = new World()
    w.network('int', { internal: true })
    w.run({ image: 'nginx', name: 'web', network: 'int', publish: [publish(8080, 80)] })
    connect(w, 'bridge', 'web')
    expect(port(w, 'web', 80)).toBe('0.0.0.0:8080')
    disconnect(w, 'bridge', 'web')
    expect(w.get('web').ports).toEqual([])
  })
})

describe('com.docker.network.bridge.host_binding_ipv4', () => {
  function onLoopbackNet(): World {
    const w = new World()
    w.network('lo', { options: { 'com.docker.network.bridge.host_binding_ipv4': '127.0.0.1' } })
    w.run({ image: 'nginx', name: 'web', network: 'lo', publish: [publish(8080, 80)] })
    return w
  }

  it('binds a port published without an address there, with no [::] twin', () => {
    const b = onLoopbackNet().get('web').ports
    expect(b).toEqual([
      { containerPort: 80, proto: 'tcp', hostIp: '127.0.0.1', hostPort: 8080, ipv6: false },
    ])
  })

  it('keeps an address given with -p', () => {
    const w = new World()
    w.network('lo', { options: { 'com.docker.network.bridge.host_binding_ipv4': '127.0.0.1' } })
    const p = { ...publish(8080, 80), hostIp: '0.0.0.0' }
    w.run({ image: 'nginx', name: 'web', network: 'lo', publish: [p] })
    expect(port(w, 'web', 80)).toBe('0.0.0.0:8080')
  })

  it('is not reachable from another host', () => {
    const w = onLoopbackNet()
    w.t = must(addHost(w.t, 'hostb'))
    w.run({ image: 'busybox', name: 'client', cmd: SLEEP }, 'hostb')
    const v = checkReach(w.t, w.get('client', 'hostb'), w.get('web'))
    expect(v.ports.find((p) => p.port.port === 80)?.reachable).toBe(false)
  })

  it('refuses a value that is no IP address, as the bridge driver words it', () => {
    const r = createNetwork(new World().t, HOST, {
      name: 'bad',
      options: { 'com.docker.network.bridge.host_binding_ipv4': 'bogus' },
    })
    expect(refused(r)).toBe(
      'failed to parse com.docker.network.bridge.host_binding_ipv4 value: bogus (nil ip)',
    )
  })

  it('dockerd --ip sets it for the default bridge only', () => {
    const w = new World()
    w.t = must(setDaemonOptions(w.t, HOST, { ip: '127.0.0.1' }))
    w.network('app')
    w.run({ image: 'nginx', name: 'ca', publish: [publish(8080, 80)] })
    w.run({ image: 'nginx', name: 'cb', network: 'app', publish: [publish(8081, 80)] })
    expect([port(w, 'ca', 80), port(w, 'cb', 80)]).toEqual(['127.0.0.1:8080', '0.0.0.0:8081'])
  })
})

describe('host ports used up', () => {
  it('a -p range with no free port left says `all ports are allocated`', () => {
    const w = new World()
    w.run({ image: 'nginx', name: 'r1', publish: [publish(7000, 80, 7001)] })
    w.run({ image: 'nginx', name: 'r2', publish: [publish(7000, 80, 7001)] })
    const c = w.create({ image: 'nginx', name: 'r3', publish: [publish(7000, 80, 7001)] })
    const r = startContainer(w.t, c.id)
    expect(refused(r)).toMatch(
      /^failed to set up container networking: driver failed programming external connectivity on endpoint r3 \([0-9a-f]{64}\): all ports are allocated$/,
    )
  })

  it('a single port taken says `Bind for ... failed: port is already allocated`', () => {
    const w = new World()
    w.run({ image: 'nginx', name: 'ca', publish: [publish(8080, 80)] })
    const c = w.create({ image: 'nginx', name: 'cb', publish: [publish(8080, 80)] })
    expect(refused(startContainer(w.t, c.id))).toMatch(
      /: Bind for 0\.0\.0\.0:8080 failed: port is already allocated$/,
    )
  })

  it('on a connect that moves the gateway, the refusal is not wrapped and nothing changes', () => {
    const w = new World()
    w.t = must(setDaemonOptions(w.t, HOST, { ip: '127.0.0.2' }))
    w.network('aaa', { options: { 'com.docker.network.bridge.host_binding_ipv4': '10.0.0.1' } })
    w.run({
      image: 'nginx',
      name: 'holder',
      publish: [{ ...publish(8080, 80), hostIp: '10.0.0.1' }],
    })
    w.run({ image: 'nginx', name: 'ca', publish: [publish(8080, 80)] })
    expect(port(w, 'ca', 80)).toBe('127.0.0.2:8080')
    const before = w.t
    const r = connectContainer(w.t, HOST, 'aaa', 'ca')
    expect(refused(r)).toMatch(
      /^driver failed programming external connectivity on endpoint ca \([0-9a-f]{64}\): Bind for 10\.0\.0\.1:8080 failed: port is already allocated$/,
    )
    expect(w.t).toBe(before)
  })
})
