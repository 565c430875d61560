/** The reachability overlay's words (ReachOverlay.tsx): English, Chinese on demand. */
import { defineMessages, type MessageBundle } from '../i18n/catalog'

const en = {
  badgeLabel: (p: { to: string; from: string; reachable: boolean; byName: boolean }) =>
    `Why is ${p.to} ${!p.reachable ? 'not reachable' : p.byName ? 'reachable' : 'reachable by IP address only'} from ${p.from}?`,
  badgeTitle: (p: { to: string; why: string; byIpOnly: boolean }) =>
    `${p.byIpOnly ? `by IP address only: the name ${p.to} does not reach it. ` : ''}${p.why} (click: why)`,
}

export type OverlayMessages = typeof en

export const overlayMessages: MessageBundle<OverlayMessages> = defineMessages(en, () =>
  import('./overlay-messages.zh').then((m) => m.zh),
)
