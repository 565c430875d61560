/**
 * What a picture for docs shows, as the export dialog sets it: a title and caption of one's
 * own, the default bridge left out when nothing uses it, addresses and subnets left out, and a
 * transparent background for slides. Applied to the Diagram before it is drawn (and then, for
 * a doc column, laid out again: io/picture/column.ts).
 */
import type { Diagram } from '../../io/diagram'

export interface PictureOptions {
  readonly title: string
  readonly caption: string
  readonly hideUnusedBridge: boolean
  readonly hideAddresses: boolean
  readonly transparent: boolean
  /** Laid out for a 760 px doc column, where its smallest text shows at 12 px or more. */
  readonly column: boolean
}

/** An IPv4 address or subnet, an IPv6 one, and the words that name them (`gw`, `ip`). */
const ADDRESS =
  /(?:\b(?:gw|ip)\s+)?(?:\d{1,3}\.){3}\d{1,3}(?:\/\d{1,2})?|(?:\b(?:gw|ip)\s+)?\b[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?:\/\d{1,3})?/gi

/** A card line with its addresses taken out, or null when nothing else was on it. */
function withoutAddresses(line: string): string | null {
  const rest = line
    .replace(ADDRESS, '')
    .replace(/\s{2,}/g, ' ')
    // The separators that stood between an address and the rest (`172.18.0.0/16 · internal`).
    .replace(/^[\s·,;]+|[\s·,;]+$/g, '')
  if (rest === line.trim()) return line
  // What only named where an address was (`docker0 172.17.0.1/16`) goes with it.
  return rest && !/^[-:→\s]*$/.test(rest) && !/^(docker0|br-[0-9a-f]+|eth\d+)$/.test(rest)
    ? rest
    : null
}

export function pictureOf(d: Diagram, o: PictureOptions): Diagram {
  const used = new Set(d.edges.flatMap((e) => [e.source, e.target]))
  const hidden = new Set(
    o.hideUnusedBridge
      ? d.cards
          .filter((c) => c.kind === 'network' && c.title === 'bridge' && !used.has(c.id))
          .map((c) => c.id)
      : [],
  )
  const cards = d.cards
    .filter((c) => !hidden.has(c.id))
    .map((c) =>
      o.hideAddresses
        ? {
            ...c,
            note: c.kind === 'host' ? '' : c.note,
            lines: c.lines.flatMap((l) => withoutAddresses(l) ?? []),
          }
        : c,
    )
  const edges = d.edges
    .filter((e) => !hidden.has(e.source) && !hidden.has(e.target))
    .map((e) => (o.hideAddresses ? { ...e, label: withoutAddresses(e.label) ?? '' } : e))
  return { title: o.title, cards, edges }
}
