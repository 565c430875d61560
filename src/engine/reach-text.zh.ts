/**
 * reach-text.ts in Simplified Chinese: the same data (hops, blockers, unresolved names, routes)
 * worded for the interface in Chinese. Same function shapes; each switch covers every kind or
 * code, so a new one fails the type check here as in English. Docker's own words (flags,
 * `icc`, `docker-proxy`, `DNAT`, `socat`) and every name and address stay as they are. The
 * CLI never uses this file: the terminal prints English, as Docker does.
 */
import type { DnsAnswer, Unresolved } from './dns'
import type { Blocker, Hop, WireHop } from './reach-hops'
import type { Route } from './reach-routes'
import type { PortReach, ReachVerdict } from './reachability'

/** A route's hops as lines (see reach-text.ts: after the first ambassador, briefly). */
export function routeLines(hops: readonly Hop[]): string[] {
  const out: string[] = []
  let forwarded = false
  for (const hop of hops) {
    out.push(...hopLines(hop, forwarded))
    if (hop.kind === 'ambassador') forwarded = true
  }
  return out
}

function hopLines(hop: Hop, forwarded: boolean): string[] {
  switch (hop.kind) {
    case 'same-namespace':
      return hop.rule === 'joined-namespace'
        ? ['同一网络命名空间（--network container:）：127.0.0.1 可到达每个端口']
        : ['同一网络命名空间']
    case 'network': {
      const on = hop.defaultBridge ? '默认网桥 docker0' : `网络 ${hop.network.name}`
      const rule =
        hop.rule === 'icc'
          ? `${hop.network.name} 启用了 icc：所有端口都开放`
          : `icc 已禁用，但 --link ${hop.to.name} 开放了它暴露的端口（${hop.openPorts?.join(', ') || '无'}）`
      return [`两者都在${on} 上`, rule]
    }
    case 'host-loopback':
      return ['两者都使用主机网络：127.0.0.1 可到达每个端口']
    case 'host-to-bridge':
      return [
        `${hop.from.name} 使用主机网络`,
        `主机经由 ${hop.network.name} 路由到 ${hop.subnet ?? ''}`,
      ]
    case 'host-network':
      if (forwarded) return [`${hop.to.name} 在主机 ${hop.host} 的网络上监听`]
      return [`${hop.to.name} 使用主机 ${hop.host} 的网络`, reachedAt(hop.via, hop.target)]
    case 'lan':
      return []
    case 'siblings':
      return [
        `两者都在 ${hop.driver} 网络 ${hop.network.name} 上（${hop.parent} 的子接口）`,
        `${hop.driver} ${lanMode(hop)}：其子接口之间所有端口互通`,
      ]
    case 'wire':
      return [
        `${hop.to.name} 在局域网上，地址 ${hop.target.address}（主机 ${hop.host} 上的 ${hop.driver} 网络 ${hop.network.name}）`,
        wireWay(hop),
      ]
    case 'published': {
      const p = `-p ${hop.before.port}:${hop.after.port}`
      if (forwarded)
        return [
          `主机 ${hop.host} 上的 ${p}：docker-proxy / DNAT 转发到 ${hop.container.name}:${hop.after.port}`,
        ]
      return [
        `${p} 把它发布在主机 ${hop.host} 上（${hop.hostIp}:${hop.before.port}）`,
        `docker-proxy / DNAT 把 ${hop.before.address}:${hop.before.port} 转发到 ${hop.after.port}/${hop.proto}`,
      ]
    }
    case 'ambassador': {
      const to = `${hop.target.address}:${hop.target.port}`
      return forwarded
        ? [`ambassador 容器 ${hop.container.name} 转发到 ${to}`]
        : [`ambassador 容器 ${hop.container.name}（socat）在 ${hop.listen} 上监听并转发到 ${to}`]
    }
  }
}

function lanMode(n: { readonly mode: string; readonly flag: string | null }): string {
  return n.flag === null ? `${n.mode} 模式` : `选项 ${n.flag}`
}

function wireWay(hop: WireHop): string {
  switch (hop.rule) {
    case 'own-wire':
      return `${hop.from.name} 也在局域网上（${hop.fromNetwork?.name ?? ''}），由局域网送达`
    case 'router':
      return `主机 ${hop.fromHost} 在另一个子网：局域网路由器经由 ${hop.parent} 把它送回`
    case 'lan':
      return `主机 ${hop.fromHost} 经局域网到达它`
  }
}

function reachedAt(via: 'lan' | 'gateway' | 'loopback', target: { address: string }): string {
  switch (via) {
    case 'lan':
      return `经局域网在 ${target.address} 到达`
    case 'gateway':
      return `经网关 ${target.address} 到达`
    case 'loopback':
      return `经主机的回环地址 ${target.address} 到达`
  }
}

