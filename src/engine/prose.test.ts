/**
 * The Chinese prose covers every blocker, unresolved name, hop, route and piece of evidence,
 * in Chinese: no Latin word but Docker's own (flags, commands, files, `icc`, `DNAT`) and the
 * fixtures' names. English stays the engine's own functions, unchanged.
 */
import { describe, expect, it } from 'vitest'
import type { Asked, Evidence, WhyReason } from './ask'
import type { DnsAnswer, DnsSource, Unresolved } from './dns'
import { englishProse } from './prose'
import { chineseProse } from './prose.zh'
import type { Blocker, Hop } from './reach-hops'
import type { Route } from './reach-routes'
import type { ReachVerdict } from './reachability'
import * as reach from './reach-text'
import * as why from './why-text'
import type { WalkStep } from './walk'

const web = { id: 'c1', name: 'web' }
const db = { id: 'c2', name: 'db' }
const net = { id: 'n1', name: 'appnet' }
const at = (address: string, port: number | null = 80) => ({ address, port })

/** Names and Docker's own words the Chinese keeps as they are. */
const KEPT = new Set([
  // the fixtures' names
  ...['web', 'db', 'appnet', 'h1', 'h2', 'eth0'],
  // Docker's and the kernel's words, flags and files
  ...['icc', 'false', 'link', 'network', 'none', 'container', 'add', 'host', 'ADDRESS'],
  ...['docker', 'proxy', 'port', 'DNAT', 'socat', 'tcp', 'udp', 'DNS', 'MASQUERADE'],
  ...['etc', 'hosts', 'resolv', 'conf', 'nameserver', 'iptables', 'Docker'],
  ...['macvlan', 'ipvlan', 'bridge', 'vepa', 'private', 'docker0', 'p'],
  // the pattern's name, as the Chinese seeds and lessons write it
  'ambassador',
  // the iptables rule quoted as the host lists it
  ...['A', 'FORWARD', 'i', 'o', 'j', 'DROP'],
])

function latinWords(text: string): string[] {
  return (text.match(/[A-Za-z][A-Za-z0-9_]*/g) ?? []).filter((w) => !KEPT.has(w))
}

function expectChinese(text: string): void {
  expect(text).toMatch(/[\u4e00-\u9fff]/)
  expect(latinWords(text), text).toEqual([])
}

const blockers: { readonly [C in Blocker['code']]: Extract<Blocker, { code: C }>[] } = {
  'not-running': [{ code: 'not-running', params: { container: db } }],
  'none-network': [{ code: 'none-network', params: { container: db } }],
  'icc-disabled': [{ code: 'icc-disabled', params: { network: net } }],
  'icc-link-ports': [{ code: 'icc-link-ports', params: { container: db, port: 5432 } }],
  'not-listening': [{ code: 'not-listening', params: { container: db, port: 5432 } }],
  'not-listening-at': [{ code: 'not-listening-at', params: { address: '172.18.0.3', port: 5432 } }],
  'no-route-out': [{ code: 'no-route-out', params: { container: web, internal: null } }],
  'not-published': [{ code: 'not-published', params: { port: 8080, host: 'h2' } }],
  'no-shared-network': [
    { code: 'no-shared-network', params: { container: db, host: null, publishes: true } },
    { code: 'no-shared-network', params: { container: db, host: 'h2', publishes: false } },
  ],
  'no-route': [{ code: 'no-route', params: { container: web, address: '10.0.0.9' } }],
  'parent-isolation': [
    {
      code: 'parent-isolation',
      params: {
        host: 'h1',
        container: db,
        address: '192.168.1.50',
        network: net,
        driver: 'macvlan',
        parent: 'eth0',
      },
    },
  ],
  'siblings-isolated': [
    {
      code: 'siblings-isolated',
      params: { network: net, driver: 'macvlan', mode: 'private', flag: null },
    },
    {
      code: 'siblings-isolated',
      params: { network: net, driver: 'ipvlan', mode: 'bridge', flag: 'vepa' },
    },
  ],
}

const unresolved: { readonly [C in Unresolved['code']]: Extract<Unresolved, { code: C }>[] } = {
  'none-network': [{ code: 'none-network', params: { container: web } }],
  'host-network': [{ code: 'host-network', params: { container: web } }],
  'default-bridge': [
    { code: 'default-bridge', params: { target: db } },
    { code: 'default-bridge', params: { target: null } },
  ],
  'no-shared-network': [
    { code: 'no-shared-network', params: { container: db, from: web, defaultBridge: true } },
    { code: 'no-shared-network', params: { container: db, from: web, defaultBridge: false } },
  ],
  'other-host': [{ code: 'other-host', params: { container: db, host: 'h2' } }],
  'not-running': [{ code: 'not-running', params: { container: db } }],
  'no-such-name': [{ code: 'no-such-name', params: { name: 'db' } }],
}

