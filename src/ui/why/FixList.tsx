import { createContext, useContext } from 'react'
import type { FixRule } from '../../cli/fix-rule'
import { useAppStore } from '../../store/react'
import { useT } from '../i18n/language'
import { useProse } from '../i18n/prose'
import { whyMessages } from './messages'

/**
 * Closes the Why dialog around a fix list: its words are about the world before the fix, and
 * the fix's commands and their output go to the terminal. The matrix, which is live, stays.
 */
export const CloseWhy = createContext<(() => void) | null>(null)

/** What a fix list shows of each fix: the reach fixes' and the refusal fixes' common shape. */
export interface ShownFix {
  readonly commands: readonly string[]
  /** What it does, as data: worded in the interface's language. */
  readonly rule: FixRule
  readonly breaks: readonly string[]
  readonly checked: 'all' | 'changed'
}

/**
 * Fixes, best first: what each does, what it breaks, its commands, and Apply (one undo step,
 * its commands in the terminal) or Preview on the canvas (the dialog it is in closes).
 */
export function FixList({ fixes }: { fixes: readonly ShownFix[] }) {
  const runGesture = useAppStore((s) => s.runGesture)
  const previewFix = useAppStore((s) => s.previewFix)
  const closeWhy = useContext(CloseWhy)
  const t = useT(whyMessages)
  const prose = useProse()
  return (
    <ol className="flex flex-col gap-2" aria-label={t('fixes')}>
      {fixes
        .map((f) => ({ f, why: prose.fixText(f.rule) }))
        .map(({ f, why }) => (
          <li
            key={f.commands.join('\n')}
            data-testid="fix"
            className="rounded border border-slate-200 p-1.5"
          >
            <p>{why}</p>
            {f.breaks.length > 0 ? (
              <p className="text-amber-700">{t('breaks', { what: f.breaks.join(', ') })}</p>
            ) : null}
            {f.checked === 'changed' ? (
              <p className="text-slate-500">{t('checkedChanged')}</p>
            ) : null}
            {/* Wrapped, not scrolled: a long docker run stays readable without a scrollbar. */}
            <pre className="my-1 font-mono text-[11px] break-all whitespace-pre-wrap text-slate-700">
              {f.commands.join('\n')}
            </pre>
            <div className="flex gap-2">
              <button
                type="button"
                onClick={() => {
                  closeWhy?.()
                  void runGesture(...f.commands)
                }}
                className="rounded bg-slate-900 px-2 py-0.5 text-white hover:bg-slate-700"
              >
                {t('apply')}
              </button>
              <button
                type="button"
                onClick={(e) => {
                  e.currentTarget.closest('dialog')?.close()
                  void previewFix(f.commands, f.rule)
                }}
                className="rounded border border-slate-300 px-2 py-0.5 hover:bg-slate-100"
              >
                {t('previewOnCanvas')}
              </button>
            </div>
          </li>
        ))}
    </ol>
  )
}
