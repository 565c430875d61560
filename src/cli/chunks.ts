/**
 * A command's output as a terminal shows it: apart from output.ts, which words the engine's
 * refusals, so the terminal's first paint holds neither that nor the error catalogue.
 */

export interface OutputChunk {
  readonly stream: 'stdout' | 'stderr'
  readonly text: string
}

/** What a terminal shows, in the order it was written. */
export function chunksOf(o: {
  readonly stdout: string
  readonly stderr: string
  readonly chunks?: readonly OutputChunk[]
}): OutputChunk[] {
  if (o.chunks) return [...o.chunks]
  const list: OutputChunk[] = []
  if (o.stdout !== '') list.push({ stream: 'stdout', text: o.stdout })
  if (o.stderr !== '') list.push({ stream: 'stderr', text: o.stderr })
  return list
}
