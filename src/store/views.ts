/**
 * Engine-derived views for the inspector, memoised by topology identity (xstate memo.ts): a
 * selector returns the same object until the world changes, so React does not re-render.
 */
import {
  checkReach,
  computeDnsView,
  computeHostsFile,
  computeLinkEnv,
  computeProcessEnv,
  computeResolvConf,
  imageWithTag,
  type Container,
  type DnsAnswer,
  type ReachVerdict,
  type Topology,
} from '../engine'

export interface ContainerView {
  readonly container: Container
  readonly hosts: string
  readonly resolvConf: string
  readonly env: readonly { readonly line: string; readonly fromLink: boolean }[]
  readonly dns: readonly DnsAnswer[]
  readonly reach: readonly ReachVerdict[]
  readonly image: string
}

const memo = new WeakMap<Topology, Map<string, ContainerView>>()

/** Everything the inspector shows for one container, computed once per topology value. */
export function containerView(t: Topology, id: string): ContainerView | null {
  let cache = memo.get(t)
  if (!cache) {
    cache = new Map()
    memo.set(t, cache)
  }
  const hit = cache.get(id)
  if (hit) return hit
  const c = t.containers.get(id)
  if (!c) return null
  const linkVars = new Set(computeLinkEnv(t, c))
  const others = [...t.containers.values()]
    .filter((o) => o.id !== c.id)
    .sort((a, b) => a.seq - b.seq)
  const view: ContainerView = {
    container: c,
    hosts: c.state === 'running' ? computeHostsFile(t, c) : '',
    resolvConf: c.state === 'running' ? computeResolvConf(t, c) : '',
    env: computeProcessEnv(t, c).map((line) => ({ line, fromLink: linkVars.has(line) })),
    dns: c.state === 'running' ? computeDnsView(t, c) : [],
    reach: others.map((o) => checkReach(t, c, o)),
    image: imageWithTag(c.image),
  }
  cache.set(id, view)
  return view
}
