/**
 * Where an exported script stops each stopped container. A stop gives the container's
 * addresses back to its networks (moby v28.2.2 daemon/container_operations.go
 * releaseNetwork), and a container started after it may get one of them; so the stop must come
 * before the first container that holds, or held, an address the stopped one last had. Other
 * stops come at the end: a stopped container could not serve as a link target or a namespace
 * donor to the ones started after it.
 */
import { containerNeeds } from './script-container'
import type { Container, Topology } from '../engine'

/** The addresses a container holds or last held, as `network id/address`. */
function heldAddresses(c: Container): string[] {
  return c.endpoints.flatMap((e) =>
    [e.ip, e.lastIp].filter((ip) => ip !== null).map((ip) => `${e.networkId}/${ip}`),
  )
}

/**
 * For each container of `order` (the script's creation order) that is stopped, the index in
 * `order` it must be stopped before, or `order.length` for the end of the script.
 */
export function stopPlaces(t: Topology, order: readonly Container[]): Map<string, number> {
  const places = new Map<string, number>()
  const needs = order.map((d) => new Set(containerNeeds(t, d)))
  order.forEach((c, at) => {
    if (c.state !== 'exited') return
    const last = new Set(
      c.endpoints.flatMap((e) => (e.lastIp ? [`${e.networkId}/${e.lastIp}`] : [])),
    )
    // Its dependents needed it running when they started.
    const dependents = needs.flatMap((n, i) => (n.has(c.id) ? [i] : []))
    const earliest = Math.max(at + 1, ...dependents.map((i) => i + 1))
    const reuser = order.findIndex(
      (d, i) => i >= earliest && heldAddresses(d).some((a) => last.has(a)),
    )
    places.set(c.id, reuser >= 0 ? reuser : order.length)
  })
  return places
}
