import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const BIN = fileURLToPath(new URL('./docknet.js', import.meta.url))

function script(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'docknet-'))
  const file = join(dir, 'script.sh')
  writeFileSync(file, text)
  return file
}

describe('docknet shell', () => {
  it('replays a script file and prints what the docker CLI would print', () => {
    const file = script(
      'docker network create backend\n$ docker run -d --name db --network backend redis\n',
    )
    const out = execFileSync('node', [BIN, 'shell', file], { encoding: 'utf8' })
    const lines = out.trim().split('\n')
    expect(lines).toHaveLength(2)
    for (const l of lines) expect(l).toMatch(/^[0-9a-f]{64}$/)
  })

  it('prints one JSON object per command with --json, reading stdin', () => {
    const r = spawnSync('node', [BIN, 'shell', '--json'], {
      input: 'docker run --rm busybox hostname\ndocker bogus\n',
      encoding: 'utf8',
    })
    const entries = JSON.parse(r.stdout) as {
      command: string
      host: string
      exitCode: number
      stdout: string
      stderr: string
    }[]
    expect(entries.map((e) => e.command)).toEqual([
      'docker run --rm busybox hostname',
      'docker bogus',
    ])
    expect(entries[0]?.stdout).toMatch(/^[0-9a-f]{12}\n$/)
    expect(entries[1]).toMatchObject({ host: 'default', exitCode: 1, stdout: '' })
    expect(entries[1]?.stderr).toBe(
      "docker: unknown command: docker bogus\n\nRun 'docker --help' for more information\n",
    )
    expect(r.status).toBe(1)
  })

  it('reports a missing file without a stack trace', () => {
    const r = spawnSync('node', [BIN, 'shell', '/nonexistent/script.sh'], { encoding: 'utf8' })
    expect(r.status).toBe(1)
    expect(r.stderr).toBe(
      "docknet: ENOENT: no such file or directory, open '/nonexistent/script.sh'\n",
    )
  })
})
