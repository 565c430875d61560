import { describe, expect, it } from 'vitest'
import type { Damage, ReadProblem, Repair, ShareProblem } from '../../store'
import { translator } from '../i18n/catalog'
import { saidMessages } from './messages'
import { zh } from './messages.zh'
import { readProblemText, repairText, shareText } from './read-text'

const en = translator(saidMessages.en)
const cn = translator(zh)
const damaged = (why: Damage): ReadProblem => ({ code: 'damaged', why })
const MB = 1024 * 1024

/** Every code, in English as the reader wrote it before it spoke in data, and in Chinese. */
const PROBLEMS: [ReadProblem, string, string][] = [
  [
    { code: 'too-large', chars: 16 * MB + 20, limit: 16 * MB },
    'This file is too large (16.0 MB); Docknet opens documents up to 16 MB.',
    '这个文件太大（16.0 MB）；Docknet 只打开不超过 16 MB 的文档。',
  ],
  [
    { code: 'mermaid-not-ours' },
    'This Mermaid file was not exported by Docknet: it carries no docker script.',
    '这个 Mermaid 文件不是 Docknet 导出的：里面没有 docker 脚本。',
  ],
  [
    { code: 'picture-not-ours', what: 'drawio' },
    'This draw.io file was not exported by Docknet: it holds no diagram.',
    '这个 draw.io 文件不是 Docknet 导出的：里面没有图。',
  ],
  [
    { code: 'picture-not-ours', what: 'svg' },
    'This picture was not exported by Docknet: it holds no diagram.',
    '这个图片不是 Docknet 导出的：里面没有图。',
  ],
  [{ code: 'not-json' }, 'This file is not JSON.', '这个文件不是 JSON。'],
  [{ code: 'not-a-document' }, 'This is not a Docknet document.', '这不是 Docknet 文档。'],
  [
    { code: 'newer-version', version: 'undefined', reads: 2 },
    'This document is version undefined; this Docknet reads up to version 2.',
    '这个文档的版本是 undefined；这个 Docknet 只能读取不高于 2 的版本。',
  ],
  [
    { code: 'too-many-containers', count: 5001, limit: 5000 },
    'This document holds 5001 containers; Docknet opens up to 5000.',
    '这个文档有 5001 个容器；Docknet 最多打开 5000 个。',
  ],
]

const DAMAGES: [Damage, string, string][] = [
  [{ code: 'no-topology' }, 'the file has no topology', '文件里没有拓扑'],
  [{ code: 'no-list', key: 'hosts' }, 'the topology has no hosts list', '拓扑里没有 hosts 列表'],
  [
    { code: 'invalid-field', where: { kind: 'container', name: 'web' }, key: 'id' },
    'container web has no valid id',
    '容器 web 没有有效的 id',
  ],
  [
    {
      code: 'invalid-field',
      where: { kind: 'container', name: 'web', in: { part: 'endpoint' } },
      key: 'networkId',
    },
    'container web endpoint has no valid networkId',
    '容器 web 的网络端点 没有有效的 networkId',
  ],
  [{ code: 'listed-twice', kind: 'volume' }, 'a volume is listed twice', '有一个卷列出了两次'],
  [
    { code: 'not-a-record', kind: 'network', index: 5 },
    'network #5 is not a record',
    '第 5 个网络不是一条记录',
  ],
  [{ code: 'no-host' }, 'it has no host', '里面没有主机'],
  [
    { code: 'unknown-host', kind: 'network', name: 'backend' },
    'network backend is on an unknown host',
    '网络 backend 在一台不存在的主机上',
  ],
  [
    { code: 'twin-networks', name: 'backend' },
    'two networks are named backend',
    '有两个网络都叫 backend',
  ],
  [
    { code: 'no-default-bridge', host: 'vm2' },
    'host vm2 has no default bridge',
    '主机 vm2 没有默认的 bridge 网络',
  ],
  [
    { code: 'bad-name', kind: 'container', name: 'my web' },
    'container name my web is not one Docker allows',
    '容器名 my web 不符合 Docker 的命名规则',
  ],
  [
    { code: 'twin-containers', host: 'default', name: 'db' },
    'two containers on host default are named db',
    '主机 default 上有两个容器都叫 db',
  ],
  [
    { code: 'unknown-network', container: 'web' },
    'container web is attached to an unknown network',
    '容器 web 连接到一个不存在的网络',
  ],
  [
    { code: 'links-itself', container: 'web' },
    'container web links to itself',
    '容器 web 链接到它自己',
  ],
  [
    { code: 'missing-volume', container: 'w2', volume: 'data' },
    'container w2 mounts volume data, which is not there',
    '容器 w2 挂载的卷 data 不存在',
  ],
  [
    { code: 'joins-itself', container: 'web' },
    'container web joins its own network namespace',
    '容器 web 加入了它自己的网络命名空间',
  ],
]

