/**
 * diagnostic-text.ts in Simplified Chinese: the same facts, worded for the interface in Chinese.
 * Docker's own error text is quoted as Docker prints it; names, addresses and flags stay as they
 * are. Loaded with the Chinese prose (prose.zh.ts), never in the first paint.
 */
import { blockerText } from '../engine/reach-text.zh'
import type { DiagnosticFact } from './diagnostic-fact'

/** Docker's state words as the cards word them in Chinese (shell/messages.zh.ts). */
const STATE = { created: '已创建，未启动', exited: '已退出' } as const

export function diagnosticText(f: DiagnosticFact): string {
  switch (f.kind) {
    case 'stopped':
      return `${f.container} ${STATE[f.state]}：它没有地址，也不应答任何请求（docker start ${f.container}）。`
    case 'start-refused':
      return `docker start ${f.container} 会被 Docker 拒绝："Error response from daemon: ${f.error}"`
    case 'link-removed':
      return `${f.container} 以别名 ${f.alias} 链接到 ${f.target}，但它已被删除：docker restart ${f.container} 会失败（${f.error === null ? '没有这个容器' : `"${f.error}"`}）。`
    case 'link-stopped':
      return `${f.container} 以别名 ${f.alias} 链接到 ${f.child}，但 ${f.child} 未在运行：${f.container} 的 /etc/hosts 中那一行和 ${f.alias.toUpperCase()}_* 变量都指向不存在的地址（Docker 会拒绝再次启动 ${f.container}："Cannot link to a non running container"）。`
    case 'link-env-stale':
      return `${f.container} 的链接变量仍说 ${f.child} 在 ${f.was}，而它现在的地址是 ${f.now}（链接变量在 ${f.container} 启动时写入，之后从不更新）。`
    case 'join-stopped':
      return `${f.container} 共享 ${f.donor} 的网络命名空间，而 ${f.donor} 未在运行：${f.container} 只剩一个回环接口。`
    case 'ambassador-dead':
      return `ambassador ${f.container} 把 :${f.listen} 转发到 ${f.targetIp}:${f.targetPort}，但那里没有应答：${blockerText(f.blocker)}。`
    case 'lan-clash': {
      const other =
        'container' in f.other
          ? `主机 ${f.other.host} 上的 ${f.other.container}`
          : `主机 ${f.other.host}`
      return `${f.container} 在 ${f.driver} 网络 ${f.network} 上占用 ${f.ip}，而${other} 在局域网上也占用这个地址：Docker 的 IPAM 只知道本守护进程的容器（请给每台主机的网络各自的 --ip-range）。`
    }
    case 'volume-unused':
      return `主机 ${f.host} 上的卷 ${f.volume} 没有被任何容器挂载。`
  }
}
