/** The exported picture's legend, worded as the canvas's legend is, in the interface's language. */
import type { LegendWords } from '../../io/picture/svg'
import type { Translate } from '../i18n/catalog'
import { EDGE_WORD } from '../shell/edge-kind-words'
import type { ShellMessages } from '../shell/messages'

export function legendWords(t: Translate<ShellMessages>): LegendWords {
  const kinds = Object.fromEntries(
    Object.entries(EDGE_WORD).map(([kind, word]) => [kind, t(word)]),
  ) as Record<keyof typeof EDGE_WORD, string>
  return { heading: t('legend'), kinds }
}
