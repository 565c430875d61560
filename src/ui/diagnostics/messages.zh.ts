/** 诊断面板的中文（与 messages.ts 的英文一一对应）。 */
import type { Translation } from '../i18n/catalog'
import type { DiagnosticsMessages } from './messages'

export const zh: Translation<DiagnosticsMessages> = {
  title: '诊断',
  close: '关闭',
  none: '没有问题：Docker 会按图中所画运行这个拓扑。',
  why: '为什么？',
  error: '错误',
  warning: '警告',
  note: '提示',
}
