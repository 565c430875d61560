/** The diagnostics panel's words: English, Chinese on demand (i18n/catalog.ts). */
import { defineMessages, type MessageBundle } from '../i18n/catalog'

const en = {
  title: 'Diagnostics',
  close: 'Close',
  none: 'No problem: Docker would run this topology as drawn.',
  why: 'Why?',
  error: 'error',
  warning: 'warning',
  note: 'note',
}

export type DiagnosticsMessages = typeof en

export const diagnosticsMessages: MessageBundle<DiagnosticsMessages> = defineMessages(en, () =>
  import('./messages.zh').then((m) => m.zh),
)
