/** Docknet 自己的提示（画布操作为何不执行、粘贴做了什么）的中文（与 messages.ts 的英文一一对应）。 */
import type { Translation } from '../i18n/catalog'
import { zh as shell } from '../shell/messages.zh'
import type { SaidMessages } from './messages'

const WHAT = { file: '这个文件', autosave: '保存的图', recent: '那张图' } as const
const UNDO_BRINGS_BACK = '撤销（Ctrl+Z）可以找回原来的图。'
const KIND = { host: '主机', network: '网络', container: '容器', volume: '卷' } as const
const MB = 1024 * 1024

export const zh: Translation<SaidMessages> = {
  'linked-by': (p) => `${p.other} 链接到它`,
  'joined-by': (p) => `${p.other} 共用它的网络命名空间`,
  'volumes-used-by': (p) => `${p.other} 使用它的卷`,
  'links-to': (p) => `它链接到 ${p.other}`,
  joins: (p) => `它共用 ${p.other} 的网络命名空间`,
  'uses-volumes-of': (p) => `它使用 ${p.other} 的卷`,
  memberTie: (p) => `${p.member}：${p.tie}`,
  'recreate-blocked': (p) =>
    `这一项只能在创建容器时设定，所以得重建 ${p.container}，但 ${p.ties.join('，')}。`,
  'own-host': (p) =>
    `${p.container} 已经运行在 ${p.host} 上：连到主机的边是让 ambassador 转发到另一台主机发布的端口。要移动容器，请把它的卡片拖到另一台主机上。`,
  'not-an-ambassador': (p) =>
    `${p.container} 运行的是 ${p.image}：只有 ambassador（svendowideit/ambassador）能把端口转发到另一台主机。`,
  'nothing-published': (p) => `${p.host} 没有发布任何 TCP 端口，ambassador 无处可转发。`,
  'volume-elsewhere': (p) =>
    `卷 ${p.volume} 在主机 ${p.volumeHost} 上：${p.containerHost} 上的容器只能挂载它自己的守护进程的卷。`,
  'move-tied': (p) =>
    `${p.container} 不能移到 ${p.toHost}：${p.ties.join('，')}，而链接、共用网络命名空间和 --volumes-from 只在同一主机的容器之间有效。`,
  'rename-blocked': (p) =>
    `Docker 不能重命名${p.what === 'network' ? '网络' : '卷'}：它会连同其中的容器重新创建，但 ${p.ties.join('；')}。`,
  'volume-name-taken': (p) =>
    `冲突：卷名“${p.name}”在 ${p.host} 上已被使用。docker volume create 会保留那个卷及其文件，复制过来的文件会和它们混在一起。请删除它，或换一个名字。`,
  'nothing-pasted':
    '没有粘贴任何内容：画布接受 compose 文件或 docker 命令（以 docker 开头的行；可以带提示符和注释）。',
  ran: (p) => (p.n === 1 ? '已运行粘贴的 docker 命令' : `已运行粘贴的 ${p.n} 条 docker 命令`),
  ranDone: (p) => `${p.what}。${p.undo}`,
  undoPaste: (p) => `撤销（Ctrl+Z）可以把${p.n === 1 ? '它' : '它们'}撤回。`,
  ranRefused: (p) => `${p.what}；Docker 拒绝了其中 ${p.count} 条（见终端），第一条：${p.command}`,
  detached: (p) =>
    `${p.n} 条 docker run -it 改为后台运行（加上了 -d），所以其后的各行在主机上运行，而不是在容器的 shell 里。`,
  leftOut: (p) => `略过了 ${p.n} 行不是 docker 命令的内容，第一行：${p.first}`,
  undone: (p) => `已撤销：${p.made}`,
  redone: (p) => `已重做：${p.made}`,
  nothing: '（尚无改动）',
  move: '移动',
  resize: '调整大小',
  new: '新建图',
  open: '打开图',
  tidy: '整理布局',
  'break-it': '搞坏它',
  'pasted-script': '粘贴的脚本',
  script: '一个脚本',
  generated: '生成的拓扑',
  shared: '分享的图',
  'your-diagram': '你的图',
  example: (p) => `示例 ${p.id}`,
  'pasted-commands': (p) => `粘贴的 ${p.count} 条命令`,
  'cannot-open': (p) => `无法打开${WHAT[p.from]}：${p.error}`,
  'read-too-large': (p) =>
    `这个文件太大（${(p.chars / MB).toFixed(1)} MB）；Docknet 只打开不超过 ${p.limit / MB} MB 的文档。`,
  'read-mermaid-not-ours': '这个 Mermaid 文件不是 Docknet 导出的：里面没有 docker 脚本。',
  'read-picture-not-ours': (p) =>
    `这个${p.what === 'drawio' ? ' draw.io 文件' : '图片'}不是 Docknet 导出的：里面没有图。`,
  'read-not-json': '这个文件不是 JSON。',
  'read-not-a-document': '这不是 Docknet 文档。',
  'read-newer-version': (p) =>
    `这个文档的版本是 ${p.version}；这个 Docknet 只能读取不高于 ${p.reads} 的版本。`,
  'read-too-many-containers': (p) =>
    `这个文档有 ${p.count} 个容器；Docknet 最多打开 ${p.limit} 个。`,
  'read-damaged': (p) => `文档已损坏：${p.why}。`,
  'damage-no-topology': '文件里没有拓扑',
  'damage-no-list': (p) => `拓扑里没有 ${p.key} 列表`,
  'damage-invalid-field': (p) => `${p.where} 没有有效的 ${p.key}`,
  'damage-listed-twice': (p) => `有一个${KIND[p.kind]}列出了两次`,
  'damage-not-a-record': (p) => `第 ${p.index} 个${KIND[p.kind]}不是一条记录`,
  'damage-no-host': '里面没有主机',
  'damage-unknown-host': (p) => `${KIND[p.kind]} ${p.name} 在一台不存在的主机上`,
  'damage-twin-networks': (p) => `有两个网络都叫 ${p.name}`,
  'damage-no-default-bridge': (p) => `主机 ${p.host} 没有默认的 bridge 网络`,
  'damage-bad-name': (p) => `${KIND[p.kind]}名 ${p.name} 不符合 Docker 的命名规则`,
  'damage-twin-containers': (p) => `主机 ${p.host} 上有两个容器都叫 ${p.name}`,
  'damage-unknown-network': (p) => `容器 ${p.container} 连接到一个不存在的网络`,
  'damage-links-itself': (p) => `容器 ${p.container} 链接到它自己`,
  'damage-missing-volume': (p) => `容器 ${p.container} 挂载的卷 ${p.volume} 不存在`,
  'damage-joins-itself': (p) => `容器 ${p.container} 加入了它自己的网络命名空间`,
  where: (p) => `${KIND[p.kind]} ${p.name}${p.part ? ` 的${p.part}` : ''}`,
  'part-daemon': '守护进程',
  'part-endpoint': '网络端点',
  'part-kept-config': '保留的网络配置',
  'part-link': '链接',
  'part-mount': (p) => `挂载点 ${p.destination}`,
  'repair-field': (p) => `${p.where}：${p.key}`,
  'repair-current-host': '当前主机',
  'repair-id-counter': 'ID 计数器',
  'cannot-share': (p) => p.why,
  'share-link-too-long': (p) =>
    `这张图的链接会有 ${p.length.toLocaleString('en')} 个字符，太长，无法可靠地分享（链接应少于 ${p.limit.toLocaleString('en')} 个字符）：请把它保存为文件。`,
  'share-link-damaged': '这个分享链接已损坏：里面没有图。',
  'share-fragment-too-long': (p) =>
    `这个分享链接太长（${p.length.toLocaleString('en')} 个字符；Docknet 只读取不超过 ${p.limit.toLocaleString('en')} 个字符的链接）。`,
  'share-other-version': (p) =>
    `这个分享链接是另一个版本的 Docknet 生成的（${p.version}）；这个版本只能读取版本 1 到 ${p.reads}。`,
  'opened-repaired': (p) =>
    `已打开${WHAT[p.from]}，缺失或损坏的部分用了默认值：${p.repairs.slice(0, 4).join('；')}${p.repairs.length > 4 ? `，另有 ${p.repairs.length - 4} 处` : ''}。`,
  'cannot-import': (p) => `无法导入 ${p.file}：${p.error}`,
  'import-refused': (p) => `无法导入 ${p.file}：Docker 拒绝了 ${p.command}\n${p.stderr}`,
  imported: (p) =>
    `已把 ${p.file} 导入为项目 ${p.project}：${p.containers} 个容器${p.notes ? `；终端里有 ${p.notes} 条说明，讲哪些内容没有模拟` : ''}。${UNDO_BRINGS_BACK}`,
  'share-refused': (p) => `无法搭建这个分享链接里的图：Docker 拒绝了 ${p.command}\n${p.stderr}`,
  'shared-opened': (p) => `已打开一张分享的图的副本。${p.over ? UNDO_BRINGS_BACK : ''}`,
  'example-over': (p) => `已打开示例“${shell.exampleTitle(p)}”。${UNDO_BRINGS_BACK}`,
  'no-example': (p) => `没有名为“${p.id}”的示例。`,
}
