/**
 * `--format` for listings (`docker ps`, `network ls`, `context ls`...), as the docker CLI does
 * it (cli/command/formatter): a Go template per row, or `table TEMPLATE` for a tab-aligned
 * table whose header names each field; `json` prints one JSON object per row.
 */
import type { RenderTemplate } from './go-template'
import { templateBudget } from './go-template-budget'
import { GoMethod, withMethods } from './go-template-method'
import { flagBool, flagString } from './spec/parse-flags'
import type { FlagValues } from './spec/types'
import type { Output } from './output'

/** Go's tabwriter as the CLI configures it: minwidth 10, padding 3, last cell unpadded. */
export function table(rows: readonly (readonly string[])[]): string {
  const width = (cell: string) => [...cell].length
  const widths: number[] = []
  for (const r of rows) r.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, width(cell))))
  const line = (r: readonly string[]) =>
    r
      .map((cell, i) =>
        i === r.length - 1
          ? cell
          : cell + ' '.repeat(Math.max(10, (widths[i] ?? 0) + 3) - width(cell)),
      )
      .join('')
  return `${rows.map(line).join('\n')}\n`
}

/** What a shell built without templates answers (the browser loads them before it runs lines). */
export const TEMPLATES_MISSING: Output = {
  stdout: '',
  stderr: 'docknet: the Go template engine is not loaded yet; try again\n',
  exitCode: 1,
}

/**
 * formatter.SubHeaderContext.Label, the header of a `{{.Label "com.example.some-label"}}` column:
 * the last dot-separated part of the name, dashes and underscores as spaces (`some label`).
 */
const HEADER_METHODS = {
  Label: new GoMethod(['string'], ([name]) =>
    String(name).split('.').at(-1)?.replace(/[-_]/g, ' '),
  ),
}

/**
 * Renders `rows` with a user format. `headers` maps field names to table headers
 * (`Names` → `NAMES`); unknown fields print as the template engine says.
 */
export function formatRows(
  templates: RenderTemplate | undefined,
  format: string,
  rows: readonly Record<string, unknown>[],
  headers: Readonly<Record<string, string>>,
): Output {
  if (format === 'json') {
    return { stdout: rows.map((r) => `${JSON.stringify(r)}\n`).join(''), stderr: '', exitCode: 0 }
  }
  if (!templates) return TEMPLATES_MISSING
  const renderGoTemplate = templates
  const isTable = format.startsWith('table')
  const template = (isTable ? format.slice(5).trimStart() : format)
    .replace(/\\t/g, '\t')
    .replace(/\\n/g, '\n')
  const check = renderGoTemplate(template, {})
  if (!check.ok && !check.error.includes('executing')) {
    return { stdout: '', stderr: `template parsing error: ${check.error}\n`, exitCode: 64 }
  }
  // One budget for all rows: a costly template cannot multiply by the number of rows.
  const budget = templateBudget()
  const lines: string[] = []
  for (const r of rows) {
    const out = renderGoTemplate(template, r, { budget, context: true })
    // docker/cli v28.2.2 cli/command/formatter/formatter.go contextFormat wraps the error.
    if (!out.ok)
      return { stdout: '', stderr: `template parsing error: ${out.error}\n`, exitCode: 1 }
    lines.push(out.value)
  }
  if (!isTable) return { stdout: lines.map((l) => `${l}\n`).join(''), stderr: '', exitCode: 0 }
  // The header row is the same template run over the header names (booleans stay falsy there).
  const names = Object.fromEntries(
    Object.keys(rows[0] ?? headers).map((k) => [k, headers[k] ?? '']),
  )
  const header = renderGoTemplate(template, withMethods({ ...names, ...headers }, HEADER_METHODS))
  const head = header.ok ? header.value : ''
  return { stdout: table([head, ...lines].map((l) => l.split('\t'))), stderr: '', exitCode: 0 }
}

/**
 * A listing command (`network ls`, `volume ls`, `context ls`): `--format`, `-q` (the id field
 * alone) and the default table.
 */
export function listing(
  flags: FlagValues,
  rows: readonly Record<string, unknown>[],
  templates: RenderTemplate | undefined,
  spec: {
    readonly table: string
    readonly quiet: string
    readonly headers: Readonly<Record<string, string>>
  },
): Output {
  const format = flagBool(flags, 'quiet')
    ? `{{.${spec.quiet}}}`
    : (flagString(flags, 'format') ?? spec.table)
  return formatRows(templates, format, rows, spec.headers)
}
