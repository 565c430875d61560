/** A toast's own words (store ToastSaid) in the interface's language, by a translate function. */
import type {
  DocumentSaid,
  GestureRefusal,
  HistorySaid,
  Made,
  PasteSaid,
  Tie,
  ToastSaid,
} from '../../store'
import type { Translate } from '../i18n/catalog'
import type { SaidMessages } from './messages'
import { readProblemText, repairText, shareText } from './read-text'

type T = Translate<SaidMessages>

function refusalText(t: T, r: GestureRefusal): string {
  const tie = (x: Tie) => t(x.kind, { other: x.other })
  switch (r.code) {
    case 'recreate-blocked':
      return t(r.code, { container: r.container, ties: r.ties.map(tie) })
    case 'move-tied':
      return t(r.code, { container: r.container, toHost: r.toHost, ties: r.ties.map(tie) })
    case 'rename-blocked':
      return t(r.code, {
        what: r.what,
        ties: r.ties.map((x) => t('memberTie', { member: x.member, tie: tie(x.tie) })),
      })
    case 'own-host':
      return t(r.code, { container: r.container, host: r.host })
    case 'not-an-ambassador':
      return t(r.code, { container: r.container, image: r.image })
    case 'nothing-published':
      return t(r.code, { host: r.host })
    case 'volume-elsewhere':
      return t(r.code, {
        volume: r.volume,
        volumeHost: r.volumeHost,
        containerHost: r.containerHost,
      })
    case 'volume-name-taken':
      return t(r.code, { name: r.name, host: r.host })
  }
}

/** How many commands ran, the first Docker refused (its error as Docker wrote it), the undo. */
function pasteText(t: T, p: PasteSaid): string {
  if (p.code === 'nothing-pasted') return t(p.code)
  const what = t('ran', { n: p.ran })
  const undo = p.undoable ? t('undoPaste', { n: p.ran }) : ''
  const notes = [
    p.detached ? t('detached', { n: p.detached }) : '',
    p.leftOut[0] !== undefined ? t('leftOut', { n: p.leftOut.length, first: p.leftOut[0] }) : '',
  ]
  const head = p.refused
    ? [
        t('ranRefused', { what, count: p.refused.count, command: p.refused.command }),
        p.refused.stderr,
        undo,
      ]
    : [t('ranDone', { what, undo })]
  return [...head, ...notes].filter(Boolean).join('\n')
}

/** A change undone or redone: its docker commands as typed, or what the user did. */
function madeText(t: T, made: Made): string {
  if (typeof made === 'string') return made
  switch (made.named) {
    case 'example':
      return t('example', { id: made.id })
    case 'pasted-commands':
      return t('pasted-commands', { count: made.count })
    default:
      return t(made.named)
  }
}

const isHistory = (said: ToastSaid): said is HistorySaid =>
  said.code === 'undone' || said.code === 'redone'

/**
 * What opening, importing or sharing a diagram did: the reader's reasons worded here (read-text.ts),
 * Docker's and the compose parser's words as written.
 */
function documentText(t: T, d: DocumentSaid): string {
  switch (d.code) {
    case 'cannot-open':
      return t(d.code, { from: d.from, error: readProblemText(t, d.problem) })
    case 'opened-repaired':
      return t(d.code, { from: d.from, repairs: d.repairs.map((r) => repairText(t, r)) })
    case 'cannot-import':
      return t(d.code, { file: d.file, error: d.error })
    case 'import-refused':
      return t(d.code, { file: d.file, command: d.command, stderr: d.stderr })
    case 'imported':
      return t(d.code, {
        file: d.file,
        project: d.project,
        containers: d.containers,
        notes: d.notes,
      })
    case 'share-refused':
      return t(d.code, { command: d.command, stderr: d.stderr })
    case 'cannot-share':
      return t(d.code, { why: shareText(t, d.problem) })
    case 'shared-opened':
      return t(d.code, { over: d.over })
    case 'example-over':
    case 'no-example':
      return t(d.code, { id: d.id })
  }
}

const DOCUMENT_CODES: ReadonlySet<string> = new Set<DocumentSaid['code']>([
  'cannot-open',
  'opened-repaired',
  'cannot-import',
  'import-refused',
  'imported',
  'share-refused',
  'cannot-share',
  'shared-opened',
  'example-over',
  'no-example',
])
const isDocument = (said: ToastSaid): said is DocumentSaid => DOCUMENT_CODES.has(said.code)

export function saidText(t: T, said: ToastSaid): string {
  if (isHistory(said)) return t(said.code, { made: madeText(t, said.made) })
  if (isDocument(said)) return documentText(t, said)
  return said.code === 'nothing-pasted' || said.code === 'pasted'
    ? pasteText(t, said)
    : refusalText(t, said)
}
