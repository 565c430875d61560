import { useRef } from 'react'
import {
  Grid3x3,
  GraduationCap,
  Moon,
  Sun,
  Stethoscope,
  FilePlus2,
  FolderOpen,
  Keyboard,
  Redo2,
  Save,
  Undo2,
  Workflow,
} from 'lucide-react'
import { download } from '../../io/browser/files'
import { OPENABLE, openFile } from '../open-file'
import { useAppStore } from '../../store/react'
import { RecentMenu } from './RecentMenu'
import { ExportMenu } from './ExportMenu'
import { useProblemCount } from './problem-count'
import { SaveStatus } from './SaveStatus'

import type { Scenario } from '../../store'
import { setLanguage, useLanguage, useT } from '../i18n/language'
import { toolbarMessages } from './messages'
import { shellMessages } from '../shell/messages'

/** Examples, undo and redo, and the docker command the last gesture ran. */
export function Toolbar({
  scenarios,
  onExample,
  onHelp,
  onDiagnostics,
  onMatrix,
  onLessons,
}: {
  scenarios: readonly Scenario[]
  onExample: (id: string) => void
  onHelp: () => void
  onDiagnostics: () => void
  onMatrix: () => void
  onLessons: () => void
}) {
  const t = useT(toolbarMessages)
  const language = useLanguage()
  const { problems, notes } = useProblemCount()
  const undo = useAppStore((s) => s.undo)
  const redo = useAppStore((s) => s.redo)
  const canUndo = useAppStore((s) => s.past.length > 0)
  const canRedo = useAppStore((s) => s.future.length > 0)
  const status = useAppStore((s) => s.status)
  const newDocument = useAppStore((s) => s.newDocument)
  const saveDocument = useAppStore((s) => s.saveDocument)
  const example = useAppStore((s) => s.example)
  const tidy = useAppStore((s) => s.tidy)
  const theme = useAppStore((s) => s.theme)
  const setTheme = useAppStore((s) => s.setTheme)
  const fileInput = useRef<HTMLInputElement>(null)
  const say = useT(shellMessages)
  const button = 'rounded p-1 text-slate-700 hover:bg-slate-100 disabled:opacity-40'
  return (
    <header className="flex items-center gap-3 border-b border-slate-200 bg-white px-4 py-2">
      <h1 className="text-lg font-semibold text-slate-900">Docknet</h1>
      <label className="flex items-center gap-1 text-sm text-slate-600">
        {t('example')}
        <select
          aria-label={t('examples')}
          data-testid="examples"
          value={example ?? ''}
          onChange={(e) => e.target.value && onExample(e.target.value)}
          className="rounded border border-slate-300 px-1 py-0.5 text-sm"
        >
          <option value="">{t('choose')}</option>
          {scenarios.map((s) => (
            <option key={s.id} value={s.id}>
              {say('exampleTitle', { id: s.id })}
            </option>
          ))}
        </select>
      </label>
      <button
        aria-label={t('newDiagram')}
        title={t('newTitle')}
        onClick={newDocument}
        className={button}
      >
        <FilePlus2 className="size-4" />
      </button>
      <button
        aria-label={t('openDiagram')}
        title={t('openTitle')}
        onClick={() => fileInput.current?.click()}
        className={button}
      >
        <FolderOpen className="size-4" />
      </button>
      <RecentMenu className={button} />
      <input
        ref={fileInput}
        type="file"
        accept={OPENABLE}
        data-testid="open-file"
        aria-label={t('fileToOpen')}
        className="hidden"
        onChange={async (e) => {
          const file = e.target.files?.[0]
          if (file) await openFile(file)
          e.target.value = ''
        }}
      />
      <button
        aria-label={t('saveDiagram')}
        title={t('saveTitle')}
        onClick={() => download('diagram.docknet.json', saveDocument())}
        className={button}
      >
        <Save className="size-4" />
      </button>
      <ExportMenu className={button} />
      <button
        aria-label={t('tidy')}
        title={t('tidyTitle')}
        onClick={() => void tidy()}
        className={button}
      >
        <Workflow className="size-4" />
      </button>
      <button
        aria-label={t('undo')}
        title={t('undoTitle')}
        disabled={!canUndo}
        onClick={undo}
        className={button}
      >
        <Undo2 className="size-4" />
      </button>
      <button
        aria-label={t('redo')}
        title={t('redoTitle')}
        disabled={!canRedo}
        onClick={redo}
        className={button}
      >
        <Redo2 className="size-4" />
      </button>
      <SaveStatus />
      <output
        data-testid="status-line"
        aria-label={t('lastCommand')}
        className="ml-2 truncate font-mono text-xs text-slate-600"
      >
        {status ? `$ ${status}` : ''}
      </output>
      <button
        aria-label={t('lessons')}
        title={t('lessonsTitle')}
        onClick={onLessons}
        className={`ml-auto flex items-center gap-1 ${button}`}
      >
        <GraduationCap className="size-4" />
        <span className="text-xs">{t('lessons')}</span>
      </button>
      <button
        aria-label={t('matrix')}
        title={t('matrixTitle')}
        onClick={onMatrix}
        className={button}
      >
        <Grid3x3 className="size-4" />
      </button>
      <button
        // The panel lists notes too (a stopped container, a volume nobody mounts): counted apart.
        aria-label={t('diagnostics', { problems, notes })}
        title={t('diagnosticsTitle')}
        onClick={onDiagnostics}
        className={`flex items-center gap-1 ${button}`}
      >
        <Stethoscope className="size-4" />
        {problems > 0 ? (
          <span className="rounded-full bg-amber-500 px-1.5 text-[10px] font-semibold text-white">
            {problems}
          </span>
        ) : null}
      </button>
      <select
        aria-label={t('language')}
        title={t('language')}
        value={language}
        onChange={(e) => void setLanguage(e.target.value === 'zh' ? 'zh' : 'en')}
        className="rounded border border-slate-300 px-1 py-0.5 text-xs"
      >
        <option value="en">English</option>
        <option value="zh">简体中文</option>
      </select>
      <button
        aria-label={t('darkTheme')}
        aria-pressed={theme === 'dark'}
        title={theme === 'dark' ? t('lightTheme') : t('darkTheme')}
        onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}
        className={button}
      >
        {theme === 'dark' ? <Sun className="size-4" /> : <Moon className="size-4" />}
      </button>
      <button
        aria-label={t('shortcuts')}
        title={t('shortcutsTitle')}
        onClick={onHelp}
        className={button}
      >
        <Keyboard className="size-4" />
      </button>
    </header>
  )
}
