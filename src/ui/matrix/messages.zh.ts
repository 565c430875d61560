/** 连通矩阵的中文（与 messages.ts 的英文一一对应）。 */
import type { Translation } from '../i18n/catalog'
import type { MatrixMessages } from './messages'

export const zh: Translation<MatrixMessages> = {
  title: '连通矩阵',
  legend: '每一行尝试访问每一列。',
  legendByName: '可按名称访问，',
  legendByIp: '仅能按 IP 地址访问，',
  legendUnreachable: '不可达；',
  legendPorts: '表示该列容器开放的端口数 / 端口总数。',
  noContainer: '还没有容器。',
  columns: '列：被访问方 →',
  rows: '行：访问方 ↓',
  host: (p) => `主机 ${p.host}`,
  entry: (p) => `${p.name}，位于 ${p.host}${p.running ? '' : '（未运行）'}`,
  cell: (p) => `${p.from} ${p.reachable ? '能访问' : '无法访问'} ${p.to}`,
  proof: '依据',
  verdict: (p) =>
    !p.reachable
      ? `${p.from} 无法访问 ${p.to}`
      : p.byName
        ? `${p.from} 能访问 ${p.to}`
        : `${p.from} 仅能按 IP 地址访问 ${p.to}`,
  portsOf: (p) => `${p.name} 的端口`,
  routes: '路由',
  showPath: '在画布上显示路径',
  show: (p) => `显示 ${p.name}`,
  pickCell: '选择一个单元格，查看该行容器如何访问该列容器，或为何无法访问。',
}
