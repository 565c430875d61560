/** 连通性叠加层的中文（与 overlay-messages.ts 的英文一一对应）。 */
import type { Translation } from '../i18n/catalog'
import type { OverlayMessages } from './overlay-messages'

export const zh: Translation<OverlayMessages> = {
  badgeLabel: (p) =>
    `为什么从 ${p.from} ${!p.reachable ? '无法访问' : p.byName ? '能访问' : '只能按 IP 地址访问'} ${p.to}？`,
  badgeTitle: (p) =>
    `${p.byIpOnly ? `只能按 IP 地址访问：名称 ${p.to} 到不了它。` : ''}${p.why}（点击查看原因）`,
}
