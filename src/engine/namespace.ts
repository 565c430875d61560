/**
 * Whose network namespace a container uses: its own, or (`--net=container:X`) the end of its
 * chain of donors. Its own module, as every view needs it and creating containers is not.
 */
import type { Container, Topology } from './model'

/** The container a `container:X` chain finally shares its namespace with. */
export function namespaceOwner(t: Topology, c: Container): Container {
  let cur = c
  for (let i = 0; i < 64 && cur.joinedTo !== null; i++) {
    const next = t.containers.get(cur.joinedTo)
    if (!next) break
    cur = next
  }
  return cur
}
