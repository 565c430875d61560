/**
 * The interface's words the lesson tests read and click, per language, written out as the app's
 * catalogs render them (src/ui/lessons, src/ui/inspector and src/ui/shell messages, and the
 * edges' meanings in src/ui/shell/messages.zh.ts). Docker's own output (the status line's
 * commands, the cards' names and addresses) is the same in every language.
 */
export type Lang = 'en' | 'zh'

export interface Words {
  /** The browser's locale, which picks the interface's language on a first visit. */
  readonly locale: string
  /** Appended to a test's name, to tell the runs apart. */
  readonly suffix: string
  /** The lesson panel. */
  readonly prediction: string
  readonly yes: string
  readonly no: string
  readonly right: string
  readonly next: string
  readonly finished: string
  /** The canvas's cards and edges, as screen readers name them. */
  readonly host: (name: string) => string
  readonly network: (name: string) => string
  readonly container: (name: string) => string
  readonly link: (from: string, to: string) => string
  readonly foldLegend: string
  readonly fitView: string
  /** The inspector. */
  readonly editTab: string
  readonly editContainer: (name: string) => string
  readonly apply: string
  readonly applyRecreates: string
  readonly rename: string
  readonly changeSubnet: string
}

export const WORDS: Record<Lang, Words> = {
  en: {
    locale: 'en-US',
    suffix: '',
    prediction: 'Your prediction',
    yes: 'yes',
    no: 'no',
    right: 'Right.',
    next: 'Next step',
    finished: 'Lesson done',
    host: (name) => `host ${name}`,
    network: (name) => `network ${name}`,
    container: (name) => `container ${name}`,
    link: (from, to) => `link ${from} to ${to}`,
    foldLegend: 'Fold the legend',
    fitView: 'Fit view',
    editTab: 'Edit',
    editContainer: (name) => `Edit container ${name}`,
    apply: 'Apply',
    applyRecreates: 'Apply (recreates the container)',
    rename: 'Rename',
    changeSubnet: 'Change subnet',
  },
  zh: {
    locale: 'zh-CN',
    suffix: ' (中文)',
    prediction: '你的预测',
    yes: '是',
    no: '否',
    right: '答对了。',
    next: '下一步',
    finished: '课程完成',
    host: (name) => `主机 ${name}`,
    network: (name) => `网络 ${name}`,
    container: (name) => `容器 ${name}`,
    link: (from, to) => `${from} link 到 ${to}`,
    foldLegend: '收起图例',
    fitView: '适应视图',
    editTab: '编辑',
    editContainer: (name) => `编辑容器 ${name}`,
    apply: '应用',
    applyRecreates: '应用（会重建容器）',
    rename: '重命名',
    changeSubnet: '更改子网',
  },
}

export const LANGS = Object.keys(WORDS) as Lang[]
