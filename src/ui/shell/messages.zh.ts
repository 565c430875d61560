/** 首屏界面的中文（与 messages.ts 的英文一一对应）。Docker 自己的写法（--link、-p、镜像名）不译。 */
import type { Translation } from '../i18n/catalog'
import type { AriaLabelConfig } from '@xyflow/react'
import type { SaveFailure } from '../../io/browser/autosave'
import type { EdgeMeaning } from '../../store'
import type { ShellMessages } from './messages'

/** Why a save failed, in Chinese; the browser's own message is quoted as it says it. */
function failureZh(r: SaveFailure): string {
  switch (r.kind) {
    case 'storage-full':
      return '浏览器为本站提供的存储空间已满'
    case 'unreadable':
      return `无法读取浏览器的存储（${r.detail}）`
    case 'error':
      return `浏览器报错（${r.detail}）`
  }
}

/** What an edge means, in Chinese (edge-meaning.ts has the English). */
function meaningZh(m: EdgeMeaning): string {
  switch (m.kind) {
    case 'network': {
      const note = [...m.aliases.map((a) => `别名 ${a}`), ...(m.ip ? [`ip ${m.ip}`] : [])]
      return `${m.container} 接入网络 ${m.network}${note.length > 0 ? `（${note.join('，')}）` : ''}`
    }
    case 'link':
      return `${m.container} link 到 ${m.child}，别名 ${m.alias}`
    case 'joined':
      return `${m.container} 加入 ${m.donor} 的网络命名空间`
    case 'volumes-from':
      return `${m.container} ${m.readOnly ? '只读' : ''}挂载 ${m.donor} 的卷`
    case 'ambassador':
      return `ambassador ${m.container} 把端口 ${m.listen} 转发到 ${m.host} 上的 ${m.target}${m.publisher ? `（由 ${m.publisher} 发布）` : ''}`
    case 'volume':
      return `${m.container} 把卷 ${m.volume} ${m.readOnly ? '只读' : ''}挂载在 ${m.path}`
  }
}

const EXAMPLES: Record<string, { title: string; lesson: string }> = {
  link: {
    title: '传统 --link',
    lesson: 'link 把子容器按别名、主机名和名字写进父容器的 /etc/hosts。',
  },
  'link-env': {
    title: 'link 的环境变量',
    lesson: '父容器得到 DB_PORT_5432_TCP 等变量，在它启动时就定格了。',
  },
  ambassador: {
    title: '跨两台主机的 ambassador',
    lesson:
      'default 主机上的 wordpress 经过两个 socat ambassador 和一个发布的端口访问 vm2 上的 mysql。',
  },
  volumes: {
    title: '卷与 --volumes-from',
    lesson: '共享同一挂载的容器能看到彼此的文件。',
  },
  joined: {
    title: '共享网络命名空间',
    lesson: '--net=container:web1 共用 web1 的网卡：httpd 在 127.0.0.1 上应答。',
  },
  'host-network': {
    title: 'host 网络',
    lesson: '--net=host 的容器直接监听主机自己的地址。',
  },
  icc: {
    title: '--icc=false 的 docker0',
    lesson: '只有 link 起来的容器能通信，而且只在子容器暴露的端口上。',
  },
  ports: {
    title: '发布端口',
    lesson: '-p 8066:3306 会启动一个 docker-proxy，并加上 DNAT 和 ACCEPT 规则。',
  },
  'user-bridge-dns': {
    title: '自定义 bridge 与 DNS',
    lesson: '同一自定义网络上的容器通过 127.0.0.11 按名字和别名互相解析。',
  },
  'static-ip': {
    title: '静态 IP',
    lesson: '--ip 只能用在带 --subnet 创建的自定义网络上。',
  },
  macvlan: {
    title: '两台主机上的 macvlan',
    lesson:
      'web 在局域网上有自己的地址：vm2 和它的容器能直接访问，但它自己的主机和 client 不能（内核不在 eth0 和它的 macvlan 子接口之间转发）。',
  },
}

