/** 画布操作为何不执行的中文（与 messages.ts 的英文一一对应）。 */
import type { Translation } from '../i18n/catalog'
import type { RefusalMessages } from './messages'

export const zh: Translation<RefusalMessages> = {
  'linked-by': (p) => `${p.other} 链接到它`,
  'joined-by': (p) => `${p.other} 共用它的网络命名空间`,
  'volumes-used-by': (p) => `${p.other} 使用它的卷`,
  'links-to': (p) => `它链接到 ${p.other}`,
  joins: (p) => `它共用 ${p.other} 的网络命名空间`,
  'uses-volumes-of': (p) => `它使用 ${p.other} 的卷`,
  memberTie: (p) => `${p.member}：${p.tie}`,
  'recreate-blocked': (p) =>
    `这一项只能在创建容器时设定，所以得重建 ${p.container}，但 ${p.ties.join('，')}。`,
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
}
