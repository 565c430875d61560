/**
 * why-text.ts in Simplified Chinese: the answer to "why?" from the same Asked data, and each
 * piece of evidence. The evidence's own lines (an /etc/hosts line, an iptables rule, `docker
 * port` bindings) are quoted as the container or host shows them, untranslated.
 */
import type { Asked, Evidence, WhyReason } from './ask'
import type { Unresolved } from './dns'
import type { Blocker } from './reach-hops'
import type { PacketEnd, WalkStep } from './walk'
import { answerWhy, blockerText, routeLines } from './reach-text.zh'

const what = (a: Asked) => (a.port === null ? a.name : `${a.name}:${a.port}`)

/** The paragraph: how it works, or why not and what works instead. */
export function whyText(a: Asked): string {
  if (a.reachable) {
    const how = routeLines(a.hops)
    const resolved =
      a.resolution && 'addresses' in a.resolution
        ? `${a.name} 解析为 ${a.address ?? ''}（${answerWhy(a.resolution)}）。`
        : ''
    return `${a.from.name} 能访问 ${what(a)}。${resolved}${how.length ? `路径：${how.join('；')}。` : ''}`
  }
  const [first, ...rest] = a.reasons
  const sentences = first ? [reasonSentence(a, first)] : [`${a.from.name} 无法访问 ${what(a)}。`]
  for (const r of rest)
    if (r.kind === 'connection')
      sentences.push(`即使按地址访问也失败。${blockerSentence(a, r.blocker)}`)
  const ways = a.instead.map((w) => (w.port === null ? w.address : `${w.address}:${w.port}`))
  if (ways.length > 0) sentences.push(`可行的替代方式：${ways.join('、')}。`)
  return sentences.join('')
}

function reasonSentence(a: Asked, r: WhyReason): string {
  return r.kind === 'dns' ? dnsSentence(a, r.cause) : blockerSentence(a, r.blocker)
}

function dnsSentence(a: Asked, u: Unresolved): string {
  const from = a.from.name
  const not = `在 ${from} 中无法解析名称 ${a.name}`
  switch (u.code) {
    case 'none-network':
      return `${not}：${from} 没有网络（--network none），这是有意为之。`
    case 'host-network':
      return `${not}：${from} 使用主机的网络，其解析器不知道任何容器名（只有主机的 /etc/hosts 和 DNS 服务器）。请按地址访问 ${a.name}，或给 ${from} 加上 --add-host ${a.name}:ADDRESS。`
    case 'default-bridge':
      return `${not}：默认网桥没有内嵌 DNS，所以 ${a.name} 只是用 --link 链接它的容器的 /etc/hosts 中的一个名字。把 ${from} 链接到 ${u.params.target?.name ?? a.name}（--link），或把两者放到同一个用户自定义网络上。`
    case 'no-shared-network':
      return u.params.defaultBridge
        ? `${not}：用户自定义网络的内嵌 DNS 只应答本网络的成员，而 ${u.params.container.name} 不在 ${from} 的任何用户自定义网络上；它们唯一共同的网络是默认网桥，没有内嵌 DNS。把 ${from} 链接到 ${u.params.container.name}（--link），或把 ${u.params.container.name} 连接到 ${from} 所在的某个网络。`
        : `${not}：用户自定义网络的内嵌 DNS 只应答本网络的成员，而 ${u.params.container.name} 不在 ${from} 的任何网络上。`
    case 'other-host':
      return `${not}：${u.params.container.name} 运行在主机 ${u.params.host} 上，名称从不跨主机（链接和内嵌 DNS 都只属于一台主机）。请通过那台主机的地址、在已发布的端口上访问它。`
    case 'not-running':
      return `${not}：${u.params.container.name} 未在运行，而内嵌 DNS 只应答正在运行的容器。`
    case 'no-such-name':
      return `${not}：此主机上没有名为 ${a.name} 的容器、别名或链接。`
  }
}

