/**
 * `docknet shell [--json] [FILE]`: replays a script of docker commands (FILE or stdin)
 * against a fresh simulated world and prints what the docker CLI would print.
 * `docknet convert IN OUT`: converts between formats (convert.ts).
 * `docknet reach FILE [FROM [TO[:PORT]]]`: who reaches whom by name, why not, and fixes (reach.ts).
 */
import { readFile } from 'node:fs/promises'
import { runScript } from '../cli'
import { chunksOf } from '../cli/chunks'
import { convert } from './convert'
import { reach } from './reach'

const USAGE =
  'Usage: docknet shell [--json] [FILE]\n       docknet convert [--from FORMAT] [--to FORMAT] IN OUT\n       docknet reach [--json] FILE [FROM [TO[:PORT]]]\n'

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

export async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv
  if (cmd === 'convert')
    return convert(rest, {
      readStdin,
      out: (text) => process.stdout.write(text),
      err: (text) => process.stderr.write(text),
    })
  if (cmd === 'reach')
    return reach(rest, {
      readStdin,
      out: (text) => process.stdout.write(text),
      err: (text) => process.stderr.write(text),
    })
  if (cmd !== 'shell') {
    process.stderr.write(USAGE)
    return cmd === undefined || cmd === '--help' || cmd === '-h' ? 0 : 2
  }
  const json = rest.includes('--json')
  const files = rest.filter((a) => a !== '--json')
  let source: string
  try {
    source =
      files[0] !== undefined && files[0] !== '-'
        ? await readFile(files[0], 'utf8')
        : await readStdin()
  } catch (e) {
    process.stderr.write(`docknet: ${(e as Error).message}\n`)
    return 1
  }
  const { entries } = runScript(source)
  if (json) {
    process.stdout.write(`${JSON.stringify(entries, null, 2)}\n`)
  } else {
    for (const e of entries)
      for (const c of chunksOf(e))
        (c.stream === 'stdout' ? process.stdout : process.stderr).write(c.text)
  }
  return entries.at(-1)?.exitCode ?? 0
}
