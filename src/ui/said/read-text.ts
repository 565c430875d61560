/**
 * Why a document was refused and what was repaired while reading it (io ReadProblem, Repair),
 * and why a share link was not made or read (ShareProblem), in the interface's language by a
 * translate function. Field keys and names stay as written.
 */
import type { Damage, ReadProblem, Repair, ShareProblem, Where } from '../../store'
import type { Translate } from '../i18n/catalog'
import type { SaidMessages } from './messages'

type T = Translate<SaidMessages>

const unreachable = (x: never): never => {
  throw new Error(`No words for ${JSON.stringify(x)}`)
}

function whereText(t: T, w: Where): string {
  const part = (): string => {
    const p = w.in
    if (!p) return ''
    switch (p.part) {
      case 'daemon':
      case 'endpoint':
      case 'kept-config':
      case 'link':
        return t(`part-${p.part}`)
      case 'mount':
        return t('part-mount', { destination: p.destination })
      default:
        return unreachable(p)
    }
  }
  return t('where', { kind: w.kind, name: w.name, part: part() })
}

export function damageText(t: T, d: Damage): string {
  switch (d.code) {
    case 'no-topology':
    case 'no-host':
      return t(`damage-${d.code}`)
    case 'no-list':
      return t('damage-no-list', { key: d.key })
    case 'invalid-field':
      return t('damage-invalid-field', { where: whereText(t, d.where), key: d.key })
    case 'listed-twice':
      return t('damage-listed-twice', { kind: d.kind })
    case 'not-a-record':
      return t('damage-not-a-record', { kind: d.kind, index: d.index })
    case 'unknown-host':
      return t('damage-unknown-host', { kind: d.kind, name: d.name })
    case 'twin-networks':
      return t('damage-twin-networks', { name: d.name })
    case 'no-default-bridge':
      return t('damage-no-default-bridge', { host: d.host })
    case 'bad-name':
      return t('damage-bad-name', { kind: d.kind, name: d.name })
    case 'twin-containers':
      return t('damage-twin-containers', { host: d.host, name: d.name })
    case 'unknown-network':
    case 'links-itself':
    case 'joins-itself':
      return t(`damage-${d.code}`, { container: d.container })
    case 'missing-volume':
      return t('damage-missing-volume', { container: d.container, volume: d.volume })
    default:
      return unreachable(d)
  }
}

/** Why a document was refused. */
export function readProblemText(t: T, p: ReadProblem): string {
  switch (p.code) {
    case 'too-large':
      return t('read-too-large', { chars: p.chars, limit: p.limit })
    case 'mermaid-not-ours':
    case 'not-json':
    case 'not-a-document':
      return t(`read-${p.code}`)
    case 'picture-not-ours':
      return t('read-picture-not-ours', { what: p.what })
    case 'newer-version':
      return t('read-newer-version', { version: p.version, reads: p.reads })
    case 'too-many-containers':
      return t('read-too-many-containers', { count: p.count, limit: p.limit })
    case 'damaged':
      return t('read-damaged', { why: damageText(t, p.why) })
    default:
      return unreachable(p)
  }
}

/** What was missing or damaged and got a default. */
export function repairText(t: T, r: Repair): string {
  switch (r.code) {
    case 'field':
      return t('repair-field', { where: whereText(t, r.where), key: r.key })
    case 'current-host':
    case 'id-counter':
      return t(`repair-${r.code}`)
    default:
      return unreachable(r)
  }
}

/** Why a share link is not made or not read. */
export function shareText(t: T, p: ShareProblem): string {
  switch (p.code) {
    case 'link-too-long':
    case 'fragment-too-long':
      return t(`share-${p.code}`, { length: p.length, limit: p.limit })
    case 'link-damaged':
      return t('share-link-damaged')
    case 'other-version':
      return t('share-other-version', { version: p.version, reads: p.reads })
    case 'no-script':
      // The script writer's own message (io/script.ts), as it writes it.
      return p.detail
    default:
      return unreachable(p)
  }
}
