// Published ports as the client shows them when a network decides where they bind.
// Sources: moby v28.2.2 libnetwork/drivers/bridge/port_mapping_linux.go (defHostIP, no [::]
// twin for a specific IPv4 default), labels.go (host_binding_ipv4), bridge_linux.go parseErr;
// docker/cli v28.2.2 cli/command/container/port.go (net.JoinHostPort: IPv6 in brackets).
import { describe, expect, it } from 'vitest'
import { runScript } from '../index'

function outputs(script: string) {
  return runScript(script).entries.map((e) => e.stdout + e.stderr)
}

const LOOPBACK = `docker network create -o com.docker.network.bridge.host_binding_ipv4=127.0.0.1 lo
docker run -d --name web --network lo -p 8080:80 nginx`

describe('-o com.docker.network.bridge.host_binding_ipv4', () => {
  it('binds -p without an address there: docker port, ps PORTS and inspect agree', () => {
    const [, , port, ps, inspect] = outputs(`${LOOPBACK}
docker port web
docker ps --format '{{.Ports}}'
docker inspect -f '{{json .NetworkSettings.Ports}}' web`)
    expect(port).toBe('80/tcp -> 127.0.0.1:8080\n')
    expect(ps).toBe('127.0.0.1:8080->80/tcp\n')
    expect(inspect).toBe('{"80/tcp":[{"HostIp":"127.0.0.1","HostPort":"8080"}]}\n')
  })

  it('refuses a value that is no address', () => {
    expect(
      outputs('docker network create -o com.docker.network.bridge.host_binding_ipv4=bogus n')[0],
    ).toBe(
      'Error response from daemon: failed to parse com.docker.network.bridge.host_binding_ipv4 value: bogus (nil ip)\n',
    )
  })
})

describe('ports across a change of gateway, through the CLI', () => {
  it('network connect to a network sorting before bridge re-maps -p 70 but not -p 9000:90', () => {
    const out = outputs(`docker network create aaa
docker run -d --name c1 -p 9000:90 -p 70 busybox top
docker port c1 70
docker network connect aaa c1
docker port c1 70
docker port c1 90`)
    expect(out[2]).toBe('0.0.0.0:32768\n[::]:32768\n')
    expect(out[4]).toBe('0.0.0.0:32769\n[::]:32769\n')
    expect(out[5]).toBe('0.0.0.0:9000\n[::]:9000\n')
  })

  it('an internal-only container publishes its ports once connected to a normal network', () => {
    const out = outputs(`docker network create --internal int
docker run -d --name web --network int -p 8080:80 nginx
docker port web
docker network connect bridge web
docker port web`)
    expect(out[2]).toBe('')
    expect(out[4]).toBe('80/tcp -> 0.0.0.0:8080\n80/tcp -> [::]:8080\n')
  })
})

describe('docker port', () => {
  it('writes an IPv6 host address in brackets', () => {
    expect(outputs('docker run -d --name web -p [::1]:8080:80 nginx\ndocker port web')[1]).toBe(
      '80/tcp -> [::1]:8080\n',
    )
  })
})