const hops: { readonly [K in Hop['kind']]: Extract<Hop, { kind: K }>[] } = {
  'same-namespace': [
    {
      kind: 'same-namespace',
      rule: 'joined-namespace',
      from: web,
      to: db,
      owner: db,
      target: at('127.0.0.1'),
    },
    {
      kind: 'same-namespace',
      rule: 'loopback',
      from: web,
      to: db,
      owner: db,
      target: at('127.0.0.1'),
    },
  ],
  network: [
    {
      kind: 'network',
      rule: 'icc',
      network: net,
      defaultBridge: false,
      from: web,
      to: db,
      target: at('172.18.0.3'),
      openPorts: null,
    },
    {
      kind: 'network',
      rule: 'link-accept',
      network: net,
      defaultBridge: true,
      from: web,
      to: db,
      target: at('172.17.0.3'),
      openPorts: [5432],
    },
    {
      kind: 'network',
      rule: 'link-accept',
      network: net,
      defaultBridge: true,
      from: web,
      to: db,
      target: at('172.17.0.3'),
      openPorts: [],
    },
  ],
  'host-loopback': [
    {
      kind: 'host-loopback',
      rule: 'host-network',
      host: 'h1',
      from: web,
      to: db,
      target: at('127.0.0.1'),
    },
  ],
  'host-to-bridge': [
    {
      kind: 'host-to-bridge',
      rule: 'host-network',
      host: 'h1',
      from: web,
      to: db,
      network: net,
      subnet: '172.18.0.0/16',
      target: at('172.18.0.3'),
    },
  ],
  'host-network': [
    {
      kind: 'host-network',
      rule: 'host-network',
      host: 'h2',
      to: db,
      via: 'lan',
      target: at('192.168.1.20'),
    },
    {
      kind: 'host-network',
      rule: 'host-network',
      host: 'h1',
      to: db,
      via: 'gateway',
      target: at('172.17.0.1'),
    },
    {
      kind: 'host-network',
      rule: 'host-network',
      host: 'h1',
      to: db,
      via: 'loopback',
      target: at('127.0.0.1'),
    },
  ],
  lan: [{ kind: 'lan', rule: 'router', from: 'h1', to: 'h2', target: at('192.168.2.20') }],
  published: [
    {
      kind: 'published',
      rule: 'docker-proxy',
      host: 'h2',
      container: db,
      hostIp: '0.0.0.0',
      proto: 'tcp',
      before: { address: '192.168.1.20', port: 8080 },
      after: { address: '172.17.0.2', port: 80 },
    },
  ],
  ambassador: [
    {
      kind: 'ambassador',
      rule: 'socat',
      container: web,
      listen: 5432,
      target: { address: '192.168.1.20', port: 5432 },
    },
  ],
  siblings: [
    {
      kind: 'siblings',
      rule: 'lan-mode',
      network: net,
      driver: 'macvlan',
      parent: 'eth0',
      mode: 'bridge',
      flag: null,
      from: web,
      to: db,
      target: at('192.168.1.51'),
    },
    {
      kind: 'siblings',
      rule: 'lan-mode',
      network: net,
      driver: 'ipvlan',
      parent: 'eth0',
      mode: 'l2',
      flag: 'bridge',
      from: web,
      to: db,
      target: at('192.168.1.51'),
    },
  ],
  wire: [
    {
      kind: 'wire',
      rule: 'own-wire',
      from: web,
      fromHost: 'h1',
      fromNetwork: net,
      to: db,
      network: net,
      driver: 'macvlan',
      host: 'h2',
      parent: 'eth0',
      target: at('192.168.1.51'),
    },
    {
      kind: 'wire',
      rule: 'router',
      from: web,
      fromHost: 'h1',
      fromNetwork: null,
      to: db,
      network: net,
      driver: 'macvlan',
      host: 'h2',
      parent: 'eth0',
      target: at('192.168.1.51'),
    },
    {
      kind: 'wire',
      rule: 'lan',
      from: web,
      fromHost: 'h1',
      fromNetwork: null,
      to: db,
      network: net,
      driver: 'macvlan',
      host: 'h2',
      parent: 'eth0',
      target: at('192.168.1.51'),
    },
  ],
}

