/** 工具栏的中文（与 messages.ts 的英文一一对应）。 */
import type { Translation } from '../i18n/catalog'
import type { ToolbarMessages } from './messages'

export const zh: Translation<ToolbarMessages> = {
  example: '示例',
  examples: '示例',
  choose: '选择…',
  newDiagram: '新建图',
  newTitle: '新建',
  openDiagram: '打开图',
  openTitle: '打开一个图（.docknet.json 或导出的 SVG）、compose 文件或 docker 脚本',
  fileToOpen: '要打开的图文件',
  saveDiagram: '保存图',
  saveTitle: '保存为 JSON',
  tidy: '整理布局',
  tidyTitle: '整理布局：重新摆放每张卡片，网络在上，卷在下',
  undo: '撤销',
  undoTitle: '撤销（Ctrl+Z）',
  redo: '重做',
  redoTitle: '重做（Ctrl+Shift+Z）',
  lastCommand: '上一条命令',
  lessons: '课程',
  lessonsTitle: '课程：边做边检查的引导练习',
  matrix: '连通矩阵',
  matrixTitle: '连通矩阵：谁能访问谁，以及原因',
  diagnostics: (p) => `诊断：${p.problems} 个问题${p.notes > 0 ? `，${p.notes} 条提示` : ''}`,
  diagnosticsTitle: '诊断：拓扑中的每个问题，以及提示',
  darkTheme: '深色主题',
  lightTheme: '浅色主题',
  shortcuts: '键盘快捷键',
  shortcutsTitle: '键盘快捷键（?）',
  language: '语言',
}