const REPAIRS: [Repair, string, string][] = [
  [
    { code: 'field', where: { kind: 'container', name: 'db' }, key: 'env' },
    'container db: env',
    '容器 db：env',
  ],
  [
    { code: 'field', where: { kind: 'host', name: 'vm2', in: { part: 'daemon' } }, key: 'icc' },
    'host vm2 daemon: icc',
    '主机 vm2 的守护进程：icc',
  ],
  [
    {
      code: 'field',
      where: { kind: 'container', name: 'web', in: { part: 'mount', destination: '/data' } },
      key: 'rw',
    },
    'container web mount /data: rw',
    '容器 web 的挂载点 /data：rw',
  ],
  [
    { code: 'field', where: { kind: 'container', name: 'web', in: { part: 'link' } }, key: 'x' },
    'container web link: x',
    '容器 web 的链接：x',
  ],
  [
    {
      code: 'field',
      where: { kind: 'container', name: 'web', in: { part: 'kept-config' } },
      key: 'aliases',
    },
    'container web kept network config: aliases',
    '容器 web 的保留的网络配置：aliases',
  ],
  [{ code: 'current-host' }, 'the current host', '当前主机'],
  [{ code: 'id-counter' }, 'the id counter', 'ID 计数器'],
]

describe('why a document is refused, in words', () => {
  it.each(PROBLEMS)('%j, in English as before and in Chinese', (problem, english, chinese) => {
    expect(readProblemText(en, problem)).toBe(english)
    expect(readProblemText(cn, problem)).toBe(chinese)
  })

  it.each(DAMAGES)('damage %j, in English as before and in Chinese', (why, english, chinese) => {
    expect(readProblemText(en, damaged(why))).toBe(`The document is damaged: ${english}.`)
    expect(readProblemText(cn, damaged(why))).toBe(`文档已损坏：${chinese}。`)
  })
})

describe('what was repaired, in words', () => {
  it.each(REPAIRS)('%j, in English as before and in Chinese', (repair, english, chinese) => {
    expect(repairText(en, repair)).toBe(english)
    expect(repairText(cn, repair)).toBe(chinese)
  })
})

const SHARES: [ShareProblem, string, string][] = [
  [
    { code: 'link-too-long', length: 2345, limit: 2000 },
    "This diagram's link would be 2,345 characters, too long to share reliably (links stay under 2,000): save it as a file instead.",
    '这张图的链接会有 2,345 个字符，太长，无法可靠地分享（链接应少于 2,000 个字符）：请把它保存为文件。',
  ],
  [
    { code: 'link-damaged' },
    'This share link is damaged: it holds no diagram.',
    '这个分享链接已损坏：里面没有图。',
  ],
  [
    { code: 'fragment-too-long', length: 8001, limit: 8000 },
    'This share link is too long (8,001 characters; Docknet reads links up to 8,000).',
    '这个分享链接太长（8,001 个字符；Docknet 只读取不超过 8,000 个字符的链接）。',
  ],
  [
    { code: 'other-version', version: '9', reads: 2 },
    'This share link was made by another version of Docknet (9); this one reads versions 1 to 2.',
    '这个分享链接是另一个版本的 Docknet 生成的（9）；这个版本只能读取版本 1 到 2。',
  ],
  [
    { code: 'no-script', detail: 'the joins make a cycle: a, b' },
    'the joins make a cycle: a, b',
    'the joins make a cycle: a, b',
  ],
]

describe('why a share link is not made or read, in words', () => {
  it.each(SHARES)('%j, in English as before and in Chinese', (problem, english, chinese) => {
    expect(shareText(en, problem)).toBe(english)
    expect(shareText(cn, problem)).toBe(chinese)
  })
})
