/** A word as a POSIX shell reads it back: bare when safe, else in single quotes. */
export function quoteWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`
}

/** A command line from words, each quoted as the simulated shell reads it back. */
export function commandLine(...words: readonly string[]): string {
  return words.map(quoteWord).join(' ')
}
