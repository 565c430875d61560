import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runScript } from '../cli'
import { convert } from './convert'

const COMPOSE = `name: blog
services:
  web:
    image: wordpress
    ports: ["8080:80"]
    links: ["db:mysql"]
  db:
    image: mysql
    volumes: [data:/var/lib/mysql]
volumes:
  data: {}
`

/** Runs `docknet convert ARGS` with stdin `input`; what it wrote and its exit code. */
async function run(args: string[], input = '') {
  let out = ''
  let err = ''
  const code = await convert(args, {
    readStdin: async () => input,
    out: (t) => void (out += t),
    err: (t) => void (err += t),
  })
  return { code, out, err }
}

const dir = () => mkdtempSync(join(tmpdir(), 'docknet-convert-'))

describe('docknet convert', () => {
  it('turns a compose file into the docker script that builds the same world', async () => {
    const d = dir()
    writeFileSync(join(d, 'compose.yaml'), COMPOSE)
    expect(await run([join(d, 'compose.yaml'), join(d, 'blog.sh')])).toEqual({
      code: 0,
      out: '',
      err: '',
    })
    const script = readFileSync(join(d, 'blog.sh'), 'utf8')
    const world = runScript(script)
    expect(world.entries.every((e) => e.exitCode === 0)).toBe(true)
    expect([...world.state.topology.containers.values()].map((c) => c.name).sort()).toEqual([
      'blog-db-1',
      'blog-web-1',
    ])
    expect(script).toContain('--link blog-db-1:mysql')
  })

  it('reads the .env beside a compose file for its variables, as compose does', async () => {
    const d = dir()
    writeFileSync(join(d, 'compose.yaml'), 'services:\n  web:\n    image: "nginx:${TAG:-latest}"\n')
    writeFileSync(join(d, '.env'), '# pinned\nTAG="1.27"\n')
    const r = await run([join(d, 'compose.yaml'), '-', '--to', 'sh'])
    expect(r.out).toContain(' nginx:1.27\n')
  })

  it('writes a compose file back that imports to the same world', async () => {
    const once = await run(['--from', 'yaml', '--to', 'yaml', '-', '-'], COMPOSE)
    expect(once.out).toMatch(/^name: blog$/m)
    const twice = await run(['--from', 'yaml', '--to', 'yaml', '-', '-'], once.out)
    expect(twice.out).toBe(once.out)
    const script = (text: string) => run(['--from', 'yaml', '--to', 'sh', '-', '-'], text)
    expect((await script(once.out)).out).toBe((await script(COMPOSE)).out)
  })

  it('with --verify, writes the script with a check of every fact after it', async () => {
    const r = await run(['--verify', '--from', 'yaml', '--to', 'sh', '-', '-'], COMPOSE)
    expect(r.out).toContain('PASS blog-web-1 resolves mysql to')
    expect(r.out).toMatch(/^exit "\$\(\(docknet_failed != 0\)\)"$/m)
  })

  it('goes script → document → script by stdin and stdout, and the script builds the same', async () => {
    const first = await run(
      ['--from', 'sh', '--to', 'sh', '-', '-'],
      'docker network create back\ndocker run -d --name db --network back redis\n',
    )
    const doc = await run(['--from', 'sh', '--to', 'json', '-', '-'], first.out)
    expect(JSON.parse(doc.out)).toMatchObject({ format: 'docknet' })
    const again = await run(['--from', 'json', '--to', 'sh', '-', '-'], doc.out)
    expect(again.out).toBe(first.out)
  })

  it('writes Mermaid and draw.io diagrams, a subgraph or a container cell per host', async () => {
    const mmd = await run(['--from', 'yaml', '--to', 'mmd', '-', '-'], COMPOSE)
    expect(mmd.code).toBe(0)
    expect(mmd.out).toContain('flowchart LR')
    expect(mmd.out.match(/^\s*subgraph /gm)).toHaveLength(1)
    expect(mmd.out).toContain('blog-web-1')
    const drawio = await run(['--from', 'yaml', '--to', 'drawio', '-', '-'], COMPOSE)
    expect(drawio.out).toMatch(/^(<\?xml[^>]*>\s*)?<mxfile/)
    expect(drawio.out).toContain('swimlane')
  })

  it('fails with a Docker-like error and exit 1, writing nothing', async () => {
    expect(await run(['only-one.yaml'])).toMatchObject({
      code: 1,
      err: expect.stringMatching(/^docknet convert: requires exactly 2 arguments/),
    })
    expect(
      await run(
        ['--from', 'yaml', '--to', 'sh', '-', '-'],
        'services:\n  a: {image: x, depends_on: [a2]}\n',
      ),
    ).toEqual({
      code: 1,
      out: '',
      err: 'docknet convert: compose.yaml: service "a" depends on undefined service "a2": invalid compose project\n',
    })
    expect(
      await run(['--from', 'sh', '--to', 'json', '-', '-'], 'docker run --name x\n'),
    ).toMatchObject({
      code: 1,
      err: expect.stringMatching(
        /^docknet convert: docker run --name x: docker: 'docker run' requires at least 1 argument/,
      ),
    })
    expect((await run(['in.txt', 'out.sh'])).err).toBe(
      'docknet convert: unknown input format "txt": use one of yaml, yml, sh, json\n',
    )
    expect((await run(['--from', 'sh', '-', 'out.svg'], '')).err).toBe(
      'docknet convert: unknown output format "svg": use one of yaml, yml, sh, json, mmd, drawio\n',
    )
  })
})
