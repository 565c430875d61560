/**
 * fix-text.ts in Simplified Chinese: what a fix does, for the interface in Chinese. Names,
 * flags and addresses stay as they are; the terminal never uses this file.
 */
import type { FixRule } from './fix-rule'

export function fixWhy(r: FixRule): string {
  switch (r.kind) {
    case 'start':
      return `启动 ${r.container}：停止的容器没有地址，也不应答任何名称`
    case 'link':
      return `用 --link ${r.target}:${r.alias} 重新创建 ${r.from}：链接会把 ${r.alias} 写入它的 /etc/hosts`
    case 'connect':
      return `把 ${r.container} 连接到 ${r.network}：该网络的内嵌 DNS 应答其成员的名称`
    case 'new-network':
      return `把 ${r.containers.join(' 和 ')} 放到一个新的用户自定义网络 ${r.network} 上，其内嵌 DNS 应答它们的名称`
    case 'add-host': {
      const pub = r.publish === null ? '' : `在主机 ${r.host} 上发布端口 ${r.publish}，并`
      const so = r.across
        ? `名称不跨主机，所以 ${r.name} 指向主机 ${r.host} 的地址`
        : `主机网络不解析容器名，所以把 ${r.name} 写入它的 /etc/hosts`
      return `${pub}用 --add-host ${r.name}:${r.address} 重新创建 ${r.from}：${so}`
    }
    case 'rename-holder':
      return `重命名占用名称 ${r.holder} 的容器，然后重新运行该命令`
    case 'remove-holder':
      return `删除占用名称 ${r.holder} 的容器，然后重新运行该命令`
    case 'start-link-child':
      return `启动 ${r.child}，让链接有地址可写，然后重新运行该命令`
    case 'start-then-again':
      return `启动 ${r.container}，然后重新运行该命令`
    case 'stop-then-remove':
      return `先停止 ${r.container}，再删除它`
    case 'disconnect-then-remove':
      return `把 ${r.members.join('、')} 从 ${r.network} 断开，再删除该网络`
    case 'remove-volume-users':
      return `删除使用该卷的 ${r.users.join('、')}，再删除该卷`
    case 'send-to-host':
      return `把命令发送到主机 ${r.host}，${r.container} 运行在那里`
    case 'publish-other-port':
      return `改为发布主机端口 ${r.port}，它在主机 ${r.host} 上无人占用`
    case 'stop-port-holder':
      return `停止占用端口 ${r.port} 的 ${r.holder}，然后${r.start !== null ? `启动 ${r.start}` : '重新运行该命令'}`
    case 'static-ip-network':
      return r.moved === null
        ? `创建子网为 ${r.subnet} 的网络 ${r.network}，并在其上运行该容器`
        : `创建使用空闲子网 ${r.subnet} 的网络 ${r.network}（该地址所在的子网与那里的某个网络重叠），并在其上以地址 ${r.moved} 运行该容器`
    case 'remove-volume':
      return `删除卷 ${r.volume} 及其中的文件`
    case 'start-stopped':
      return `启动 ${r.container}`
    case 'restart-link-env':
      return `重启 ${r.container}，让它的链接变量按 ${r.alias} 现在的地址重新写入`
    case 'free-lan-address':
      return `在 ${r.network} 上给 ${r.container} 分配地址 ${r.address}，局域网上没有机器占用它`
  }
}
