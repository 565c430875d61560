import { describe, expect, it } from 'vitest'
import type { DiagnosticFact } from './diagnostic-fact'
import { diagnosticText as english } from './diagnostic-text'
import { diagnosticText as chinese } from './diagnostic-text.zh'

/** One fact of every kind: a kind added to the union without one here fails the type check. */
const FACTS: { readonly [K in DiagnosticFact['kind']]: Extract<DiagnosticFact, { kind: K }> } = {
  stopped: { kind: 'stopped', container: 'db', state: 'exited' },
  'start-refused': {
    kind: 'start-refused',
    container: 'web',
    error: 'Cannot link to a non running container: /db AS /web/db',
  },
  'link-removed': {
    kind: 'link-removed',
    container: 'web',
    target: 'db',
    alias: 'dbx',
    error: null,
  },
  'link-stopped': { kind: 'link-stopped', container: 'web', child: 'db', alias: 'dbx' },
  'link-env-stale': {
    kind: 'link-env-stale',
    container: 'web',
    child: 'db',
    was: '172.17.0.2',
    now: '172.17.0.4',
  },
  'join-stopped': { kind: 'join-stopped', container: 'side', donor: 'app' },
  'ambassador-dead': {
    kind: 'ambassador-dead',
    container: 'amb',
    listen: 3306,
    targetIp: '172.17.0.2',
    targetPort: 3306,
    blocker: { code: 'not-running', params: { container: { id: 'x', name: 'mysql' } } },
  },
  'lan-clash': {
    kind: 'lan-clash',
    container: 'a1',
    ip: '192.168.1.2',
    driver: 'macvlan',
    network: 'lan',
    other: { container: 'b1', host: 'vm2' },
  },
  'volume-unused': { kind: 'volume-unused', volume: 'spare', host: 'default' },
}

/** The Chinese key phrase each kind's sentence says. */
const KEY: { readonly [K in DiagnosticFact['kind']]: string } = {
  stopped: '已退出：它没有地址',
  'start-refused': '会被 Docker 拒绝',
  'link-removed': '但它已被删除',
  'link-stopped': '未在运行',
  'link-env-stale': '链接变量仍说',
  'join-stopped': '只剩一个回环接口',
  'ambassador-dead': '没有应答',
  'lan-clash': '在局域网上也占用这个地址',
  'volume-unused': '没有被任何容器挂载',
}

const NAMES: { readonly [K in DiagnosticFact['kind']]: readonly string[] } = {
  stopped: ['db', 'docker start db'],
  'start-refused': [
    'docker start web',
    '"Error response from daemon: Cannot link to a non running container: /db AS /web/db"',
  ],
  'link-removed': ['web', 'db', 'dbx', 'docker restart web', '没有这个容器'],
  'link-stopped': ['web', 'db', 'DBX_*', '"Cannot link to a non running container"'],
  'link-env-stale': ['web', 'db', '172.17.0.2', '172.17.0.4'],
  'join-stopped': ['side', 'app'],
  'ambassador-dead': ['amb', ':3306', '172.17.0.2:3306', 'mysql 未在运行'],
  'lan-clash': ['a1', '192.168.1.2', 'macvlan', 'lan', '主机 vm2 上的 b1', '--ip-range'],
  'volume-unused': ['主机 default 上的卷 spare'],
}

describe('a diagnostic in Chinese', () => {
  for (const fact of Object.values(FACTS))
    it(`words ${fact.kind} with its names and Docker's own text`, () => {
      const text = chinese(fact)
      expect(text).toContain(KEY[fact.kind])
      for (const name of NAMES[fact.kind]) expect(text).toContain(name)
      expect(text).not.toBe(english(fact))
    })

  it('words a clash with a host’s own address', () => {
    const fact = { ...FACTS['lan-clash'], other: { host: 'vm2' } }
    expect(chinese(fact)).toContain('而主机 vm2 在局域网上也占用')
    expect(english(fact)).toContain('which host vm2 holds on the LAN too')
  })

  it('quotes the daemon’s error of a restart after a removed link', () => {
    const fact = { ...FACTS['link-removed'], error: 'could not get container for db' }
    expect(chinese(fact)).toContain('"could not get container for db"')
  })
})
