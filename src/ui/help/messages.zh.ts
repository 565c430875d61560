/** 键盘快捷键帮助的中文（与 messages.ts 的英文一一对应）。 */
import type { Translation } from '../i18n/catalog'
import type { HelpMessages } from './messages'

export const zh: Translation<HelpMessages> = {
  title: '键盘快捷键',
  or: '或',
  undo: '撤销上一次改动',
  redo: '重做',
  copyPaste: '复制选中的容器；粘贴时为每个容器运行一个副本（docker run）',
  duplicate: '为选中的容器各建一个副本',
  remove: '删除所选内容（docker rm -f、network rm、volume rm）',
  shiftDrag: 'Shift+拖动',
  boxSelect: '框选节点',
  ctrlClick: 'Ctrl+单击',
  addToSelection: '把节点加入选择',
  focusNext: '聚焦下一个节点',
  selectFocused: '选中聚焦的节点',
  arrowKeys: '方向键',
  move: '移动选中的节点',
  scroll: '滚动滚轮',
  zoom: '缩放',
  dragCanvas: '拖动画布',
  pan: '平移',
  showList: '显示此列表',
}
