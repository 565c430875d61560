// The Mermaid and draw.io files `docknet convert` writes convert back: draw.io through the
// document it carries, Mermaid through its docker script (io/embedded.ts).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { convert } from './convert'

const COMPOSE = `name: blog
services:
  web: { image: wordpress, ports: ["8080:80"], links: ["db:mysql"] }
  db: { image: mysql, volumes: [data:/var/lib/mysql] }
volumes:
  data: {}
`

describe('docknet convert from its own Mermaid and draw.io files', () => {
  it.each(['mmd', 'drawio'])('reads a %s file it wrote back to the same script', async (ext) => {
    let err = ''
    const io = { readStdin: async () => '', out: () => {}, err: (t: string) => void (err += t) }
    const d = mkdtempSync(join(tmpdir(), 'docknet-reopen-'))
    writeFileSync(join(d, 'compose.yaml'), COMPOSE)
    const at = (name: string) => join(d, name)
    expect(await convert([at('compose.yaml'), at('direct.sh')], io)).toBe(0)
    expect(await convert([at('compose.yaml'), at(`blog.${ext}`)], io)).toBe(0)
    expect(await convert([at(`blog.${ext}`), at('again.sh')], io)).toBe(0)
    expect(err).toBe('')
    expect(readFileSync(at('again.sh'), 'utf8')).toBe(readFileSync(at('direct.sh'), 'utf8'))
  })

  it("titles a compose file's diagram after its project, not the file", async () => {
    const d = mkdtempSync(join(tmpdir(), 'docknet-title-'))
    writeFileSync(join(d, 'compose.yaml'), COMPOSE)
    const io = { readStdin: async () => '', out: () => {}, err: () => {} }
    expect(await convert([join(d, 'compose.yaml'), join(d, 'out.mmd')], io)).toBe(0)
    expect(readFileSync(join(d, 'out.mmd'), 'utf8')).toMatch(/^---\ntitle: "blog"\n---\n/)
  })

  it('refuses a Mermaid file it did not write', async () => {
    let err = ''
    const io = {
      readStdin: async () => 'flowchart LR\n  a --> b\n',
      out: () => {},
      err: (t: string) => void (err += t),
    }
    expect(await convert(['--from', 'mmd', '-', join(tmpdir(), 'x.sh')], io)).toBe(1)
    expect(err).toContain('this Mermaid file was not exported by Docknet')
  })
})