/** React Flow's own words: its controls' names and what a screen reader says of cards and edges. */
export const flowLabels: Partial<AriaLabelConfig> = {
  'node.a11yDescription.default': '按回车或空格选中卡片，按 Delete 删除，按 Esc 取消。',
  'node.a11yDescription.keyboardDisabled':
    '按回车或空格选中卡片，然后可以用方向键移动它。按 Delete 删除，按 Esc 取消。',
  'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) =>
    `已将选中的卡片向${{ up: '上', down: '下', left: '左', right: '右' }[direction] ?? direction}移动。新位置 x: ${x}，y: ${y}`,
  'edge.a11yDescription.default': '按回车或空格选中连线，然后按 Delete 删除，按 Esc 取消。',
  'controls.ariaLabel': '控制面板',
  'controls.zoomIn.ariaLabel': '放大',
  'controls.zoomOut.ariaLabel': '缩小',
  'controls.fitView.ariaLabel': '适应视图',
  'controls.interactive.ariaLabel': '锁定或解锁编辑',
  'minimap.ariaLabel': '小地图',
  'handle.ariaLabel': '连接点',
}

export const zh: Translation<ShellMessages> = {
  palette: '组件',
  add: (p) => `添加${p.what}（或把它拖到画布上）`,
  host: '主机',
  bridge: 'Bridge 网络',
  overlay: 'Overlay 网络',
  macvlan: 'Macvlan 网络',
  ipvlan: 'Ipvlan 网络',
  parent: '父接口',
  parentLabel: 'macvlan 和 ipvlan 网络的父接口',
  volume: '卷',
  containerToContainer: '容器 → 容器',
  hintLink: '源容器得到 --link 目标',
  hintJoined: '源容器加入目标的网络命名空间',
  hintVolumesFrom: '源容器挂载目标的卷',
  dragHint: '从容器顶部的连接点拖到网络、卷、容器，或（ambassador）拖到一台主机。',
  containers: '容器',
  imageLabel: '新容器的镜像',
  imagePlaceholder: '任意镜像，例如 alpine:3.20',
  inspector: '检查器',
  intro:
    '选中一个容器，查看它的 /etc/hosts、环境变量、DNS 应答以及它能访问谁；选中主机查看它的守护进程和发布的端口；选中网络查看成员；选中卷查看谁挂载了它。',
  example: '示例',
  exampleTitle: (p) => EXAMPLES[p.id]?.title ?? p.id,
  exampleLesson: (p) => EXAMPLES[p.id]?.lesson ?? '',
  terminal: '终端',
  terminalOutput: '终端输出',
  terminalHeight: '终端高度',
  walk: '走一遍',
  why: '为什么？',
  dockerCommand: 'docker 命令',
  opening: '正在打开你的图…',
  dismiss: '关闭',
  close: '关闭',
  notSaved: (p) => `未保存：${failureZh(p.reason)}。`,
  saveAsFile: '另存为文件',
  otherTabSaved: '另一个标签页保存了这张图。',
  reload: '重新加载',
  keepThisTab: '保留本标签页的',
  notSavedHere: (p) => `没有保存在这个浏览器里：${failureZh(p.reason)}。请另存为文件来保留它。`,
  otherTabToast: '另一个标签页保存了这张图。这个标签页不再覆盖它：这里的修改会进入“最近的图”。',
  couldNotDraw: 'Docknet 画不出这张图',
  savedNotOpened: '这个浏览器里保存的图打不开',
  recoveryNote:
    '什么都没有删除。先把图下载为文件保留下来，再重新开始；它也会留在这个浏览器的“最近的图”里。',
  downloadDiagram: '下载这张图',
  startFresh: '重新开始',
  saving: '正在保存…',
  saved: '已保存',
  canvasArea: '画布',
  canvas: '拓扑画布',
  showMinimap: '显示小地图',
  hideMinimap: '隐藏小地图',
  minimap: '小地图',
  edges: '连线',
  edgeMeaning: (p) => p.meanings.map(meaningZh).join('；'),
  hostWord: '主机',
  cardHost: '主机（一个 Docker 守护进程）',
  cardNetwork: '网络',
  cardContainer: '容器',
  cardVolume: '卷',
  running: '运行中 (Up)',
  created: '已创建，未启动',
  exited: '已退出（停止）',
  legend: '图例',
  foldLegend: '收起图例',
  showLegend: '显示图例',
  edgeNetwork: '接入网络',
  edgeLink: '--link（传统）',
  edgeVolume: '挂载卷',
  edgeVolumesFrom: '--volumes-from',
  edgeJoined: '--net=container:',
  edgeAmbassador: 'ambassador 转发',
}
