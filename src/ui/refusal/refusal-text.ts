/** A gesture's refusal (store/gesture-refusal.ts) in words, by a translate function. */
import type { GestureRefusal, Tie } from '../../store'
import type { Translate } from '../i18n/catalog'
import type { RefusalMessages } from './messages'

export function refusalText(t: Translate<RefusalMessages>, r: GestureRefusal): string {
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
