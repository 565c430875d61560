/**
 * `npm run bench`: the full recompute of every derived view for generated topologies of
 * 10, 100, 1,000 and 5,000 containers (performance.md §5.2). Each sample starts from a fresh
 * copy of the topology's records (built outside the timed region) so no memo can hit across
 * samples, and a checksum over every view keeps the work from being skipped.
 */
import { performance } from 'node:perf_hooks'
import { generateTopology, GENERATOR_VERSION } from '../generate'
import type { Topology } from '../model'
import { computeWorldViews, viewsChecksum } from '../views'

const SIZES = [10, 100, 1000, 5000]

/** New record objects (fast-mode, unlike structuredClone's) for every container and network. */
function freshCopy(t: Topology): Topology {
  return {
    ...t,
    hosts: new Map([...t.hosts].map(([k, v]) => [k, { ...v }])),
    networks: new Map([...t.networks].map(([k, v]) => [k, { ...v }])),
    containers: new Map(
      [...t.containers].map(([k, v]) => [
        k,
        { ...v, endpoints: v.endpoints.map((e) => ({ ...e })) },
      ]),
    ),
    volumes: new Map([...t.volumes].map(([k, v]) => [k, { ...v }])),
  }
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN
}

function fmt(n: number): string {
  return n.toLocaleString('en-US')
}

/**
 * Collects the garbage of the previous sample and the fresh copy's young objects before the
 * clock starts: otherwise the recompute pays for scavenging the harness's own copy. The
 * recompute's own allocations are still collected inside the timed region.
 */
const settle: () => void = (globalThis as { gc?: () => void }).gc ?? (() => {})

// Samples are interleaved across sizes (round robin), so drift on a noisy 2-core machine hits
// every size alike and the growth ratio compares like with like (performance.md §3).
const worlds = SIZES.map((n) => ({ n, ...generateTopology(n) }))
const times = new Map<number, number[]>(SIZES.map((n) => [n, []]))
const checks = new Map<number, ReturnType<typeof viewsChecksum>>()
const WARMUP = 5
const ROUNDS = 41
console.log(
  `generator v${GENERATOR_VERSION}, seed 20261123; ${ROUNDS} interleaved samples per size`,
)
for (let round = 0; round < WARMUP + ROUNDS; round++) {
  for (const w of worlds) {
    const copy = freshCopy(w.topology)
    settle()
    const t0 = performance.now()
    checks.set(w.n, viewsChecksum(computeWorldViews(copy)))
    const dt = performance.now() - t0
    if (round >= WARMUP) times.get(w.n)?.push(dt)
  }
}
const medians = new Map<number, number>()
for (const { n, stats } of worlds) {
  const sorted = [...(times.get(n) ?? [])].sort((a, b) => a - b)
  const median = quantile(sorted, 0.5)
  medians.set(n, median)
  const check = checks.get(n)
  console.log(`recompute ${fmt(n)} containers: ${median.toFixed(2)} ms`)
  console.log(
    `  p90 ${quantile(sorted, 0.9).toFixed(2)} ms, min ${(sorted[0] ?? NaN).toFixed(2)} ms; ` +
      `${stats.hosts} hosts, ${stats.networks} networks, ${stats.links} links, ${stats.published} published, ` +
      `${stats.ambassadors} ambassadors; reachable pairs ${fmt(check?.pairs ?? 0)}, dns names ${check?.dnsNames ?? 0}, ` +
      `view bytes ${fmt(check?.bytes ?? 0)}, iptables rules ${check?.rules ?? 0}`,
  )
}
const growth = (medians.get(5000) ?? NaN) / (medians.get(1000) ?? NaN)
console.log(`growth 1,000→5,000: ${growth.toFixed(2)}x`)
