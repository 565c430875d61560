/**
 * Docknet's own toasts (store ToastSaid): why a canvas gesture is not run, what a paste did.
 * English, Chinese on demand (i18n/catalog.ts). Loaded with the toast that says it, never at
 * first paint. Docker's commands and errors in them stay Docker's.
 */
import type { DocumentSaid, RecordKind } from '../../store'
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
type Kind = { kind: RecordKind }
type Container = { container: string }
const MB = 1024 * 1024

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
  'own-host': (p: { container: string; host: string }) =>
    `${p.container} runs on ${p.host} already: an edge to a host forwards an ambassador to a port another host publishes. To move a container, drag its card onto the other host.`,
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
  // Why a document is refused, what was repaired (io ReadProblem, Repair): read-text.ts.
  'read-too-large': (p: { chars: number; limit: number }) =>
    `This file is too large (${(p.chars / MB).toFixed(1)} MB); Docknet opens documents up to ${p.limit / MB} MB.`,
  'read-mermaid-not-ours':
    'This Mermaid file was not exported by Docknet: it carries no docker script.',
  'read-picture-not-ours': (p: { what: 'drawio' | 'svg' }) =>
    `This ${p.what === 'drawio' ? 'draw.io file' : 'picture'} was not exported by Docknet: it holds no diagram.`,
  'read-not-json': 'This file is not JSON.',
  'read-not-a-document': 'This is not a Docknet document.',
  'read-newer-version': (p: { version: string; reads: number }) =>
    `This document is version ${p.version}; this Docknet reads up to version ${p.reads}.`,
  'read-too-many-containers': (p: { count: number; limit: number }) =>
    `This document holds ${p.count} containers; Docknet opens up to ${p.limit}.`,
  'read-damaged': (p: { why: string }) => `The document is damaged: ${p.why}.`,
  'damage-no-topology': 'the file has no topology',
  'damage-no-list': (p: { key: string }) => `the topology has no ${p.key} list`,
  'damage-invalid-field': (p: { where: string; key: string }) => `${p.where} has no valid ${p.key}`,
  'damage-listed-twice': (p: Kind) => `a ${p.kind} is listed twice`,
  'damage-not-a-record': (p: Kind & { index: number }) => `${p.kind} #${p.index} is not a record`,
  'damage-no-host': 'it has no host',
  'damage-unknown-host': (p: Kind & { name: string }) =>
    `${p.kind} ${p.name} is on an unknown host`,
  'damage-twin-networks': (p: { name: string }) => `two networks are named ${p.name}`,
  'damage-no-default-bridge': (p: { host: string }) => `host ${p.host} has no default bridge`,
  'damage-bad-name': (p: Kind & { name: string }) =>
    `${p.kind} name ${p.name} is not one Docker allows`,
  'damage-twin-containers': (p: { host: string; name: string }) =>
    `two containers on host ${p.host} are named ${p.name}`,
  'damage-unknown-network': (p: Container) =>
    `container ${p.container} is attached to an unknown network`,
  'damage-links-itself': (p: Container) => `container ${p.container} links to itself`,
  'damage-missing-volume': (p: Container & { volume: string }) =>
    `container ${p.container} mounts volume ${p.volume}, which is not there`,
  'damage-joins-itself': (p: Container) =>
    `container ${p.container} joins its own network namespace`,
  where: (p: Kind & { name: string; part: string }) =>
    `${p.kind} ${p.name}${p.part ? ` ${p.part}` : ''}`,
  'part-daemon': 'daemon',
  'part-endpoint': 'endpoint',
  'part-kept-config': 'kept network config',
  'part-link': 'link',
  'part-mount': (p: { destination: string }) => `mount ${p.destination}`,
  'repair-field': (p: { where: string; key: string }) => `${p.where}: ${p.key}`,
  'repair-current-host': 'the current host',
  'repair-id-counter': 'the id counter',
  // Why a share link is not made or not read (io ShareProblem): read-text.ts.
  'cannot-share': (p: { why: string }) => p.why,
  'share-link-too-long': (p: { length: number; limit: number }) =>
    `This diagram's link would be ${p.length.toLocaleString('en')} characters, too long to share reliably (links stay under ${p.limit.toLocaleString('en')}): save it as a file instead.`,
  'share-link-damaged': 'This share link is damaged: it holds no diagram.',
  'share-fragment-too-long': (p: { length: number; limit: number }) =>
    `This share link is too long (${p.length.toLocaleString('en')} characters; Docknet reads links up to ${p.limit.toLocaleString('en')}).`,
  'share-other-version': (p: { version: string; reads: number }) =>
    `This share link was made by another version of Docknet (${p.version}); this one reads versions 1 to ${p.reads}.`,
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
