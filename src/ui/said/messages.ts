/**
 * Docknet's own toasts (store ToastSaid): why a canvas gesture is not run, what a paste did.
 * English, Chinese on demand (i18n/catalog.ts). Loaded with the toast that says it, never at
 * first paint. Docker's commands and errors in them stay Docker's.
 */
import type { DocumentSaid } from '../../store'
import { defineMessages, type MessageBundle } from '../i18n/catalog'
import { shellMessages } from '../shell/messages'

type From = Extract<DocumentSaid, { code: 'cannot-open' }>['from']

const WHAT: Record<From, string> = {
  file: 'this file',
  autosave: 'the saved diagram',
  recent: 'that diagram',
}
const UNDO_BRINGS_BACK = 'Undo (Ctrl+Z) brings back the diagram you had.'

type Other = { other: string }

const en = {
  'linked-by': (p: Other) => `${p.other} links to it`,
  'joined-by': (p: Other) => `${p.other} shares its network namespace`,
  'volumes-used-by': (p: Other) => `${p.other} uses its volumes`,
  'links-to': (p: Other) => `it links to ${p.other}`,
  joins: (p: Other) => `it shares the network namespace of ${p.other}`,
  'uses-volumes-of': (p: Other) => `it uses the volumes of ${p.other}`,
  memberTie: (p: { member: string; tie: string }) => `${p.member}: ${p.tie}`,
  'recreate-blocked': (p: { container: string; ties: readonly string[] }) =>
    `Docker sets this when a container is created, so ${p.container} would have to be recreated, but ${p.ties.join(' and ')}.`,
  'not-an-ambassador': (p: { container: string; image: string }) =>
    `${p.container} runs ${p.image}: only an ambassador (svendowideit/ambassador) forwards a port to another host.`,
  'nothing-published': (p: { host: string }) =>
    `${p.host} publishes no TCP port for an ambassador to forward to.`,
  'volume-elsewhere': (p: { volume: string; volumeHost: string; containerHost: string }) =>
    `Volume ${p.volume} lives on ${p.volumeHost}: a container on ${p.containerHost} can only mount volumes of its own daemon.`,
  'move-tied': (p: { container: string; toHost: string; ties: readonly string[] }) =>
    `${p.container} cannot move to ${p.toHost}: ${p.ties.join(', ')}, and links, joins and --volumes-from only work between containers of one host.`,
  'rename-blocked': (p: { what: 'network' | 'volume'; ties: readonly string[] }) =>
    `Docker cannot rename a ${p.what}: it is made again with its containers, but ${p.ties.join(' and ')}.`,
  'volume-name-taken': (p: { name: string; host: string }) =>
    `Conflict. The volume name "${p.name}" is already in use on ${p.host}: docker volume create would keep that volume and its files, and the copy would mix with them. Remove it, or choose another name.`,
  'nothing-pasted':
    'Nothing was pasted: the canvas takes a compose file, or docker commands (lines starting with docker; prompts and comments allowed).',
  ran: (p: { n: number }) =>
    p.n === 1 ? 'Ran the pasted docker command' : `Ran ${p.n} pasted docker commands`,
  ranDone: (p: { what: string; undo: string }) => (p.undo ? `${p.what}. ${p.undo}` : `${p.what}.`),
  undoPaste: (p: { n: number }) => `Undo (Ctrl+Z) takes ${p.n === 1 ? 'it' : 'them'} back.`,
  ranRefused: (p: { what: string; count: number; command: string }) =>
    `${p.what}; Docker refused ${p.count === 1 ? 'one' : p.count} (in the terminal), the first: ${p.command}`,
  detached: (p: { n: number }) =>
    `${p.n === 1 ? 'One docker run -it was' : `${p.n} docker run -it were`} run detached (-d added), so the lines after ran on the host, not in a container's shell.`,
  leftOut: (p: { n: number; first: string }) =>
    `Left out ${p.n === 1 ? 'one line' : `${p.n} lines`} that ${p.n === 1 ? 'is' : 'are'} no docker command, the first: ${p.first}`,
  undone: (p: { made: string }) => `Undone: ${p.made}`,
  redone: (p: { made: string }) => `Redone: ${p.made}`,
  nothing: 'nothing yet',
  move: 'move',
  resize: 'resize',
  new: 'New diagram',
  open: 'Open',
  tidy: 'tidy layout',
  'break-it': 'break it',
  'pasted-script': 'a pasted script',
  script: 'a script',
  generated: 'a generated topology',
  shared: 'a shared diagram',
  'your-diagram': 'your diagram',
  example: (p: { id: string }) => `example ${p.id}`,
  'pasted-commands': (p: { count: number }) => `${p.count} pasted commands`,
  'cannot-open': (p: { from: From; error: string }) => `Cannot open ${WHAT[p.from]}: ${p.error}`,
  'opened-repaired': (p: { from: From; repairs: readonly string[] }) =>
    `Opened ${WHAT[p.from]} with defaults for what was missing or damaged: ${p.repairs.slice(0, 4).join('; ')}${p.repairs.length > 4 ? ` and ${p.repairs.length - 4} more` : ''}.`,
  'cannot-import': (p: { file: string; error: string }) => `Cannot import ${p.file}: ${p.error}`,
  'import-refused': (p: { file: string; command: string; stderr: string }) =>
    `Cannot import ${p.file}: Docker refused ${p.command}\n${p.stderr}`,
  imported: (p: { file: string; project: string; containers: number; notes: number }) =>
    `Imported ${p.file} as project ${p.project}: ${p.containers} container${p.containers === 1 ? '' : 's'}${p.notes ? `; ${p.notes} note${p.notes === 1 ? '' : 's'} in the terminal on what was not simulated` : ''}. ${UNDO_BRINGS_BACK}`,
  'share-refused': (p: { command: string; stderr: string }) =>
    `This share link's diagram could not be built: Docker refused ${p.command}\n${p.stderr}`,
  'shared-opened': (p: { over: boolean }) =>
    `Opened a copy of a shared diagram.${p.over ? ` ${UNDO_BRINGS_BACK}` : ''}`,
  'example-over': (p: { id: string }) =>
    `Opened the example "${shellMessages.en.exampleTitle(p)}". ${UNDO_BRINGS_BACK}`,
  'no-example': (p: { id: string }) => `There is no example named "${p.id}".`,
}

export type SaidMessages = typeof en

export const saidMessages: MessageBundle<SaidMessages> = defineMessages(en, () =>
  import('./messages.zh').then((m) => m.zh),
)
