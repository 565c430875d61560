import { describe, expect, it } from 'vitest'
import type { FixRule } from './fix-rule'
import { fixWhy as english } from './fix-text'
import { fixWhy as chinese } from './fix-text.zh'

type Kind = FixRule['kind']

/**
 * One rule of every kind, the Chinese key phrase its sentence says and the names it keeps: a
 * kind added to the union without one here fails the type check.
 */
const CASES: {
  readonly [K in Kind]: readonly [Extract<FixRule, { kind: K }>, string, ...string[]]
} = {
  start: [{ kind: 'start', container: 'db' }, '启动 db', '没有地址'],
  link: [
    { kind: 'link', from: 'web', target: 'db', alias: 'dbx' },
    '重新创建 web',
    '--link db:dbx',
    '/etc/hosts',
  ],
  connect: [
    { kind: 'connect', network: 'appnet', container: 'db' },
    '把 db 连接到 appnet',
    '内嵌 DNS',
  ],
  'new-network': [
    { kind: 'new-network', network: 'appnet', containers: ['web', 'db'] },
    '新的用户自定义网络 appnet',
    'web 和 db',
  ],
  'add-host': [
    {
      kind: 'add-host',
      from: 'web',
      name: 'db',
      host: 'vm2',
      address: '192.168.1.11',
      publish: 5432,
      across: true,
    },
    '名称不跨主机',
    '在主机 vm2 上发布端口 5432',
    '--add-host db:192.168.1.11',
  ],
  'rename-holder': [{ kind: 'rename-holder', holder: 'web' }, '重命名占用名称 web 的容器'],
  'remove-holder': [{ kind: 'remove-holder', holder: 'web' }, '删除占用名称 web 的容器'],
  'start-link-child': [{ kind: 'start-link-child', child: 'db' }, '让链接有地址可写', '启动 db'],
  'start-then-again': [{ kind: 'start-then-again', container: 'db' }, '重新运行该命令', '启动 db'],
  'stop-then-remove': [{ kind: 'stop-then-remove', container: 'db' }, '先停止 db，再删除它'],
  'disconnect-then-remove': [
    { kind: 'disconnect-then-remove', network: 'appnet', members: ['web', 'db'] },
    '断开',
    'web、db',
    'appnet',
  ],
  'remove-volume-users': [
    { kind: 'remove-volume-users', users: ['web'] },
    '使用该卷的 web',
    '再删除该卷',
  ],
  'send-to-host': [
    { kind: 'send-to-host', host: 'vm2', container: 'db' },
    '把命令发送到主机 vm2',
    'db 运行在那里',
  ],
  'publish-other-port': [
    { kind: 'publish-other-port', port: 8081, host: 'default' },
    '改为发布主机端口 8081',
    '主机 default',
  ],
  'stop-port-holder': [
    { kind: 'stop-port-holder', holder: 'web', port: 80, start: 'web2' },
    '停止占用端口 80 的 web',
    '启动 web2',
  ],
  'static-ip-network': [
    {
      kind: 'static-ip-network',
      network: 'staticnet',
      subnet: '172.30.0.0/24',
      moved: '172.30.0.5',
    },
    '空闲子网 172.30.0.0/24',
    'staticnet',
    '172.30.0.5',
  ],
  'remove-volume': [{ kind: 'remove-volume', volume: 'v1' }, '删除卷 v1 及其中的文件'],
  'start-stopped': [{ kind: 'start-stopped', container: 'db' }, '启动 db'],
  'restart-link-env': [
    { kind: 'restart-link-env', container: 'web', alias: 'db' },
    '重启 web',
    '链接变量',
  ],
  'free-lan-address': [
    { kind: 'free-lan-address', container: 'a1', address: '192.168.1.254', network: 'lan' },
    '局域网上没有机器占用它',
    '192.168.1.254',
    'a1',
  ],
}

describe('a fix in Chinese', () => {
  for (const [rule, ...phrases] of Object.values(CASES))
    it(`words ${rule.kind} with its names`, () => {
      const text = chinese(rule)
      for (const p of phrases) expect(text).toContain(p)
      expect(text).not.toBe(english(rule))
    })

  it('says what follows when the holder’s port is freed, and a subnet that is the address’s own', () => {
    expect(chinese({ kind: 'stop-port-holder', holder: 'web', port: 80, start: null })).toContain(
      '然后重新运行该命令',
    )
    const own = {
      kind: 'static-ip-network',
      network: 'n',
      subnet: '10.1.2.0/24',
      moved: null,
    } as const
    expect(chinese(own)).toBe('创建子网为 10.1.2.0/24 的网络 n，并在其上运行该容器')
    expect(english(own)).toBe('create n with the subnet 10.1.2.0/24, and run the container on it')
  })
})
