/** The lesson maker's text fields: one text in English and, optionally, Chinese. */
import type { DraftTexts } from '../../../store/lesson-author'
import { useT } from '../../i18n/language'
import { authorMessages } from './messages'

export const field =
  'w-full rounded border border-slate-300 bg-white px-1.5 py-1 text-xs text-slate-900 placeholder:text-slate-500'

export const small =
  'rounded border border-slate-300 bg-white px-2 py-1 text-xs hover:bg-slate-100 disabled:opacity-40'

/** The button a section is for (Record start, Test). */
export const primary =
  'rounded border border-slate-900 bg-slate-900 px-2 py-1 text-xs text-white hover:bg-slate-700'

/** A text in both languages, each in its own labelled field. */
export function TextPair({
  label,
  value,
  long = false,
  onChange,
}: {
  label: string
  value: DraftTexts
  /** Several lines (an explanation, a hint). */
  long?: boolean
  onChange(lang: 'en' | 'zh', text: string): void
}) {
  const t = useT(authorMessages)
  const input = (lang: 'en' | 'zh') => {
    const name = lang === 'en' ? t('inEnglish', { field: label }) : t('inChinese', { field: label })
    const common = {
      'aria-label': name,
      placeholder: name,
      value: value[lang],
      lang: lang === 'en' ? 'en' : 'zh-CN',
      className: field,
    }
    return long ? (
      <textarea {...common} rows={2} onChange={(e) => onChange(lang, e.target.value)} />
    ) : (
      <input {...common} onChange={(e) => onChange(lang, e.target.value)} />
    )
  }
  return (
    <div className="space-y-0.5">
      <span className="block text-[11px] font-semibold text-slate-600">{label}</span>
      {input('en')}
      {input('zh')}
    </div>
  )
}
