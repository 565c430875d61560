/**
 * The verify script under a real POSIX shell (dash, /bin/sh here) and real grep: a stand-in
 * `docker` runs each check's `sh -c` script on this machine, with the container's /etc/hosts
 * and `docker exec` environment as Docknet computes them, and getent, nc and ping replaced by
 * stubs that find nothing. So the file and environment checks must PASS (the quoting, tabs and
 * regular expressions hold in a real shell), the name and reach checks FAIL, and the count and
 * exit status must say so.
 */
import { spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runScript } from '../cli'
import { computeHostsFile, computeProcessEnv, type Topology } from '../engine'
import { verifyScript } from './verify'
import { verifyChecks } from './verify-checks'
import { shWord } from './script-words'

const STAND_INS = `
docker() {
  while [ $# -gt 0 ] && [ "$1" != exec ]; do shift; done
  [ $# -gt 0 ] || return 0
  name=$2
  hosts="$FIX/hosts.$name"
  # /etc/hosts where grep reads it (not in the fact texts)
  script=$(printf '%s' "$5" | sed -e "s|/etc/hosts >|$hosts >|g" -e "s|/etc/hosts)|$hosts)|g")
  ( . "$FIX/env.$name"; PATH="$FIX/bin:$PATH" sh -c "$script" )
}
dockerd() { :; }
sleep() { :; }
`

/** Writes each running container's files and a stub per network tool; returns the folder. */
function fixtures(t: Topology): string {
  const dir = mkdtempSync(join(tmpdir(), 'docknet-verify-'))
  mkdirSync(join(dir, 'bin'))
  for (const tool of ['getent', 'nc', 'ping']) {
    writeFileSync(join(dir, 'bin', tool), '#!/bin/sh\nexit 2\n')
    chmodSync(join(dir, 'bin', tool), 0o755)
  }
  for (const c of t.containers.values()) {
    if (c.state !== 'running') continue
    writeFileSync(join(dir, `hosts.${c.name}`), computeHostsFile(t, c))
    const env = computeProcessEnv(t, c, { exec: true }).filter((kv) => !kv.startsWith('PATH='))
    const exports = env.map((kv) => {
      const eq = kv.indexOf('=')
      return `export ${kv.slice(0, eq)}=${shWord(kv.slice(eq + 1))}\n`
    })
    writeFileSync(join(dir, `env.${c.name}`), exports.join(''))
  }
  return dir
}

function runInDash(t: Topology): { status: number | null; lines: string[] } {
  const r = verifyScript(t)
  if (!r.ok) throw new Error(r.error)
  const run = spawnSync('/bin/sh', ['-c', `${STAND_INS}${r.script}`], {
    encoding: 'utf8',
    env: { ...process.env, FIX: fixtures(t) },
  })
  return { status: run.status, lines: run.stdout.trimEnd().split('\n') }
}

function build(source: string): Topology {
  return runScript(source).state.topology
}

describe('verifyScript in a real POSIX shell', () => {
  it('prints one PASS or FAIL per check, counts the failures and exits 1', () => {
    const t = build(`
docker run -d --name db -e 'NOTE=it'"'"'s $HOME \`id\` a\\b (x|y)' -e POSTGRES_PASSWORD=s postgres
docker network create app
docker run -d --name web --link db:database alpine sleep 1d
docker network connect --alias edge app web
`)
    const checks = verifyChecks(t)
    const failing = checks.filter((c) => c.kind === 'name' || c.kind === 'reach')
    expect(failing.length).toBeGreaterThan(0)
    expect(checks.some((c) => c.fact.startsWith('web env DATABASE_ENV_NOTE=it'))).toBe(true)
    const { status, lines } = runInDash(t)
    const verdicts = lines.filter((l) => /^(PASS|FAIL) /.test(l))
    expect(verdicts).toHaveLength(checks.length)
    checks.forEach((c, i) => {
      const fails = failing.includes(c)
      expect(verdicts[i]?.startsWith(`${fails ? 'FAIL' : 'PASS'} ${c.fact}`)).toBe(true)
    })
    expect(lines.at(-1)).toBe(`Checks failed: ${failing.length} of ${checks.length}`)
    expect(status).toBe(1)
  })

  it('exits 0 when every check passes', () => {
    const t = build('docker run -d --name srv nginx')
    const { status, lines } = runInDash(t)
    expect(lines).toEqual([
      'PASS srv /etc/hosts has the line 172.17.0.2 <id>',
      'Checks failed: 0 of 1',
    ])
    expect(status).toBe(0)
  })
})