/** Why not, in one sentence. */
export function blockerText(b: Blocker): string {
  switch (b.code) {
    case 'not-running':
      return `${b.params.container.name} 未在运行`
    case 'none-network':
      return `${b.params.container.name} 没有网络（--network none）`
    case 'icc-disabled':
      return `此网桥（${b.params.network.name}）禁用了 icc：其容器之间的流量被丢弃`
    case 'icc-link-ports':
      return '此网桥禁用了 icc：只开放被链接容器暴露的端口'
    case 'not-listening':
      return `${b.params.container.name} 中没有进程监听端口 ${b.params.port}`
    case 'not-listening-at':
      return `没有进程监听 ${b.params.address}:${b.params.port}`
    case 'no-route-out':
      return `${b.params.container.name} 没有离开其网络的路由`
    case 'not-published':
      return `端口 ${b.params.port} 未在主机 ${b.params.host} 上发布`
    case 'no-shared-network': {
      const pub = b.params.publishes ? '' : '，且未发布任何端口'
      return b.params.host === null
        ? `没有共同的网络${pub}`
        : `没有共同的网络：${b.params.container.name} 在主机 ${b.params.host} 上${pub}`
    }
    case 'no-route':
      return `从 ${b.params.container.name} 到 ${b.params.address} 没有路由`
    case 'parent-isolation': {
      const p = b.params
      return `主机 ${p.host} 与 ${p.container.name}（${p.address}，挂在其 ${p.parent} 上的 ${p.driver} 网络 ${p.network.name}）无法通信：内核不在父接口与其 ${p.driver} 子接口之间转发流量`
    }
    case 'siblings-isolated': {
      const p = b.params
      const vepa = p.mode === 'vepa' || p.flag === 'vepa'
      const why = vepa
        ? 'vepa 把每一帧都发给交换机，而交换机不会把它发回'
        : 'private 模式把它们隔离'
      return `${p.network.name} 上的 ${p.driver} ${lanMode(p)}：其子接口之间无法互通（${why}）`
    }
  }
}

/** The verdict's one sentence: how (its first route's hops), or why not. */
export function verdictText(v: ReachVerdict): string {
  if (v.reason) return blockerText(v.reason)
  return routeLines(v.routes[0]?.hops ?? []).join('；')
}

/** Why a port is not reached; null when it is. */
export function portReasonText(p: PortReach): string | null {
  return p.reason ? blockerText(p.reason) : null
}

/** Who reaches whom, then how or why not (the matrix cell's title). */
export function pairText(v: ReachVerdict): string {
  return `${v.from} ${v.reachable ? '能访问' : '无法访问'} ${v.to}：${verdictText(v)}`
}

/** A route's kind and address, e.g. `网络 testnet → 172.18.0.3（所有端口）`. */
export function routeTitle(r: Route): string {
  const to = `${r.address}${r.connectPort !== null ? `:${r.connectPort}` : ''}`
  const scope =
    r.onlyPorts !== null
      ? `（仅 ${r.onlyPorts.join(', ') || '无端口'}）`
      : r.targetPort !== null
        ? `（到端口 ${r.targetPort}）`
        : '（所有端口）'
  switch (r.kind) {
    case 'loopback':
      return `回环 → ${to}${scope}`
    case 'bridge':
      return `网络 ${r.network ?? ''} → ${to}${scope}`
    case 'host-to-bridge':
      return `主机网络，路由到 ${r.network ?? ''} → ${to}${scope}`
    case 'to-host-network':
      return `到主机的网络 → ${to}${scope}`
    case 'published':
      return `已发布的端口 → ${to}${scope}`
    case 'ambassador':
      return `经由 ambassador 容器 → ${to}${scope}`
    case 'lan':
      return `在局域网上（${r.network ?? ''}） → ${to}${scope}`
  }
}

/** A port reached by none of the routes, when no blocker says why. */
export const unreachablePort = '不可达'

/** Why `name` does not resolve, as the views say it. */
export function unresolvedText(name: string, u: Unresolved): string {
  const not = '名称无法解析'
  switch (u.code) {
    case 'none-network':
      return `${not}：该容器没有网络（--network none）`
    case 'host-network':
      return `${not}：该容器使用主机的网络，其解析器不知道任何容器名`
    case 'default-bridge':
      return u.params.target
        ? `${not}：默认网桥没有内嵌 DNS（用 --link ${u.params.target.name} 链接，或使用用户自定义网络）`
        : `${not}：默认网桥没有内嵌 DNS`
    case 'no-shared-network':
      return `${not}：${u.params.container.name} 不在 ${u.params.from.name} 所在的任何用户自定义网络上`
    case 'other-host':
      return `${not}：${u.params.container.name} 运行在主机 ${u.params.host} 上，名称不跨主机`
    case 'not-running':
      return `${not}：${u.params.container.name} 未在运行`
    case 'no-such-name':
      return `${not}：没有名为 ${name} 的容器、别名或链接`
  }
}

/** Where a name's answer came from (the /etc/hosts line or the embedded DNS). */
export function answerWhy(a: DnsAnswer): string {
  const s = a.source
  switch (s.kind) {
    case 'link':
      return `/etc/hosts：由 --link ${s.link} 写入`
    case 'add-host':
      return `/etc/hosts：--add-host ${a.name}:${s.ip}`
    case 'self':
      return '/etc/hosts：容器自己的主机名'
    case 'host':
      return '主机的 /etc/hosts'
    case 'localhost':
      return '/etc/hosts：localhost'
    case 'link-alias':
      return `${s.network} 上的内嵌 DNS：--link ${s.spec} 的别名，只有 ${s.owner} 看得到`
    case 'embedded-dns':
      return `${s.network} 上的内嵌 DNS（127.0.0.11）`
  }
}
