/**
 * Differential test against the real docker 28.2.2 client, which validates flags and arguments
 * before it looks for a daemon (none runs on these machines). For each seeded line: when the
 * client refuses it, the simulator must print the same stderr with the same status; when the
 * client accepts it (it goes on to "Cannot connect to the Docker daemon", or succeeds), the
 * simulator must not refuse it while parsing; help texts (`--help`, a bare group) must match
 * byte for byte, on the same stream.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createShell, execute } from '../index'
import type { Output } from '../output'
import { tokenize, words } from '../tokenize'
import { agreementVectors } from './agreement-vectors'

const DOCKER = '/usr/local/bin/docker'

function realClient(argv: readonly string[]): Output {
  // A fresh config folder: `docker context create` writes there, never in the user's.
  const config = mkdtempSync(join(tmpdir(), 'docknet-agreement-'))
  try {
    const r = spawnSync(DOCKER, argv, {
      env: { PATH: process.env.PATH ?? '', HOME: config, DOCKER_CONFIG: config },
      input: '',
      encoding: 'utf8',
    })
    // The simulated client keeps its config in /root/.docker (context store paths).
    const inWorld = (text: string) => text.replaceAll(config, '/root/.docker')
    return { stdout: inWorld(r.stdout), stderr: inWorld(r.stderr), exitCode: r.status ?? -1 }
  } finally {
    rmSync(config, { recursive: true, force: true })
  }
}

/** Why the real client cannot serve as the oracle here, or null when it can. */
function whyNoOracle(): string | null {
  if (!existsSync(DOCKER)) return `skipped: no docker client at ${DOCKER} to compare with`
  const version = spawnSync(DOCKER, ['--version'], { encoding: 'utf8' }).stdout
  // The texts in the table are 28.2.2's; another client would disagree by design.
  return version.startsWith('Docker version 28.2.2,')
    ? null
    : `skipped: ${DOCKER} is not the 28.2.2 client the table was taken from (${version.trim()})`
}

const DAEMON_NEEDED = 'Cannot connect to the Docker daemon'

/** A refusal the client makes while parsing or checking options, before any daemon. */
function isClientRefusal(o: Output): boolean {
  if (o.exitCode === 0 || o.stderr.includes(DAEMON_NEEDED)) return false
  return (
    /^(unknown (shorthand )?flag|invalid argument|bad flag syntax|flag needs an argument)/.test(
      o.stderr,
    ) ||
    /^docker: '[^']+' (requires|accepts)/.test(o.stderr) ||
    /^accepts \d+ arg\(s\)/.test(o.stderr) ||
    /^docker: unknown command/.test(o.stderr) ||
    (/^docker: (?!Error response from daemon)/.test(o.stderr) && o.exitCode === 125)
  )
}

interface Verdict {
  readonly line: string
  readonly agrees: boolean
  readonly client: Output
  readonly simulator: Output
}

function compare(line: string): Verdict {
  const tokens = tokenize(line)
  if (!tokens.ok) throw new Error(`${line}: ${tokens.error}`)
  const client = realClient(words(tokens.tokens).slice(1))
  const simulator = execute(createShell(), line).output
  const isHelp = client.exitCode === 0 && /^Usage:/.test(client.stdout + client.stderr)
  const agrees = isHelp
    ? simulator.stdout === client.stdout && simulator.stderr === client.stderr
    : client.exitCode !== 0 && !client.stderr.includes(DAEMON_NEEDED)
      ? simulator.stderr === client.stderr && simulator.exitCode === client.exitCode
      : !isClientRefusal(simulator)
  return { line, agrees, client, simulator }
}

describe('agreement with the real docker client', () => {
  it('classifies refusals and acceptances', () => {
    const refused = { stdout: '', stderr: 'unknown flag: --bogus\n', exitCode: 125 }
    const daemon = { stdout: '', stderr: `docker: ${DAEMON_NEEDED} at x\n`, exitCode: 125 }
    const runCheck = { stdout: '', stderr: 'docker: invalid hostPort: 1\n', exitCode: 125 }
    expect(isClientRefusal(refused)).toBe(true)
    expect(isClientRefusal(runCheck)).toBe(true)
    expect(isClientRefusal(daemon)).toBe(false)
    expect(
      isClientRefusal({ stdout: '', stderr: 'Error response from daemon: x\n', exitCode: 1 }),
    ).toBe(false)
  })

  const skipReason = whyNoOracle()
  it.skipIf(skipReason !== null)(
    skipReason ?? `prints what ${DOCKER} prints before it needs a daemon`,
    () => {
      // AGREE_SEED and AGREE_N draw other or more lines, for a wider sweep by hand.
      const verdicts = agreementVectors(
        Number(process.env.AGREE_SEED ?? 20261206),
        Number(process.env.AGREE_N ?? 8),
      ).map(compare)
      const disagreements = verdicts.filter((v) => !v.agrees)
      console.info(
        `client agreement: ${verdicts.length - disagreements.length} of ${verdicts.length} lines`,
      )
      expect(
        disagreements.map((v) => ({
          line: v.line,
          client: `${v.client.exitCode} ${v.client.stdout}${v.client.stderr}`,
          simulator: `${v.simulator.exitCode} ${v.simulator.stdout}${v.simulator.stderr}`,
        })),
      ).toEqual([])
    },
    // Some 300 runs of the client, about 20 ms each on an idle machine.
    120_000,
  )
})