const allHops = Object.values(hops).flat() as Hop[]

const routeKinds: { readonly [K in Route['kind']]: null } = {
  loopback: null,
  bridge: null,
  'host-to-bridge': null,
  'to-host-network': null,
  published: null,
  ambassador: null,
  lan: null,
}

const evidence: { readonly [K in Evidence['kind']]: Extract<Evidence, { kind: K }>[] } = {
  'hosts-line': [{ kind: 'hosts-line', container: web, line: '172.17.0.3\tdb' }],
  'dns-answer': [{ kind: 'dns-answer', network: 'appnet', name: 'db', addresses: ['172.18.0.3'] }],
  'resolv-conf': [{ kind: 'resolv-conf', container: web, nameservers: ['8.8.8.8'] }],
  iptables: [
    {
      kind: 'iptables',
      host: 'h1',
      bridge: 'docker0',
      rule: '-A FORWARD -i docker0 -o docker0 -j DROP',
    },
  ],
  published: [
    { kind: 'published', container: db, host: 'h1', bindings: ['80/tcp -> 0.0.0.0:8080'] },
    { kind: 'published', container: db, host: 'h1', bindings: [] },
  ],
  listening: [
    { kind: 'listening', container: db, ports: [5432] },
    { kind: 'listening', container: db, ports: [] },
  ],
}

function asked(over: Partial<Asked>): Asked {
  return {
    from: web,
    name: 'db',
    port: 5432,
    reachable: false,
    resolution: null,
    address: '172.18.0.3',
    target: db,
    hops: [],
    reasons: [],
    evidence: [],
    instead: [],
    ...over,
  }
}

describe('the Chinese prose', () => {
  it.each(Object.values(blockers).flat() as Blocker[])('words blocker $code in Chinese', (b) => {
    expectChinese(chineseProse.blockerText(b))
    expect(englishProse.blockerText(b)).toBe(reach.blockerText(b))
  })

  it.each(Object.values(unresolved).flat() as Unresolved[])(
    'words unresolved $code in Chinese',
    (u) => {
      expectChinese(chineseProse.unresolvedText('db', u))
      const dns: WhyReason = { kind: 'dns', cause: u }
      expectChinese(chineseProse.whyText(asked({ reasons: [dns] })))
    },
  )

  it.each(allHops)('words hop $kind ($rule) in Chinese, line for line as English', (hop) => {
    const zh = chineseProse.routeLines([hop])
    expect(zh).toHaveLength(reach.routeLines([hop]).length)
    for (const line of zh) expectChinese(line)
  })

  it('words hops after an ambassador briefly, as English does', () => {
    const ambassador = hops.ambassador[0] as Hop
    const after = [ambassador, ...hops.published, hops['host-network'][0] as Hop]
    const zh = chineseProse.routeLines(after)
    expect(zh).toHaveLength(reach.routeLines(after).length)
    for (const line of zh) expectChinese(line)
  })

  it.each(Object.keys(routeKinds) as Route['kind'][])('titles a %s route in Chinese', (kind) => {
    for (const scope of [
      { onlyPorts: [5432], targetPort: null },
      { onlyPorts: [], targetPort: null },
      { onlyPorts: null, targetPort: 80 },
      { onlyPorts: null, targetPort: null },
    ])
      expectChinese(
        chineseProse.routeTitle({
          kind,
          address: '172.18.0.3',
          connectPort: 5432,
          network: 'appnet',
          hops: [],
          ...scope,
        }),
      )
  })

  it.each(Object.values(evidence).flat() as Evidence[])('words evidence $kind in Chinese', (e) => {
    expectChinese(chineseProse.evidenceText(e))
  })

  it.each(Object.values(blockers).flat() as Blocker[])(
    'says why not for blocker $code in Chinese, with its evidence',
    (b) => {
      const a = asked({
        reasons: [
          { kind: 'connection', blocker: b },
          { kind: 'connection', blocker: b },
        ],
        evidence: Object.values(evidence).flat() as Evidence[],
        instead: [{ address: '172.18.0.3', port: 5432, names: [] }],
      })
      expectChinese(chineseProse.whyText(a))
      expectChinese(chineseProse.whyText({ ...a, evidence: [] }))
    },
  )

  it('says how a reachable name is reached, and walks it, in Chinese', () => {
    const a = asked({
      reachable: true,
      hops: hops.network.slice(0, 1),
      resolution: {
        name: 'db',
        addresses: ['172.18.0.3'],
        mechanism: 'embedded-dns',
        network: 'appnet',
        // English words, the Chinese prose words `source` instead.
        why: 'embedded DNS (127.0.0.11) on appnet',
        source: { kind: 'embedded-dns', network: 'appnet' },
      },
    })
    expectChinese(chineseProse.whyText(a))
    expectChinese(chineseProse.whyText({ ...a, reachable: false, reasons: [], hops: [] }))
    const packet = { source: at('172.18.0.2', 40000), destination: at('172.18.0.3', 5432) }
    const steps: WalkStep[] = [
      { hop: null, before: packet, after: packet },
      {
        hop: hops.lan[0] as Hop,
        before: packet,
        after: { ...packet, source: at('192.168.1.10', 40000) },
      },
      { hop: hops.network[0] as Hop, before: packet, after: packet },
    ]
    for (const step of steps) {
      const zh = chineseProse.walkStepLines(a, step)
      expect(zh).toHaveLength(why.walkStepLines(a, step).length)
      expectChinese(zh.join('\n'))
    }
  })

  it('words a verdict and a pair in Chinese', () => {
    const blocked: ReachVerdict = {
      from: 'web',
      to: 'db',
      ping: false,
      reachable: false,
      ports: [],
      routes: [],
      reason: blockers['icc-disabled'][0] as Blocker,
    }
    const route: Route = {
      kind: 'bridge',
      address: '172.18.0.3',
      connectPort: null,
      targetPort: null,
      onlyPorts: null,
      network: 'appnet',
      hops: hops.network.slice(0, 1),
    }
    const open: ReachVerdict = {
      ...blocked,
      ping: true,
      reachable: true,
      reason: null,
      routes: [route],
    }
    for (const v of [blocked, open]) {
      expectChinese(chineseProse.verdictText(v))
      expectChinese(chineseProse.pairText(v))
    }
    expectChinese(chineseProse.unreachablePort)
  })
})

