/**
 * What the container inspector's lazy panel shows besides the live views: the commands that
 * create the container and its `docker inspect`. Imported by that panel only, so it stays out
 * of the first paint.
 */
import { inspectContainer } from '../cli/commands/inspect'
import { runCommandOf } from '../cli/run-command'
import type { Topology } from '../engine'
export { formOf, networkChoices, type ContainerForm } from './edit-gestures'

/** The docker commands that create the container as it is (the inspector's `docker run` tab). */
export function containerCommands(t: Topology, id: string, currentHost: string): string[] {
  const c = t.containers.get(id)
  if (!c) return []
  return runCommandOf(t, c, c.host === currentHost ? 'docker' : `docker --context ${c.host}`)
}

/** `docker inspect` of the container, as the CLI prints it. */
export function containerInspect(t: Topology, id: string): string {
  const c = t.containers.get(id)
  if (!c) return ''
  // As `docker inspect` prints it: Names is there for templates (`{{.Names}}`) only.
  const { Names: _names, ...doc } = inspectContainer(t, c)
  return `${JSON.stringify([doc], null, 4)}\n`
}
