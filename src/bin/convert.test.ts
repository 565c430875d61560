import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runScript } from '../cli'
import { textInColumn } from '../io/picture/column'
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

/** Three hosts of a few containers each, in the default grid: over 2,000 px side by side. */
const THREE_HOSTS = `docker network create front
docker network create back
docker volume create data
docker run -d --name web1 --network front -p 80:80 nginx
docker run -d --name web2 --network front nginx
docker run -d --name web3 --network front nginx
docker run -d --name web4 --network front nginx
docker run -d --name api --network back -v data:/data node
docker network connect back web1
docker context create vm2
docker context use vm2
docker network create cache
docker run -d --name redis --network cache redis
docker run -d --name worker --network cache python
docker run -d --name db postgres
docker context create vm3
docker context use vm3
docker run -d --name grafana -p 3000:3000 grafana/grafana
docker run -d --name loki grafana/loki
docker run -d --name promtail grafana/promtail
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

  it('writes an SVG picture for a doc column, every card drawn, that converts back to the same world', async () => {
    const d = dir()
    writeFileSync(join(d, 'hosts.sh'), THREE_HOSTS)
    expect(await run([join(d, 'hosts.sh'), join(d, 'hosts.svg')])).toEqual({
      code: 0,
      out: '',
      err: '',
    })
    const svg = readFileSync(join(d, 'hosts.svg'), 'utf8')
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true)
    for (const name of [
      'vm2',
      'vm3',
      'front',
      'back',
      'web1',
      'web4',
      'api',
      'db',
      'cache',
      'data',
    ])
      expect(svg).toContain(`>${name}</text>`)
    expect(textInColumn(svg)).toBeGreaterThanOrEqual(12)
    // The picture carries the world: back to a document, and to the same script.
    expect(await run([join(d, 'hosts.svg'), join(d, 'hosts.json')])).toMatchObject({ code: 0 })
    const again = await run([join(d, 'hosts.json'), '-', '--to', 'sh'])
    expect(again.out).toBe((await run([join(d, 'hosts.sh'), '-', '--to', 'sh'])).out)
    const piped = await run(['--from', 'svg', '--to', 'sh', '-', '-'], svg)
    expect(piped.out).toBe(again.out)
  })

  it('with --canvas-layout, draws the cards where the document has them: hosts side by side', async () => {
    const canvas = await run(
      ['--canvas-layout', '--from', 'sh', '--to', 'svg', '-', '-'],
      THREE_HOSTS,
    )
    expect(canvas.code).toBe(0)
    expect(textInColumn(canvas.out)).toBeLessThan(8)
    const column = await run(['--from', 'sh', '--to', 'svg', '-', '-'], THREE_HOSTS)
    expect(textInColumn(column.out)).toBeGreaterThanOrEqual(12)
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
      'docknet convert: unknown input format "txt": use one of yaml, yml, sh, json, svg, mmd, drawio\n',
    )
    expect((await run(['--from', 'sh', '-', 'out.png'], '')).err).toBe(
      'docknet convert: unknown output format "png": use one of yaml, yml, sh, json, svg, mmd, drawio\n',
    )
    expect(await run(['--from', 'svg', '--to', 'json', '-', '-'], '<svg></svg>')).toEqual({
      code: 1,
      out: '',
      err: 'docknet convert: This picture was not exported by Docknet: it holds no diagram.\n',
    })
  })
})
