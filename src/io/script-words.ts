/**
 * Words of an exported script, quoted so POSIX sh (and `docknet shell`) reads each back as
 * exactly one argument: spaces, quotes, `$`, backquotes, `#`, globs and newlines included.
 */

/** Characters sh gives no meaning to anywhere in a word. */
const PLAIN = /^[A-Za-z0-9_@%+=:,./-]+$/

/**
 * A word as sh reads it back: bare when it is plain, else in single quotes, inside which sh
 * expands nothing (a newline included); a single quote itself is closed, escaped and reopened.
 */
export function shWord(word: string): string {
  return PLAIN.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`
}

/** A command line: the words quoted, separated by one space. */
export function shLine(words: readonly string[]): string {
  return words.map(shWord).join(' ')
}

/** `--flag value` for each value, in order. */
export function repeated(flag: string, values: readonly string[]): string[] {
  return values.flatMap((v) => [flag, v])
}

/** `k=v` for each entry of a record, in its own order (the order the command gave them). */
export function pairs(record: Readonly<Record<string, string>>): string[] {
  return Object.entries(record).map(([k, v]) => `${k}=${v}`)
}
