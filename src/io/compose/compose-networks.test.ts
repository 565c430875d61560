// A service on several networks, as Compose v2 attaches it: compose-go's NetworksByPriority
// orders them by `priority` (highest first), then by key, and the first is the primary network
// the container is created on; `gw_priority` becomes the endpoint's GwPriority (API 1.48).
// Also `tty` and `stdin_open`, which become Config.Tty and Config.OpenStdin.
import { describe, expect, it } from 'vitest'
import { runScript } from '../../cli'
import type { Topology } from '../../engine'
import { composeCommands } from './compose'
import { composeFiles } from './export'

function up(yaml: string): Topology {
  const r = composeCommands(yaml, 'shop/compose.yaml')
  if (!r.ok) throw new Error(r.error)
  const run = runScript(r.lines.join('\n'))
  for (const e of run.entries) expect(e.stderr, e.command).toBe('')
  return run.state.topology
}

/** The container's networks, primary first, with each endpoint's gateway priority. */
function networksOf(t: Topology, name: string): string[] {
  const c = [...t.containers.values()].find((x) => x.name === name)
  return (c?.endpoints ?? []).map(
    (e) => `${t.networks.get(e.networkId)?.name}:${e.gwPriority ?? 0}`,
  )
}

const TWO_NETS = `
networks: { zeta: {}, alpha: {} }
services:
  web:
    image: nginx
`

describe('a service on several networks', () => {
  it('is created on the first by key, then connected to the others', () => {
    const t = up(`${TWO_NETS}    networks: [zeta, alpha]\n`)
    expect(networksOf(t, 'shop-web-1')).toEqual(['shop_alpha:0', 'shop_zeta:0'])
  })

  it('puts the highest priority first', () => {
    const t = up(`${TWO_NETS}    networks:\n      zeta: { priority: 10 }\n      alpha: {}\n`)
    expect(networksOf(t, 'shop-web-1')).toEqual(['shop_zeta:0', 'shop_alpha:0'])
  })

  it('gives each endpoint its gw_priority, on the primary network and on the others', () => {
    const t = up(
      `${TWO_NETS}    networks:\n      zeta: { gw_priority: 2 }\n      alpha: { gw_priority: 5 }\n`,
    )
    expect(networksOf(t, 'shop-web-1')).toEqual(['shop_alpha:5', 'shop_zeta:2'])
  })

  it('exports an order that is not the keys order with priorities that give it back', () => {
    const t = up(`${TWO_NETS}    networks:\n      zeta: { priority: 10 }\n      alpha: {}\n`)
    const r = composeFiles(t)
    if (!r.ok) throw new Error(r.error)
    const text = r.files[0]?.text ?? ''
    expect(text).toContain('priority: 2')
    expect(networksOf(up(text), 'shop-web-1')).toEqual(['shop_zeta:0', 'shop_alpha:0'])
  })
})

describe('tty and stdin_open', () => {
  it('become a terminal and an open stdin, and export back', () => {
    const t = up('services:\n  sh:\n    image: alpine\n    stdin_open: true\n    tty: true\n')
    const c = [...t.containers.values()][0]
    expect([c?.interactive, c?.tty]).toEqual([true, true])
    const r = composeFiles(t)
    if (!r.ok) throw new Error(r.error)
    expect(r.files[0]?.text).toMatch(/stdin_open: true\n\s+tty: true/)
  })
})

describe('per-network keys Docknet does not simulate', () => {
  it('are named with their line, not dropped without a word', () => {
    const r = composeCommands(
      `${TWO_NETS}    networks:\n      alpha:\n        mac_address: 02:42:ac:11:00:02\n        interface_name: eth7\n`,
      'shop/compose.yaml',
    )
    if (!r.ok) throw new Error(r.error)
    expect(r.notes).toEqual([
      'compose.yaml: services.web.networks.alpha.mac_address (line 8): not simulated, ignored.',
      'compose.yaml: services.web.networks.alpha.interface_name (line 9): not simulated, ignored.',
    ])
  })
})

describe('external networks and volumes', () => {
  it('are named as declared, without the project prefix, and said to be made here', () => {
    const r = composeCommands(
      'services:\n  web:\n    image: nginx\n    networks: [edge]\n    volumes: [certs:/certs]\nnetworks:\n  edge: { external: true }\nvolumes:\n  certs: { external: true }\n',
      'shop/compose.yaml',
    )
    if (!r.ok) throw new Error(r.error)
    expect(r.lines).toContain('docker network create edge')
    expect(r.lines).toContain('docker volume create certs')
    expect(r.lines.at(-1)).toContain('-v certs:/certs')
    expect(r.notes).toContain(
      'compose.yaml: volumes.certs.external (line 9): external: made here as it would already exist.',
    )
  })

  it('and the keys of a declaration it does not make are named with their line', () => {
    const r = composeCommands(
      'services:\n  web:\n    image: nginx\n    networks: [back]\nnetworks:\n  back:\n    enable_ipv4: false\n    ipam:\n      driver: custom\n      config:\n        - subnet: 10.5.0.0/24\n          aux_addresses: { host1: 10.5.0.9 }\n',
      'shop/compose.yaml',
    )
    if (!r.ok) throw new Error(r.error)
    expect(r.notes).toEqual([
      'compose.yaml: networks.back.enable_ipv4 (line 7): not simulated, not kept.',
      'compose.yaml: networks.back.ipam.driver (line 9): not simulated, not kept.',
      'compose.yaml: networks.back.ipam.config.0.aux_addresses (line 12): not simulated, not kept.',
    ])
  })
})