const sources: { readonly [K in DnsSource['kind']]: DnsSource } = {
  link: { kind: 'link', link: 'db:db' },
  'add-host': { kind: 'add-host', ip: '10.0.0.9' },
  self: { kind: 'self' },
  host: { kind: 'host' },
  localhost: { kind: 'localhost' },
  'link-alias': { kind: 'link-alias', network: 'appnet', spec: 'db:db', owner: 'web' },
  'embedded-dns': { kind: 'embedded-dns', network: 'appnet' },
}

describe('where a name resolves from', () => {
  it.each(Object.values(sources))(
    'is worded in Chinese for $kind, in English as dns.ts says',
    (source) => {
      const answer: DnsAnswer = {
        name: 'db',
        addresses: ['172.17.0.2'],
        mechanism: 'hosts-file',
        network: null,
        why: 'English, as dns.ts words it',
        source,
      }
      const zh = chineseProse.answerWhy(answer)
      expect(latinWords(zh.replace('localhost', '')), zh).toEqual([])
      expect(englishProse.answerWhy(answer)).toBe(answer.why)
    },
  )
})

describe('the English prose', () => {
  it('is the engine’s own wording, unchanged', () => {
    expect(englishProse.routeLines).toBe(reach.routeLines)
    expect(englishProse.blockerText).toBe(reach.blockerText)
    expect(englishProse.verdictText).toBe(reach.verdictText)
    expect(englishProse.portReasonText).toBe(reach.portReasonText)
    expect(englishProse.unresolvedText).toBe(reach.unresolvedText)
    expect(englishProse.whyText).toBe(why.whyText)
    expect(englishProse.evidenceText).toBe(why.evidenceText)
    expect(englishProse.walkStepLines).toBe(why.walkStepLines)
  })

  it('titles routes and pairs as the matrix did', () => {
    const route: Route = {
      kind: 'bridge',
      address: '172.18.0.3',
      connectPort: null,
      targetPort: null,
      onlyPorts: null,
      network: 'testnet',
      hops: [],
    }
    expect(englishProse.routeTitle(route)).toBe('network testnet → 172.18.0.3 (every port)')
    expect(
      englishProse.routeTitle({ ...route, kind: 'published', connectPort: 8080, targetPort: 80 }),
    ).toBe('published port → 172.18.0.3:8080 (to port 80)')
    expect(englishProse.unreachablePort).toBe('unreachable')
  })
})
