/** 图片导出对话框的中文（与 messages.ts 的英文一一对应）。 */
import type { Translation } from '../i18n/catalog'
import type { ExportMessages } from './messages'

export const zh: Translation<ExportMessages> = {
  heading: '导出图片',
  title: '标题',
  caption: '说明文字',
  hideUnusedBridge: '默认 bridge 网络未使用时隐藏',
  hideAddresses: '隐藏 IP 地址和子网',
  addressesKept: 'SVG 仍然包含完整的图（含地址），以便在 Docknet 中再次打开。',
  transparent: '透明背景',
  column: (p) => `适配 ${p.width} px 宽的文档栏`,
  smallestText: (p) =>
    `在 ${p.width} px 宽时最小文字为 ${p.size} px${p.min === null ? '' : `（小于 ${p.min} px）`}`,
  downloadSvg: '下载 SVG',
  downloadPng: '下载 PNG',
  cancel: '取消',
  preview: '预览',
  previewAlt: '导出图片的预览',
  failed: (p) => `${p.format} 导出失败：${p.why}`,
  exportFormat: (p) => `导出${p.format}`,
  picture: '图片',
  pictureHint: 'SVG 或 PNG，可预览，可加标题和选项',
  mermaidHint: '给 Markdown 文档用的流程图',
  drawioHint: '可在 diagrams.net 里编辑的图',
  composeHint: '每台主机一个 compose 文件，导入后还是同一个拓扑',
  script: 'docker 脚本',
  scriptHint: '重新搭建它的命令',
  verify: '验证脚本',
  verifyHint: '在真实的 Docker 上搭建它，并检查每一条事实',
  share: '分享链接',
  shareHint: '复制后，打开它的人会得到这张图的副本',
  copyPrompt: (p) => `复制这个链接（${p.size}）；这个页面不能使用剪贴板：`,
  linkDone: (p) =>
    `链接已${p.copied ? '复制' : '生成'}（${p.size}）：打开它的人会得到这张图的副本。`,
  characters: (p) => `${p.n} 个字符`,
}
