/** The keyboard-shortcut help's words: English, Chinese on demand (i18n/catalog.ts). */
import { defineMessages, type MessageBundle } from '../i18n/catalog'

const en = {
  title: 'Keyboard shortcuts',
  or: 'or',
  undo: 'Undo the last change',
  redo: 'Redo',
  copyPaste: 'Copy the selected containers; paste runs a copy of each (docker run)',
  duplicate: 'Duplicate the selected containers',
  remove: 'Remove the selection (docker rm -f, network rm, volume rm)',
  shiftDrag: 'Shift+drag',
  boxSelect: 'Select the nodes in a box',
  ctrlClick: 'Ctrl+click',
  addToSelection: 'Add a node to the selection',
  focusNext: 'Focus the next node',
  selectFocused: 'Select the focused node',
  arrowKeys: 'Arrow keys',
  move: 'Move the selected nodes',
  scroll: 'Scroll',
  zoom: 'Zoom',
  dragCanvas: 'Drag the canvas',
  pan: 'Pan',
  showList: 'Show this list',
}

export type HelpMessages = typeof en

export const helpMessages: MessageBundle<HelpMessages> = defineMessages(en, () =>
  import('./messages.zh').then((m) => m.zh),
)
