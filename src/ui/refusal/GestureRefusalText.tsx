import type { GestureRefusal } from '../../store'
import { useT } from '../i18n/language'
import { refusalMessages } from './messages'
import { refusalText } from './refusal-text'

/** Why a gesture is not run, in the interface's language (loaded with the first such toast). */
export default function GestureRefusalText({ refusal }: { refusal: GestureRefusal }) {
  return <>{refusalText(useT(refusalMessages), refusal)}</>
}
