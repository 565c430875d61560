/**
 * Why a canvas gesture is not run (store/gesture-refusal.ts): English, Chinese on demand
 * (i18n/catalog.ts). Loaded with the toast that says it, never at first paint.
 */
import { defineMessages, type MessageBundle } from '../i18n/catalog'

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
}

export type RefusalMessages = typeof en

export const refusalMessages: MessageBundle<RefusalMessages> = defineMessages(en, () =>
  import('./messages.zh').then((m) => m.zh),
)
