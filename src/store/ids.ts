/**
 * The ids of canvas nodes and edges, made and read in one place, and the docker command lines
 * gestures build, each word quoted as the CLI reads it back (a network named `my net$x`
 * connects from the canvas as from the terminal).
 */
import { commandLine, quoteWord } from '../cli/quote'

/** A node's id for each kind of card. */
export const nodeId = {
  host: (name: string) => `host:${name}`,
  network: (id: string) => `network:${id}`,
  container: (id: string) => `container:${id}`,
  volume: (host: string, name: string) => `volume:${host}/${name}`,
}

export type NodeKind = keyof typeof nodeId

/** What a node id names: its kind and the id after the colon (a volume's is `host/name`). */
export function parseNodeId(id: string): { kind: NodeKind | null; id: string } {
  const colon = id.indexOf(':')
  const kind = id.slice(0, colon)
  return { kind: kind in nodeId ? (kind as NodeKind) : null, id: id.slice(colon + 1) }
}

/** The container a container node id names, or null for another kind of node. */
export function containerOf(id: string | null): string | null {
  if (id === null) return null
  const ref = parseNodeId(id)
  return ref.kind === 'container' ? ref.id : null
}

/** An edge's id for each kind of edge: its kind, the container it starts from, then its key. */
export const edgeId = {
  endpoint: (container: string, network: string) => `endpoint:${container}:${network}`,
  link: (container: string, alias: string) => `link:${container}:${alias}`,
  join: (container: string) => `join:${container}`,
  volumesFrom: (container: string, donor: string) => `volumes-from:${container}:${donor}`,
  ambassador: (container: string, port: number) => `ambassador:${container}:${port}`,
  mount: (container: string, destination: string) => `mount:${container}:${destination}`,
}

/** What an edge id names: its kind, its container, and the rest (a network id, an alias...). */
export function parseEdgeId(id: string): { kind: string; container: string; key: string } {
  const [kind = '', container = '', ...rest] = id.split(':')
  return { kind, container, key: rest.join(':') }
}

/** The words that start a docker command on `host`: `docker`, or `docker --context H`. */
export function dockerOn(host: string, current: string): string {
  return host === current ? 'docker' : `docker --context ${quoteWord(host)}`
}

/** A docker command on `host`, its words quoted: `docker network connect 'my net$x' web`. */
export function docker(host: string, current: string, ...words: readonly string[]): string {
  return `${dockerOn(host, current)} ${commandLine(...words)}`
}
