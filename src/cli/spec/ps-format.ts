/**
 * `docker ps --format` is checked by the client before it needs a daemon (docker/cli
 * container/list.go buildContainerListOptions): the template must parse, and it must run on an
 * empty formatter.ContainerContext, so a field the context lacks (`.Name`) is refused.
 */
import type { RenderTemplate } from '../go-template'

/** What a template can name on a ContainerContext (cli/command/formatter/container.go). */
const CONTAINER_CONTEXT = [
  'ID',
  'Names',
  'Image',
  'Command',
  'CreatedAt',
  'RunningFor',
  'Platform',
  'Ports',
  'State',
  'Status',
  'Size',
  'Labels',
  'Label',
  'Mounts',
  'LocalVolumes',
  'Networks',
  'FieldsUsed',
  'Header',
  'FullHeader',
]

const MISSING_KEY = /map has no entry for key "(\w+)"/

/** The client's refusal of a ps format, or null when it passes (or cannot be checked here). */
export function psFormatError(
  templates: RenderTemplate | undefined,
  format: string,
): string | null {
  if (format === '' || !templates) return null
  const context = Object.fromEntries(CONTAINER_CONTEXT.map((name) => [name, '']))
  const r = templates(format, context, { missingKey: 'error' })
  if (r.ok) return null
  if (!r.error.includes('executing')) return `failed to parse template: ${r.error}`
  const missing = MISSING_KEY.exec(r.error)
  // Other execution errors come from the map model (a method call such as .Label "x").
  if (!missing) return null
  const field = `can't evaluate field ${missing[1]} in type *formatter.ContainerContext`
  return `failed to execute template: ${r.error.replace(MISSING_KEY, field)}`
}
