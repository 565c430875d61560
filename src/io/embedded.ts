/**
 * What a Mermaid or draw.io export carries so that Open (and `docknet convert`) reads the
 * diagram back, as the SVG's <metadata> lets it:
 * - draw.io: the saved document's JSON as a property of the diagram's root cell, which
 *   draw.io keeps when the file is edited and saved (the diagram's "Edit Data");
 * - Mermaid: the docker script that builds the world, as `%%` comments no renderer draws and a
 *   reader of the Markdown can follow; opened, it runs as a pasted script does. Each `%` of
 *   the script is written `%25`: Mermaid reads `%%{…}%%` as a directive even inside a comment.
 * No compression: a crafted lz-string stream grows with the square of its length.
 */

export const DRAWIO_ATTRIBUTE = 'docknet-document'
const SCRIPT_MARK = '%% docknet-script:'
const SCRIPT_LINE = '%%   '

/** What XML 1.0 forbids but JSON may hold raw (U+FFFE, U+FFFF), written as JSON escapes. */
export const xmlSafeJson = (json: string) =>
  json.replace(/[\uFFFE\uFFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`)

/** The comment lines carrying a docker script. */
export function mermaidScriptLines(script: string): string[] {
  const lines = script.replace(/\n$/, '').split('\n')
  return [SCRIPT_MARK, ...lines.map((l) => `${SCRIPT_LINE}${l.replace(/%/g, '%25')}`)]
}

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
}

/** An XML attribute value's text: its entity and character references resolved. */
function xmlAttributeText(value: string): string | null {
  let bad = false
  const text = value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (_, ref: string) => {
    const code = ref.startsWith('#x')
      ? parseInt(ref.slice(2), 16)
      : ref.startsWith('#')
        ? Number(ref.slice(1))
        : null
    if (code === null) return NAMED[ref] ?? ((bad = true), '')
    return code <= 0x10ffff ? String.fromCodePoint(code) : ((bad = true), '')
  })
  return bad ? null : text
}

export type Embedded =
  | { readonly kind: 'draw.io'; readonly json: string | null }
  | { readonly kind: 'mermaid'; readonly script: string | null }

/** What kind of Docknet export `text` looks like, and what it carries; null: neither. */
export function embeddedIn(text: string): Embedded | null {
  const head = text.trimStart().slice(0, 4096)
  if (/^(<\?xml[^>]*>\s*)?<mxfile[\s>]/.test(head)) {
    const at = text.indexOf(` ${DRAWIO_ATTRIBUTE}="`)
    if (at < 0) return { kind: 'draw.io', json: null }
    const from = at + DRAWIO_ATTRIBUTE.length + 3
    const end = text.indexOf('"', from)
    return { kind: 'draw.io', json: end < 0 ? null : xmlAttributeText(text.slice(from, end)) }
  }
  if (!/^(---\n[^]*?\n---\s*)?(%%.*\n\s*)*flowchart\b/.test(head)) return null
  const lines = text.split(/\r?\n/)
  const mark = lines.findIndex((l) => l.trimEnd() === SCRIPT_MARK)
  if (mark < 0) return { kind: 'mermaid', script: null }
  const script: string[] = []
  for (const line of lines.slice(mark + 1)) {
    if (!line.startsWith(SCRIPT_LINE.trimEnd())) break
    script.push(line.slice(SCRIPT_LINE.length).replace(/%25/g, '%'))
  }
  return { kind: 'mermaid', script: `${script.join('\n')}\n` }
}
