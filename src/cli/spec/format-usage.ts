/** The `--format` usage texts docker/cli shares between commands (cli/flags formatting help). */

/** For commands that print one document per object (`inspect`, `version`, `info`). */
export const FORMAT_JSON = `Format output using a custom template:
'json':             Print in JSON format
'TEMPLATE':         Print output using the given Go template.
Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates`

/** For listing commands (`ps`, `network ls`...). */
export const FORMAT_TABLE = `Format output using a custom template:
'table':            Print output in table format with column headers (default)
'table TEMPLATE':   Print output in table format using the given Go template
'json':             Print in JSON format
'TEMPLATE':         Print output using the given Go template.
Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates`
