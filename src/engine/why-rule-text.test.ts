import { describe, expect, it } from 'vitest'
import type { WhyEvidence, WhyRule } from './why-rule'
import * as english from './why-rule-text'
import * as chinese from './why-rule-text.zh'

type Of<K extends WhyRule['kind']> = Extract<WhyRule, { kind: K }>

/**
 * One rule of every kind, then the Chinese key phrase and the names its paragraph says: a kind
 * added to the union without one here fails the type check.
 */
const RULES: { readonly [K in WhyRule['kind']]: readonly [Of<K>, string, ...string[]] } = {
  'name-in-use': [
    { kind: 'name-in-use', host: 'default', name: 'web', holderState: 'exited' },
    '容器名在其主机上是唯一的',
    '"web"',
    '（已退出）',
    'docker rm -f',
  ],
  'link-not-running': [{ kind: 'link-not-running', child: 'db' }, 'db 未在运行', '请先启动 db'],
  'link-target-missing': [
    { kind: 'link-target-missing', host: 'default', ref: 'db', elsewhere: true },
    '没有名为 db 的容器',
    '链接从不跨主机',
  ],
  'link-without-network': [{ kind: 'link-without-network' }, '没有自己的网络可供链接'],
  'publish-joined': [{ kind: 'publish-joined' }, '在它加入的那个容器上发布端口'],
  'join-not-running': [
    { kind: 'join-not-running', donor: 'app', state: 'exited' },
    'app 已退出',
    '--network container:NAME',
  ],
  'port-allocated': [
    { kind: 'port-allocated', host: 'default', hostIp: '0.0.0.0', port: 80, holder: 'web' },
    'web 的 docker-proxy 已在主机 default 上监听 0.0.0.0:80',
    '-p 81:',
  ],
  'exec-not-running': [
    { kind: 'exec-not-running', container: 'db', state: 'created' },
    'db 已创建，未启动',
    'docker exec',
  ],
  'remove-running': [{ kind: 'remove-running', ref: 'web' }, 'web 正在运行', '-f'],
  'network-in-use': [{ kind: 'network-in-use' }, '网络才能被删除', 'docker network disconnect'],
  'volume-in-use': [{ kind: 'volume-in-use' }, '卷就会保留'],
  'static-ip-default': [{ kind: 'static-ip-default' }, '在默认网桥上，Docker 按顺序分配地址'],
  'static-ip-no-subnet': [{ kind: 'static-ip-no-subnet' }, '创建时没有指定 --subnet'],
  'other-host': [
    { kind: 'other-host', host: 'default', ref: 'db', hosts: ['vm2', 'vm3'] },
    '只知道自己的容器',
    '主机 vm2、主机 vm3',
    'docker --context HOST',
  ],
  'volume-unused': [
    { kind: 'volume-unused', volume: 'v1', host: 'default' },
    '命名卷比使用它的容器存在得更久',
    'docker volume rm v1',
    '主机 default',
  ],
  'never-started': [
    { kind: 'never-started', container: 'db' },
    'db 已创建但从未启动',
    'docker start db',
  ],
  stopped: [{ kind: 'stopped', container: 'db' }, '停止的容器没有网络', 'docker start db'],
  'link-env-stale': [
    {
      kind: 'link-env-stale',
      parent: 'web',
      child: 'db',
      alias: 'db',
      was: '172.17.0.2',
      now: '172.17.0.4',
      reused: 'squatter',
    },
    '链接变量只在 web 启动时写入一次',
    'DB_PORT',
    '现在应答那里的是 squatter',
    '172.17.0.4',
  ],
  'lan-clash': [
    {
      kind: 'lan-clash',
      container: 'a1',
      host: 'default',
      driver: 'macvlan',
      network: 'lan',
      holder: { host: 'vm2', ip: '192.168.1.11' },
    },
    '主机 vm2 自己的局域网地址就是 192.168.1.11',
    '--ip-range',
    'a1',
  ],
}

const EVIDENCE: {
  readonly [K in Exclude<WhyEvidence, string>['kind']]: readonly [WhyEvidence, string]
} = {
  attached: [
    { kind: 'attached', network: 'appnet', endpoints: 'web, db' },
    '接入 appnet 的：web, db',
  ],
  'runs-on': [{ kind: 'runs-on', container: 'db', host: 'vm2' }, 'db 运行在主机 vm2 上'],
  'holds-now': [
    { kind: 'holds-now', container: 'squatter', ip: '172.17.0.2' },
    'squatter 现在占用 172.17.0.2',
  ],
  'lan-address': [
    {
      kind: 'lan-address',
      container: 'a1',
      host: 'default',
      ip: '192.168.1.2',
      network: 'lan',
      subnet: '192.168.1.0/24',
    },
    '主机 default 上的 a1：192.168.1.2（网络 lan，192.168.1.0/24）',
  ],
  'lan-holder': [
    { kind: 'lan-holder', holder: { container: 'b1', on: 'vm2', ip: '192.168.1.2' } },
    'b1 在主机 vm2 上占用 192.168.1.2',
  ],
}

describe('a refusal’s or a note’s rule in Chinese', () => {
  for (const [rule, ...phrases] of Object.values(RULES))
    it(`words ${rule.kind}`, () => {
      const text = chinese.whyRuleText(rule)
      for (const p of phrases) expect(text).toContain(p)
      expect(text).not.toBe(english.whyRuleText(rule))
    })

  for (const [evidence, line] of Object.values(EVIDENCE))
    it(`words the record ${typeof evidence === 'string' ? '' : evidence.kind}`, () => {
      expect(chinese.whyEvidenceText(evidence)).toBe(line)
    })

  it('quotes Docker’s own records as they are, in either language', () => {
    const line = 'a1b2c3d4e5f6   busybox   exited   db'
    expect(chinese.whyEvidenceText(line)).toBe(line)
    expect(english.whyEvidenceText(line)).toBe(line)
  })
})
