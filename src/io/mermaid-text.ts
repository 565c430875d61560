/**
 * User text inside a Mermaid flowchart, written so that any name parses and renders literally
 * (mermaid 11). Labels are double-quoted strings; inside one, characters that mean something to
 * Mermaid's parser or renderer are written as its entity codes (`#quot;`, `#35;`: the flowchart
 * docs' "Entity codes to escape characters"), which it turns into HTML character references
 * only when it draws the label, after every step that could read them as syntax.
 *
 * Line breaks are newlines inside the quoted string, which Mermaid draws as `<br />`; not a
 * `<br>` in the text: a label holding a tag goes through DOMPurify, which turns the character
 * references back into characters before the renderer looks for `$$…$$` math, `\n` and
 * `fa:fa-` icons (mermaid 11.17 does so; mermaid.test.ts draws hostile labels and finds each
 * as written).
 */

/** Characters written as entity codes wherever they appear in a label, and why. */
const ENTITIES: Readonly<Record<string, string>> = {
  '"': '#quot;', // ends the quoted string
  '#': '#35;', // starts an entity code
  '&': '#amp;', // labels are drawn as HTML: `&lt;` would show as `<`
  '<': '#lt;', // an HTML tag: DOMPurify strips it (`<img onerror>`) instead of showing it
  '>': '#gt;',
  '%': '#37;', // `%%{init: …}%%` is read as a directive anywhere in the text
  '`': '#96;', // `"` then a backtick opens a Markdown string
  '\\': '#92;', // `\n` in a plain label is drawn as a line break
  $: '#36;', // `$$…$$` is drawn as KaTeX math
  '}': '#125;', // the parser drops the spaces and blank lines after a `}` (for `@{…}` data)
}

/** One pass over a piece of user text: every character that needs it as an entity code. */
const SPECIAL = /["#&<>%`\\$}]|\r\n|[\r\n]|[^\S ]|\p{Cc}/gu

function entityFor(ch: string): string {
  if (ch === '\r\n' || ch === '\r' || ch === '\n') return '\n'
  const named = ENTITIES[ch]
  if (named !== undefined) return named
  // Other whitespace and C0 controls: the parser trims labels and some of its rules match `\s`,
  // so they go as numeric codes (drawn as the same characters; NUL as U+FFFD, as HTML does).
  // C1 controls stay raw: HTML reads `&#128;` as `€`.
  const code = ch.codePointAt(0) ?? 0
  return code >= 0x80 && code <= 0x9f ? ch : `#${code};`
}

/**
 * Words that trip patterns Mermaid runs over whole lines before lexing them: a line holding
 * `style` or `classDef`, a colon and a `#` loses its last `;` (an entity code's), and
 * `direction LR` anywhere on a line is read as a direction statement. Their first letter goes
 * as a code, which breaks the word for those patterns only.
 */
const LINE_PATTERN_WORDS = /style|classDef|direction/g

/** `fa:fa-car` is drawn as a Font Awesome icon: its colon goes as a code. */
const ICON_PREFIX = /(fa[bklrs]?):(?=fa-)/g

/**
 * Mermaid writes entity codes as placeholders (`#35;` as `ﬂ°°35¶ß`) and, once the drawing is
 * done, turns every `ﬂ°` and `¶ß` in the whole SVG into `&` and `;`, a name's characters
 * included. A word joiner (invisible, zero-width) between the two keeps a name's pair intact.
 */
const PLACEHOLDER_PAIR = /ﬂ(?=°)|¶(?=ß)/g

/** User text as it goes inside a quoted label (any line end becomes a newline). */
export function escapeLabelText(text: string): string {
  const escaped = text
    .replace(SPECIAL, entityFor)
    .replace(LINE_PATTERN_WORDS, (word) => `#${word.codePointAt(0) ?? 0};${word.slice(1)}`)
    .replace(ICON_PREFIX, '$1#58;')
    .replace(PLACEHOLDER_PAIR, '$&#8288;')
  // Mermaid trims a label: its outer spaces go as codes to be kept.
  return escaped.replace(/^ +| +$/g, (spaces) => '#32;'.repeat(spaces.length))
}

/**
 * A label from lines of user text, each escaped, one a line. Mermaid trims a label and refuses
 * an empty one (`[""]`): a blank first or last line holds a space.
 */
export function labelFromLines(lines: readonly string[]): string {
  return lines
    .map(escapeLabelText)
    .join('\n')
    .replace(/^(?=\n)|(?<=\n)$|^$/g, '#32;')
}

/** Kept as they are in a YAML scalar; everything else goes as a `\u` escape. */
const YAML_PLAIN = /^[A-Za-z0-9 .,:;()/_+=@!?'-]$/

/**
 * A YAML double-quoted scalar for the front matter's `title:`, in plain ASCII: no character can
 * end the front matter, the string, or be read by Mermaid's text clean-up (tags, `%%`).
 */
export function yamlString(text: string): string {
  let out = ''
  for (const ch of text) {
    if (YAML_PLAIN.test(ch)) {
      out += ch
      continue
    }
    const code = ch.codePointAt(0) ?? 0
    out +=
      code > 0xffff
        ? `\\U${code.toString(16).toUpperCase().padStart(8, '0')}`
        : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`
  }
  return `"${out}"`
}
