// macvlan through the docker CLI: what `network ls`, `network inspect`, `inspect`, `ps`, `port`
// and commands run inside the containers print (Engine 28; moby v28.2.2 libnetwork/drivers/macvlan,
// daemon/network.go buildIPAMResources and getEndpointPortMapInfo, api/types/network/ipam.go).
import { describe, expect, it } from 'vitest'
import { runScript } from './index'

const SETUP = `docker network create -d macvlan --subnet 192.168.1.0/24 --gateway 192.168.1.1 -o parent=eth0 lan
docker context create vm2 --docker host=tcp://192.168.1.11:2375
docker --context vm2 network create -d macvlan --subnet 192.168.1.0/24 --gateway 192.168.1.1 -o parent=eth0 lan
docker run -d --name web --network lan --ip 192.168.1.50 -p 8080:80 nginx
docker run -d --name peer --network lan --ip 192.168.1.51 busybox sleep 1d
docker run -d --name mine busybox sleep 1d
docker --context vm2 run -d --name far busybox sleep 1d`

/** The output of the commands after SETUP, which must all have gone through. */
function after(script: string) {
  const { entries } = runScript(`${SETUP}\n${script}`)
  const setup = entries.slice(0, SETUP.split('\n').length)
  expect(setup.filter((e) => e.exitCode !== 0)).toEqual([])
  return entries.slice(setup.length)
}

describe('a macvlan network through the docker CLI', () => {
  it('is listed with its driver and local scope', () => {
    const [ls] = after('docker network ls --format "{{.Name}} {{.Driver}} {{.Scope}}"')
    expect(ls?.stdout).toBe(
      'bridge bridge local\nhost host local\nlan macvlan local\nnone null local\n',
    )
  })

  it('shows its driver, subnet, gateway and parent in inspect', () => {
    const [i] = after(
      `docker network inspect -f '{{.Driver}} {{json .IPAM.Config}} {{json .Options}}' lan`,
    )
    expect(i?.stdout).toBe(
      'macvlan [{"Subnet":"192.168.1.0/24","Gateway":"192.168.1.1"}] {"parent":"eth0"}\n',
    )
  })

  it('leaves an empty gateway out of IPAM.Config (json omitempty): ipvlan l3 has none', () => {
    const [, i] =
      after(`docker network create -d ipvlan --subnet 10.6.0.0/24 -o ipvlan_mode=l3 -o parent=eth0.20 l3
docker network inspect -f '{{json .IPAM.Config}} {{json .Options}}' l3`)
    expect(i?.stdout).toBe('[{"Subnet":"10.6.0.0/24"}] {"ipvlan_mode":"l3","parent":"eth0.20"}\n')
  })

  it("gives the container a LAN address, its own MAC and the LAN's gateway", () => {
    const [i] = after(
      `docker inspect -f '{{range .NetworkSettings.Networks}}{{.IPAddress}} {{.Gateway}} {{.MacAddress}}{{end}} {{.HostConfig.NetworkMode}}' web`,
    )
    expect(i?.stdout).toMatch(/^192\.168\.1\.50 192\.168\.1\.1 ([0-9a-f]{2}:){5}[0-9a-f]{2} lan\n$/)
  })

  it('publishes no port: -p is accepted, but ps, port and inspect show none', () => {
    const [ps, port, ports] = after(`docker ps --format '{{.Names}}:{{.Ports}}'
docker port web
docker inspect -f '{{json .NetworkSettings.Ports}} {{json .HostConfig.PortBindings}}' web`)
    expect(ps?.stdout).toBe('mine:\npeer:\nweb:\n')
    expect(port?.stdout).toBe('')
    expect(ports?.stdout).toBe('{} {"80/tcp":[{"HostIp":"","HostPort":"8080"}]}\n')
  })

  it('answers names on the network from the embedded DNS', () => {
    const [ns, conf] = after(`docker exec peer nslookup web
docker exec peer cat /etc/resolv.conf`)
    expect(ns?.stdout).toContain('Address: 192.168.1.50')
    expect(conf?.stdout).toContain('nameserver 127.0.0.11')
  })

  it('lets another host reach the container, and not its own host', () => {
    const [fromFar, fromMine, fromPeer, toHost] =
      after(`docker --context vm2 exec far wget -q -T 2 -O- 192.168.1.50
docker exec mine wget -q -T 2 -O- 192.168.1.50
docker exec peer wget -q -T 2 -O- 192.168.1.50
docker exec peer ping -c 1 -W 1 192.168.1.10`)
    expect(fromFar?.exitCode).toBe(0)
    expect(fromFar?.stdout).toContain('Welcome to nginx!')
    expect(fromMine?.stderr).toBe('wget: download timed out\n')
    expect(fromMine?.exitCode).toBe(1)
    expect(fromPeer?.exitCode).toBe(0)
    expect(toHost?.stdout).toContain('1 packets transmitted, 0 packets received, 100% packet loss')
    expect(toHost?.exitCode).toBe(1)
  })

  it('shows, inside, an interface linked to the parent; an ipvlan one with the parent’s MAC', () => {
    const [, , ip, web] =
      after(`docker network create -d ipvlan --subnet 10.20.0.0/24 -o parent=eth0 iv
docker run -d --name c1 --network iv busybox sleep 1d
docker exec c1 ip addr show eth0
docker exec web ip addr show eth0`)
    expect(ip?.stdout).toMatch(/^\d+: eth0@if2: /)
    expect(ip?.stdout).toContain('link/ether 52:54:00:12:34:56 brd ff:ff:ff:ff:ff:ff')
    expect(ip?.stdout).toContain('inet 10.20.0.2/24')
    expect(web?.stdout).toMatch(/^\d+: eth0@if2: /)
    expect(web?.stdout).not.toContain('52:54:00:12:34:56')
  })
})
