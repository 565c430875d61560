/**
 * why-rule-text.ts in Simplified Chinese: the same rules and records, worded for the interface
 * in Chinese. Flags, commands, names and addresses stay as Docker writes them; records Docker
 * prints stay as they are. The CLI never uses this file.
 */
import type { LanHolder, WhyEvidence, WhyRule } from './why-rule'

/** Docker's state words as the cards word them in Chinese. */
function stateText(state: string | null): string {
  if (state === 'created') return '已创建，未启动'
  if (state === 'exited') return '已退出'
  if (state === 'running') return '正在运行'
  return '未在运行'
}

export function whyRuleText(r: WhyRule): string {
  switch (r.kind) {
    case 'name-in-use':
      return `容器名在其主机上是唯一的：主机 ${r.host} 的守护进程只有一张名称表，而 "${r.name}" 已经是那里一个容器的名称${r.holderState ? `（${stateText(r.holderState)}）` : ''}，即使它已停止也一样。删除它（docker rm -f）、重命名它，或给这个容器另起一个名称。`
    case 'link-not-running':
      return `链接在容器启动时建立，取自被链接容器的地址和端口：${r.child} 未在运行，所以没有地址可写入 /etc/hosts 和链接变量。请先启动 ${r.child}。`
    case 'link-target-missing':
      return `--link 指向同一主机上的容器：主机 ${r.host} 上没有名为 ${r.ref} 的容器。${r.elsewhere ? '链接从不跨主机：跨主机时，请在另一台主机上发布端口并连接那台主机的地址，或在两边各放一个 ambassador。' : ''}`
    case 'link-without-network':
      return `链接会把被链接的容器写入新容器自己的 /etc/hosts 和环境变量，这只在默认网桥上进行。使用 --network host 或 container:NAME 时，容器没有自己的网络可供链接，所以 Docker 拒绝两者同时使用：在用户自定义网络上，名称无需链接即可解析。`
    case 'publish-joined':
      return `-p 发布的是容器自己网络命名空间中的端口。加入了另一个容器的命名空间（--network container:NAME）后，它没有自己的命名空间：请在它加入的那个容器上发布端口。`
    case 'join-not-running':
      return `--network container:NAME 共享那个容器的网络命名空间，而该命名空间只在它运行时存在：${r.donor} ${stateText(r.state)}。请先启动它。`
    case 'port-allocated': {
      const { host, hostIp, port } = r
      const held = r.holder
        ? `${r.holder} 的 docker-proxy 已在主机 ${host} 上监听 ${hostIp}:${port}`
        : `主机 ${host} 上的 ${hostIp}:${port} 已被占用`
      return `一个主机端口在一台主机的每个地址上只能绑定一次：${held}。请发布另一个主机端口（-p ${port + 1}:…），或停止占用它的容器。新容器已创建但未启动：在删除之前，它一直占着这个名称。`
    }
    case 'exec-not-running':
      return `docker exec 在运行中的容器的命名空间里运行进程：${r.container} ${stateText(r.state)}。请先启动它。`
    case 'remove-running':
      return `docker rm 删除的是已停止的容器：${r.ref} 正在运行。请先停止它，或用 -f 删除（会杀死它）。`
    case 'network-in-use':
      return `只有当没有运行中的容器接入时，网络才能被删除：请先断开它们（docker network disconnect）或停止它们。`
    case 'volume-in-use':
      return `只要有容器在使用，卷就会保留，即使容器已停止：请先删除该容器（它的数据留在卷中，直到卷被删除）。`
    case 'static-ip-default':
      return `--ip 在用户自定义网络上选择地址：在默认网桥上，Docker 按顺序分配地址。请用 --subnet 创建一个网络，并用 --ip 在其上运行该容器。`
    case 'static-ip-no-subnet':
      return `--ip 从用户指定的子网中选择地址：这个网络创建时没有指定 --subnet。请用 --subnet 创建一个网络（docker network create --subnet 172.30.0.0/16 NAME）。`
    case 'other-host':
      return `每台主机的守护进程只知道自己的容器：这条命令发往主机 ${r.host}，而 ${r.ref} 运行在${r.hosts.map((h) => `主机 ${h}`).join('、')} 上。请用 docker --context HOST 把它发送到那里。`
    case 'volume-unused':
      return `命名卷比使用它的容器存在得更久：docker rm 会删除容器的匿名卷（加 -v 时），但从不删除命名卷，所以 ${r.volume} 及其中的文件会一直留在主机 ${r.host} 上，直到执行 docker volume rm ${r.volume}。重新挂载它（-v ${r.volume}:/容器内路径）以使用其中的数据，或删除它。`
    case 'never-started':
      return `${r.container} 已创建但从未启动：Docker 在容器启动时才创建它的网络端点，所以它还没有地址，没有 DNS 名称指向它，也没有发布的端口通向它。docker start ${r.container} 会给它分配地址。`
    case 'stopped':
      return `停止的容器没有网络：${r.container} 停止时，Docker 删除了它的网络端点并释放了它的地址，所以没有 DNS 名称指向它，也没有发布的端口通向它；链接到它的容器在 /etc/hosts 中保留的那一行指向不存在的地址。docker start ${r.container} 会重新给它分配最小的空闲地址，不一定是原来的那个；链接到它的容器的 /etc/hosts 会随之更新，但它们的链接变量不会。`
    case 'link-env-stale':
      return `链接变量只在 ${r.parent} 启动时写入一次它的环境，取自 ${r.child} 当时的地址（${r.was}）。${r.child} 此后重新启动过，现在的地址是 ${r.now}：Docker 改写了 ${r.parent} 的 /etc/hosts 中 ${r.alias} 那一行，却从不改写这些变量，所以读取 ${r.alias.toUpperCase()}_PORT 的程序会连接 ${r.was}，${r.reused ? `而现在应答那里的是 ${r.reused}` : '而那里无人应答'}。重启 ${r.parent} 以重新写入它们，或让程序使用名称 ${r.alias}。`
    case 'lan-clash':
      return `${r.driver} 把 ${r.container} 直接放到局域网上，带有自己的 MAC 地址；它的地址来自主机 ${r.host} 上网络 ${r.network} 的 IPAM，而 IPAM 只知道本守护进程的容器：既不知道局域网上的其他机器，也不知道另一台主机上使用的同一子网。${holderText(r.holder)}，所以有两台机器应答同一个地址的 ARP，发往这个地址的局域网流量可能到达其中任意一台。请给 ${r.container} 一个无人占用的地址，并给每台主机的网络分配子网中各自的一段（--ip-range），以免再次发生。`
  }
}

function holderText(h: LanHolder): string {
  return 'host' in h
    ? `主机 ${h.host} 自己的局域网地址就是 ${h.ip}`
    : `${h.container ?? '另一个容器'} 在主机 ${h.on ?? '?'} 上占用 ${h.ip}`
}

/** A record that shows a rule: Docker's own as it prints it, a fact in a line. */
export function whyEvidenceText(e: WhyEvidence): string {
  if (typeof e === 'string') return e
  switch (e.kind) {
    case 'attached':
      return `接入 ${e.network} 的：${e.endpoints}`
    case 'runs-on':
      return `${e.container} 运行在主机 ${e.host} 上`
    case 'holds-now':
      return `${e.container} 现在占用 ${e.ip}`
    case 'lan-address':
      return `主机 ${e.host} 上的 ${e.container}：${e.ip}（网络 ${e.network}，${e.subnet}）`
    case 'lan-holder':
      return holderText(e.holder)
  }
}
