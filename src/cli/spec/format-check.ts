/**
 * `--format` checks the client makes on its own typed contexts before (or without) a daemon:
 * `docker ps` runs the template on an empty formatter.ContainerContext (container/list.go),
 * `docker context ls` and `context inspect` run it on their context types. The simulator's
 * template engine works on maps, so a missing key is reworded as Go's missing field.
 */
import type { RenderTemplate } from '../go-template'
import { labelMethod, withMethods } from '../go-template-method'

const MISSING_KEY = /map has no entry for key "(\w+)"/

/** A template error as Go words it on the struct type `type` (a field it does not have). */
export function asFieldError(error: string, type: string): string {
  const missing = MISSING_KEY.exec(error)
  return missing
    ? error.replace(MISSING_KEY, `can't evaluate field ${missing[1]} in type ${type}`)
    : error
}

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
  'Mounts',
  'LocalVolumes',
  'Networks',
  'FieldsUsed',
  'Header',
  'FullHeader',
]

/** The client's refusal of a ps format, or null when it passes (or cannot be checked here). */
export function psFormatError(
  templates: RenderTemplate | undefined,
  format: string,
): string | null {
  if (format === '' || !templates) return null
  const fields = Object.fromEntries(CONTAINER_CONTEXT.map((name) => [name, '']))
  const context = withMethods(fields, { Label: labelMethod(null) })
  const r = templates(format, context, { missingKey: 'error', context: true })
  if (r.ok) return null
  if (!r.error.includes('executing')) return `failed to parse template: ${r.error}`
  return `failed to execute template: ${asFieldError(r.error, '*formatter.ContainerContext')}`
}
