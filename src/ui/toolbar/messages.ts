/** The toolbar's words: English, Chinese on demand (i18n/catalog.ts). */
import { defineMessages, type MessageBundle } from '../i18n/catalog'

const en = {
  example: 'Example',
  examples: 'Examples',
  choose: 'choose…',
  newDiagram: 'New diagram',
  newTitle: 'New',
  openDiagram: 'Open diagram',
  openTitle: 'Open a diagram (.docknet.json or an exported SVG), a compose file or a docker script',
  fileToOpen: 'Diagram file to open',
  saveDiagram: 'Save diagram',
  saveTitle: 'Save as JSON',
  tidy: 'Tidy layout',
  tidyTitle: 'Tidy layout: place every card again, networks on top, volumes below',
  undo: 'Undo',
  undoTitle: 'Undo (Ctrl+Z)',
  redo: 'Redo',
  redoTitle: 'Redo (Ctrl+Shift+Z)',
  lastCommand: 'Last command',
  lessons: 'Lessons',
  lessonsTitle: 'Lessons: guided exercises, checked as you go',
  matrix: 'Reachability matrix',
  matrixTitle: 'Reachability matrix: who reaches whom, and why',
  diagnostics: (p: { problems: number; notes: number }) =>
    `Diagnostics: ${p.problems} problem${p.problems === 1 ? '' : 's'}${p.notes > 0 ? `, ${p.notes} note${p.notes === 1 ? '' : 's'}` : ''}`,
  diagnosticsTitle: 'Diagnostics: every problem in the topology, and notes',
  darkTheme: 'Dark theme',
  lightTheme: 'Light theme',
  shortcuts: 'Keyboard shortcuts',
  shortcutsTitle: 'Keyboard shortcuts (?)',
  language: 'Language',
  export: 'Export',
  exportTitle: 'Export: a picture or a file for other tools',
  exportFormats: 'Export formats',
  recent: 'Recent diagrams',
  recentTitle: 'Recent diagrams: those replaced by New, Open or an example',
  aboutCounts: (p: { containers: number; networks: number; hosts: number }) => {
    const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`
    return `${count(p.containers, 'container')}, ${count(p.networks, 'network')}, ${count(p.hosts, 'host')}`
  },
  recentNone: 'No replaced diagram yet: one replaced by New, Open or an example is kept here.',
  download: (p: { title: string }) => `Download ${p.title}`,
  downloadTitle: 'Download as a file',
  justNow: 'just now',
  minutesAgo: (p: { n: number }) => `${p.n} min ago`,
  hoursAgo: (p: { n: number }) => `${p.n} h ago`,
  daysAgo: (p: { n: number }) => `${p.n} days ago`,
}

export type ToolbarMessages = typeof en

export const toolbarMessages: MessageBundle<ToolbarMessages> = defineMessages(en, () =>
  import('./messages.zh').then((m) => m.zh),
)
