// Docker's IPAM for a macvlan network knows only its own daemon's containers: the same network
// on two hosts hands out the same addresses, and nothing keeps it off the hosts' own addresses.
import { describe, expect, it } from 'vitest'
import { runScript } from '../cli'
import { diagnosticText } from './diagnostic-text'
import { diagnostics } from './diagnostics'

const TWO_HOSTS = `docker context create vm2 --docker host=tcp://192.168.1.11:2375
docker network create -d macvlan --subnet 192.168.1.0/24 --gateway 192.168.1.1 -o parent=eth0 lan
docker --context vm2 network create -d macvlan --subnet 192.168.1.0/24 --gateway 192.168.1.1 -o parent=eth0 lan`

const warnings = (script: string) =>
  diagnostics(runScript(`${TWO_HOSTS}\n${script}`).state.topology)
    .filter((d) => d.severity === 'warning')
    .map((d) => diagnosticText(d.fact))

describe('LAN address clashes', () => {
  it('warns when two hosts’ macvlan networks hand out the same address', () => {
    expect(
      warnings(`docker run -d --name a1 --network lan busybox sleep 1d
docker --context vm2 run -d --name b1 --network lan busybox sleep 1d`),
    ).toEqual([
      "b1 holds 192.168.1.2 on macvlan network lan, which a1 on default holds on the LAN too: Docker's IPAM knows only this daemon's containers (give each host's network its own --ip-range).",
    ])
  })

  it('warns when a container takes a host’s own address', () => {
    expect(
      warnings('docker run -d --name a1 --network lan --ip 192.168.1.11 busybox sleep 1d'),
    ).toEqual([
      "a1 holds 192.168.1.11 on macvlan network lan, which host vm2 holds on the LAN too: Docker's IPAM knows only this daemon's containers (give each host's network its own --ip-range).",
    ])
  })

  it('says nothing when the addresses differ', () => {
    expect(
      warnings(`docker run -d --name a1 --network lan --ip 192.168.1.50 busybox sleep 1d
docker --context vm2 run -d --name b1 --network lan --ip 192.168.1.60 busybox sleep 1d`),
    ).toEqual([])
  })
})
