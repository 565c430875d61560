/**
 * Where a problem of the draft is, in the words the lesson maker shows: the reader says
 * `steps[1].solution` or `explanation.en`, the teacher sees "Step 2 · Solution" and "How it
 * works (English)". A path the maker has no field for is shown as the reader wrote it.
 */
import type { Translate } from '../../i18n/catalog'
import type { AuthorMessages } from './messages'

const LANGUAGE = /^(.*)\.(en|zh)$/
const STEP = /^steps\[(\d+)\](?:\.([a-z]+))?/i

export function placeWords(t: Translate<AuthorMessages>, path: string): string {
  const language = LANGUAGE.exec(path)
  if (language) {
    const field = placeWords(t, language[1] ?? '')
    return t('inLanguage', { field, language: language[2] === 'zh' ? 'zh' : 'en' })
  }
  const step = STEP.exec(path)
  if (step) {
    const n = Number(step[1]) + 1
    const part = stepPart(t, step[2])
    return part === null ? t('step', { n }) : t('stepPart', { n, part })
  }
  return lessonPart(t, path) ?? path
}

function lessonPart(t: Translate<AuthorMessages>, field: string): string | null {
  switch (field) {
    case 'id':
      return t('id')
    case 'title':
      return t('lessonTitle')
    case 'explanation':
      return t('explanation')
    case 'start':
      return t('start')
    default:
      return null
  }
}

function stepPart(t: Translate<AuthorMessages>, field: string | undefined): string | null {
  switch (field) {
    case 'text':
      return t('stepText')
    case 'hint':
      return t('hint')
    case 'solution':
      return t('solutionShort')
    case 'question':
      return t('question')
    case 'goals':
      return t('goals')
    case 'kind':
      return t('kind')
    default:
      return null
  }
}
