/** Quoting for the docker lines an import writes: a word as sh (and Docknet's CLI) reads it back. */
export function quote(word: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`
}

export const line = (...words: readonly string[]) => words.map(quote).join(' ')
