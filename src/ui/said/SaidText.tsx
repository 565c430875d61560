import type { ToastSaid } from '../../store'
import { useT } from '../i18n/language'
import { saidMessages } from './messages'
import { saidText } from './said-text'

/** A toast's own words, in the interface's language (loaded with the first such toast). */
export default function SaidText({ said }: { said: ToastSaid }) {
  return <>{saidText(useT(saidMessages), said)}</>
}
