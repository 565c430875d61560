import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const BIN = fileURLToPath(new URL('./docknet.js', import.meta.url))

function file(text: string, name = 'world.sh'): string {
  const path = join(mkdtempSync(join(tmpdir(), 'docknet-')), name)
  writeFileSync(path, text)
  return path
}

function reach(...args: string[]) {
  const r = spawnSync('node', [BIN, 'reach', ...args], { encoding: 'utf8' })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

interface JsonVerdict {
  readonly from: string
  readonly to: string
  readonly port: number | null
  readonly reachable: boolean
  readonly addresses: readonly string[]
  readonly reasons: readonly { kind: string; code: string }[]
  readonly fixes: readonly { commands: string[]; why: string; breaks: string[] }[]
}

const SEED = `docker run -d --name db training/postgres
docker run -dit --name web busybox
`

// Each case starts node: seconds on a busy 2-core machine.
describe('docknet reach', { timeout: 30_000 }, () => {
  it('one verdict as JSON: not by name on the default bridge, by IP instead, with fixes; exit 1', () => {
    const r = reach('--json', file(SEED), 'web', 'db:5432')
    expect(r.code).toBe(1)
    const v = JSON.parse(r.out) as JsonVerdict
    expect(v).toMatchObject({ from: 'web', to: 'db', port: 5432, reachable: false })
    expect(v.addresses).toEqual(['172.17.0.2:5432'])
    expect(v.reasons[0]).toMatchObject({ kind: 'dns', code: 'default-bridge' })
    expect(v.fixes.length).toBeGreaterThan(0)
  })

  it('each fix appended to the file makes the answer reachable, exit 0', () => {
    const v = JSON.parse(reach('--json', file(SEED), 'web', 'db:5432').out) as JsonVerdict
    for (const fix of v.fixes) {
      const again = reach('--json', file(`${SEED}${fix.commands.join('\n')}\n`), 'web', 'db:5432')
      expect(again.code).toBe(0)
      expect((JSON.parse(again.out) as JsonVerdict).reachable).toBe(true)
    }
  })

  it('a row, and the whole matrix, as arrays; the text form says why', () => {
    const linked = file(`${SEED}docker run -dit --name app --link db busybox\n`)
    const row = JSON.parse(reach('--json', linked, 'app').out) as JsonVerdict[]
    expect(row.map((v) => `${v.to}:${v.port} ${v.reachable}`)).toEqual(['db:5432 true'])
    const all = JSON.parse(reach('--json', linked).out) as JsonVerdict[]
    expect(all.map((v) => `${v.from}>${v.to}:${v.port}`)).toEqual(['web>db:5432', 'app>db:5432'])
    const text = reach(file(SEED), 'web', 'db:5432').out
    expect(text).toContain('✗ web → db:5432')
    expect(text).toContain('the default bridge has no embedded DNS')
    expect(text).toMatch(/fix 1: recreate web with --link db:db/)
  })

  it('ping by name when there is no port; a compose file works too', () => {
    const compose = file(
      'name: shop\nservices:\n  web:\n    image: busybox\n    command: sleep 1000\n  db:\n    image: redis\n',
      'compose.yaml',
    )
    const r = reach('--json', compose, 'shop-web-1', 'db')
    expect(r.code).toBe(0)
    expect(JSON.parse(r.out)).toMatchObject({ to: 'db', port: null, reachable: true })
  })

  it('a tutorial script that fails on purpose still builds its world, with a note', () => {
    const r = reach(file(`${SEED}docker exec web ping -c 1 db\n`), 'web', 'db:5432')
    expect(r.code).toBe(1)
    expect(r.err).toContain(
      "a command failed (the world is as it left it): docker exec web ping -c 1 db: ping: bad address 'db'",
    )
    expect(r.out).toContain('✗ web → db:5432')
  })

  it('bad input: exit 2 and a usage line', () => {
    expect(reach().code).toBe(2)
    expect(reach(file(SEED), 'nosuch', 'db').err).toContain('no such container: nosuch')
    expect(reach(file(SEED), 'web', 'db:99999').code).toBe(2)
    expect(reach('/no/such/file.sh').code).toBe(2)
  })
})
