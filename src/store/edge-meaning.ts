/**
 * What an edge means, as data: the views say it in the interface's language (the canvas's
 * screen-reader names, the edge list, the edge's panel). `meaningText` is the English.
 */
export type EdgeMeaning =
  | {
      readonly kind: 'network'
      readonly container: string
      readonly network: string
      readonly aliases: readonly string[]
      readonly ip: string | null
    }
  | {
      readonly kind: 'link'
      readonly container: string
      readonly child: string
      readonly alias: string
    }
  | { readonly kind: 'joined'; readonly container: string; readonly donor: string }
  | {
      readonly kind: 'volumes-from'
      readonly container: string
      readonly donor: string
      readonly readOnly: boolean
    }
  | {
      readonly kind: 'ambassador'
      readonly container: string
      readonly listen: number
      readonly target: string
      readonly publisher: string | null
      readonly host: string
    }
  | {
      readonly kind: 'volume'
      readonly container: string
      readonly volume: string
      readonly path: string
      readonly readOnly: boolean
    }

/** An attachment's aliases and static address, as its label and meaning list them. */
export function attachmentNote(m: { aliases: readonly string[]; ip: string | null }): string {
  return [...m.aliases.map((a) => `alias ${a}`), ...(m.ip ? [`ip ${m.ip}`] : [])].join(', ')
}

/** The meaning in English. */
export function meaningText(m: EdgeMeaning): string {
  switch (m.kind) {
    case 'network': {
      const note = attachmentNote(m)
      return `${m.container} attached to network ${m.network}${note ? ` (${note})` : ''}`
    }
    case 'link':
      return `link ${m.container} to ${m.child} as ${m.alias}`
    case 'joined':
      return `${m.container} joins the network namespace of ${m.donor}`
    case 'volumes-from':
      return `${m.container} mounts the volumes of ${m.donor}${m.readOnly ? ' read-only' : ''}`
    case 'ambassador':
      return `ambassador ${m.container} forwards port ${m.listen} to ${m.target}${m.publisher ? `, published by ${m.publisher}` : ''} on ${m.host}`
    case 'volume':
      return `${m.container} mounts volume ${m.volume} at ${m.path}${m.readOnly ? ' read-only' : ''}`
  }
}
