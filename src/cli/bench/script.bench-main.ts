/**
 * `npm run bench`, the CLI half: building a world from a script of 20,000 `docker run` lines,
 * and listing it with `docker ps -a`. Both once grew quadratically with the world (every
 * command copied maps and scanned every container).
 */
import { performance } from 'node:perf_hooks'
import { execute, runScript, type ShellState } from '../index'

const RUNS = 20_000

const script = Array.from({ length: RUNS }, (_, i) => `docker run -d --name c${i} nginx`).join('\n')

const settle: () => void = (globalThis as { gc?: () => void }).gc ?? (() => {})

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? NaN
}

const scriptTimes: number[] = []
let world: ShellState | null = null
for (let round = 0; round < 3; round++) {
  settle()
  const t0 = performance.now()
  const { state, entries } = runScript(script)
  scriptTimes.push(performance.now() - t0)
  const failed = entries.filter((e) => e.exitCode !== 0).length
  if (failed > 0) throw new Error(`${failed} of the ${RUNS} runs failed`)
  world = state
}
console.log(
  `script ${RUNS.toLocaleString('en-US')} docker run: ${(median(scriptTimes) / 1000).toFixed(2)} s`,
)
console.log(`  3 samples, min ${(Math.min(...scriptTimes) / 1000).toFixed(2)} s`)

const psTimes: number[] = []
let bytes = 0
for (let round = 0; round < 8; round++) {
  if (!world) break
  settle()
  const t0 = performance.now()
  bytes = execute(world, 'docker ps -a').output.stdout.length
  if (round > 0) psTimes.push(performance.now() - t0)
}
console.log(`ps -a ${RUNS.toLocaleString('en-US')} containers: ${median(psTimes).toFixed(0)} ms`)
console.log(
  `  ${psTimes.length} samples after a warm-up, min ${Math.min(...psTimes).toFixed(0)} ms, ${bytes.toLocaleString('en-US')} bytes`,
)