function blockerSentence(a: Asked, b: Blocker): string {
  switch (b.code) {
    case 'icc-disabled': {
      const rule = a.evidence.find((e) => e.kind === 'iptables')
      const where =
        rule?.kind === 'iptables' ? `主机 ${rule.host}` : `网络 ${b.params.network.name}`
      const on = rule?.kind === 'iptables' ? rule.bridge : b.params.network.name
      return `在${where} 上，icc=false 会丢弃 ${on} 上容器之间的流量，除非 --link 开放了该端口。`
    }
    case 'icc-link-ports':
      return `默认网桥上 icc=false 时，到 ${b.params.container.name} 的链接只开放它暴露的端口，不包括 ${b.params.port}。`
    case 'not-listening': {
      const listening = a.evidence.find((e) => e.kind === 'listening')
      const ports = listening?.kind === 'listening' ? listening.ports : []
      const on = ports.length ? `：它监听的是 ${ports.join(', ')}` : '：那里根本没有进程在监听'
      return `${b.params.container.name} 中没有进程监听端口 ${b.params.port}${on}。`
    }
    case 'not-published': {
      const pub = a.evidence.find((e) => e.kind === 'published')
      const where =
        pub?.kind === 'published' && pub.bindings.length
          ? `（${pub.container.name} 在主机 ${pub.host} 上发布的是 ${pub.bindings.join(', ')}）`
          : ''
      return `端口 ${b.params.port} 未在主机 ${b.params.host} 上发布${where}。`
    }
    case 'not-running': {
      const stale = a.evidence.some((e) => e.kind === 'hosts-line')
      return stale
        ? `${b.params.container.name} 未在运行：${a.from.name} 的 /etc/hosts 中那一行仍把 ${a.name} 指向旧地址 ${a.address ?? ''}，现在无人应答。启动 ${b.params.container.name}：Docker 会把它的新地址写进那一行（但不会写进链接的环境变量，它们保留旧地址）。`
        : `不可达：${blockerText(b)}。`
    }
    default:
      return `不可达：${blockerText(b)}。`
  }
}

/** A piece of evidence as the line to show beside the paragraph. */
export function evidenceText(e: Evidence): string {
  switch (e.kind) {
    case 'hosts-line':
      return `${e.container.name} 的 /etc/hosts：${e.line}`
    case 'dns-answer':
      return `${e.network} 上的内嵌 DNS（127.0.0.11）：${e.name} → ${e.addresses.join(', ')}`
    case 'resolv-conf':
      return `${e.container.name} 的 resolv.conf：nameserver ${e.nameservers.join(', ')}（不是内嵌的 127.0.0.11）`
    case 'iptables':
      return `${e.host} 上的 iptables：${e.rule}`
    case 'published':
      return e.bindings.length
        ? `docker port ${e.container.name}（主机 ${e.host}）：${e.bindings.join(', ')}`
        : `docker port ${e.container.name}（主机 ${e.host}）：未发布任何端口`
    case 'listening':
      return e.ports.length
        ? `${e.container.name} 监听 ${e.ports.join(', ')}`
        : `${e.container.name} 没有监听任何端口`
  }
}

const socket = (e: PacketEnd) => (e.port === null ? e.address : `${e.address}:${e.port}`)

/** A walk's step as lines: what decided it, and the packet's addresses across it. */
export function walkStepLines(a: Asked, step: WalkStep): string[] {
  const { before, after } = step
  const packet = `${socket(before.source)} → ${socket(before.destination)}`
  const changed =
    socket(before.source) !== socket(after.source) ||
    socket(before.destination) !== socket(after.destination)
  const rewritten = changed ? [`现在 ${socket(after.source)} → ${socket(after.destination)}`] : []
  const hop = step.hop
  if (hop === null) {
    const how = a.resolution && 'addresses' in a.resolution ? answerWhy(a.resolution) : ''
    return [`${a.name} 解析为 ${after.destination.address}（${how}）`]
  }
  if (hop.kind === 'lan')
    return [
      `经局域网从主机 ${hop.from} 到主机 ${hop.to}${hop.rule === 'router' ? '，经过路由器' : ''}：MASQUERADE 把数据包的源地址换成主机 ${hop.from} 的地址`,
      packet,
      ...rewritten,
    ]
  return [...routeLines([hop]), packet, ...rewritten]
}
