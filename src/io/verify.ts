/**
 * Export flavour "Verify on real Docker": the docker script that builds a topology (script.ts),
 * then one line per fact Docknet computes (verify-checks.ts), so a user can hold Docknet's
 * answers against their own daemon. Each line runs its test in the container and prints
 * `PASS <fact>` or `FAIL <fact>: expected ..., saw: ...`; the script ends with the number of
 * failures and exits 1 if there was any.
 *
 * Docknet's own shell (`docknet shell`) runs every check line too, so the export can be held
 * against the simulation: it has `;`, `&&`, `||`, pipes and `$(...)` but no `if`, `!`, `{ }`
 * or variables, so each check is one `docker exec NAME sh -c '...'` line built from those
 * alone, and the failure count rides on an arithmetic expansion (`false $((n += 1))`: a real
 * shell adds one while expanding the arguments; `false` keeps the line's status non-zero, which
 * is all the simulation sees).
 */
import type { Topology } from '../engine'
import { toScript, type ScriptResult } from './script'
import { dockerExec, REACH_SAMPLE, verifyChecks, type Check } from './verify-checks'
import { shLine, shWord } from './script-words'

/** The shell variable that counts failed checks. */
const COUNTER = 'docknet_failed'

/** Servers (postgres, mysql) take seconds to listen after `docker run` returns. */
const SETTLE_SECONDS = 10

function failText(check: Check): string {
  const head = shWord(`FAIL ${check.fact}: expected ${check.expected}, saw: `)
  return 'command' in check.seen
    ? `${head}"$(${check.seen.command})"`
    : `${head}${shWord(check.seen.text)}`
}

/**
 * The script run in the container: it prints PASS or FAIL itself and exits 0 or 1. Written
 * with `&&` chains and `exit` because the simulated shell has no `if`.
 */
function checkScript(check: Check): string {
  const test = `${check.test} >/dev/null`
  const pass = `echo ${shWord(`PASS ${check.fact}`)}`
  const fail = `echo ${failText(check)}`
  return check.expectSuccess
    ? `${test} && ${pass} && exit 0; ${fail}; exit 1`
    : `${test} && ${fail} && exit 1; ${pass}`
}

/** One check as a script line: run in its container, and counted when it fails. */
function checkLine(check: Check): string {
  const exec = shLine([...dockerExec(check), 'sh', '-c', checkScript(check)])
  return `${exec} || false $((${COUNTER} += 1))`
}

/** The comment that opens the checks, saying what they do and how they are bounded. */
function preamble(count: number): string[] {
  return [
    '',
    '# Verify on real Docker: each line below asserts one fact Docknet computed, in the',
    '# container (docker exec), and prints PASS or FAIL with what it expected and saw.',
    '# Facts: the /etc/hosts lines Docker writes (<id> is any 12-hex-digit container id), the',
    '# link variables, the names each container resolves (getent hosts; ping in the busybox',
    '# image, which has no getent) and a few it must not, and reach on listening TCP ports',
    `# (nc -z -w 2, from busybox and Alpine images): at most ${REACH_SAMPLE} reachable and ${REACH_SAMPLE} blocked`,
    '# (server, port) pairs per container. Addresses assume a daemon with nothing else on it.',
    `# ${count} checks; the script exits 1 if any fails.`,
    `: $((${COUNTER} = 0))`,
    `sleep ${SETTLE_SECONDS}`,
  ]
}

function checkLines(checks: readonly Check[]): string[] {
  const lines: string[] = []
  let current = ''
  for (const check of checks) {
    const where = `${check.host}/${check.container}`
    if (where !== current) lines.push(`# ${check.container} (host ${check.host})`)
    current = where
    lines.push(checkLine(check))
  }
  return lines
}

/**
 * The docker script that builds `t`, then checks every fact Docknet computes for it on the
 * daemon it ran on; the same error as toScript when no order builds it.
 */
export function verifyScript(t: Topology): ScriptResult {
  const built = toScript(t)
  if (!built.ok) return built
  const checks = verifyChecks(t)
  const lines = [
    ...preamble(checks.length),
    ...checkLines(checks),
    `echo "Checks failed: $${COUNTER} of ${checks.length}"`,
    `exit "$((${COUNTER} != 0))"`,
  ]
  return { ok: true, script: `${built.script}${lines.join('\n')}\n` }
}
