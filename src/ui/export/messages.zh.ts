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
}
