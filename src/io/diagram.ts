/**
 * A topology as a picture, for the formats docs use (Mermaid, draw.io): the cards as the canvas
 * draws them (title, lines, place and size) and the edges with their meaning. The store makes
 * one from the canvas; the exporters only read it. Positions are absolute flow coordinates.
 */

/** What an edge means (the canvas's kinds). */
export type DiagramEdgeKind =
  'network' | 'link' | 'volume' | 'volumes-from' | 'joined' | 'ambassador'

export type DiagramCardKind = 'host' | 'network' | 'container' | 'volume'

export interface DiagramCard {
  /** Unique in the diagram (the canvas's node id, such as `container:<id>`). */
  readonly id: string
  readonly kind: DiagramCardKind
  /** The card's name: a host's, network's, container's or volume's name. */
  readonly title: string
  /** A short note after the title (a network's driver, a host's LAN address), or ''. */
  readonly note: string
  /** The card's lines as the canvas shows them (image, addresses, ports, options). */
  readonly lines: readonly string[]
  /** The host card this card sits in; none for hosts and for networks spanning hosts. */
  readonly parent?: string
  /** A container's state (`running`, `created`, `exited`). */
  readonly state?: string
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

export interface DiagramEdge {
  readonly id: string
  readonly kind: DiagramEdgeKind
  /** Card ids. */
  readonly source: string
  readonly target: string
  /** What the canvas writes on the edge (`db:database`, `/data (rw)`), or ''. */
  readonly label: string
}

export interface Diagram {
  /** The diagram's title, or '' for none. */
  readonly title: string
  /** Hosts first, then the cards inside them, as the canvas orders them. */
  readonly cards: readonly DiagramCard[]
  readonly edges: readonly DiagramEdge[]
}
