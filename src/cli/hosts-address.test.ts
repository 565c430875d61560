import { describe, expect, it } from 'vitest'
import { runScript } from './index'

const run = (script: string) => runScript(script).entries

// Users write their own VMs' addresses (the issue's `docker context create vm1 --docker
// host=tcp://10.0.0.11:2375`); hosts on other subnets reach each other through a router.
describe('hosts on any routable address', () => {
  it('a host at 10.0.0.11 is created and its published port is reached from the default host', () => {
    const entries = run(`docker context create vm1 --docker host=tcp://10.0.0.11:2375
docker --context vm1 run -d --name db -p 5432:5432 postgres
docker run --rm busybox nc -z -w 2 10.0.0.11 5432`)
    expect(entries[0]?.stderr).toBe('Successfully created context "vm1"\n')
    expect(entries.map((e) => e.exitCode)).toEqual([0, 0, 0])
  })

  it.each(['127.0.0.1', '0.0.0.0', '224.0.0.5', '255.255.255.255'])(
    'refuses %s, which no host can have',
    (ip) => {
      const [e] = run(`docker context create vm1 --docker host=tcp://${ip}:2375`)
      expect(e?.stderr).toContain(`host address ${ip} is not a routable IPv4 address`)
      expect(e?.exitCode).toBe(1)
    },
  )

  it("skips the local address pools that hold the host's own address", () => {
    const entries = run(`docker context create vm1 --docker host=tcp://172.18.0.9:2375
docker --context vm1 network create back
docker --context vm1 network inspect -f '{{range .IPAM.Config}}{{.Subnet}}{{end}}' back
docker network create front
docker network inspect -f '{{range .IPAM.Config}}{{.Subnet}}{{end}}' front`)
    expect(entries[2]?.stdout).toBe('172.19.0.0/16\n')
    // Another host's address is no route of this one.
    expect(entries[4]?.stdout).toBe('172.18.0.0/16\n')
  })
})
