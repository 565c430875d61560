/**
 * `npm run bench`: the full recompute of every derived view for generated topologies of
 * 10, 100, 1,000 and 5,000 containers (performance.md §5.2). Each sample starts from a fresh
 * copy of the topology's records (built outside the timed region) so no memo can hit across
 * samples, and a checksum over every view keeps the work from being skipped. Because absolute
 * times differ between machines, the same run times a plain reference on the same topologies:
 * the naive per-pair reachability check of performance.md §1. Then one incremental edit at
 * 5,000 containers, with the views it touches.
 */
import { performance } from 'node:perf_hooks'
import { stopContainer, startContainer } from '../container-lifecycle'
import { networkDnsTable } from '../dns'
import { errorText } from '../errors'
import { generateTopology, GENERATOR_VERSION } from '../generate'
import { computeHostsFile } from '../hosts-file'
import { computeProcessEnv } from '../link-env'
import type { Container, Topology } from '../model'
import { computeResolvConf } from '../resolv-conf'
import { computeWorldViews, viewsChecksum } from '../views'

const SIZES = [10, 100, 1000, 5000]

/**
 * performance.md §1's reference: for every ordered pair of running containers, do they share
 * an icc-enabled network? On the plain records, no index, no classes.
 */
function naivePairs(t: Topology): number {
  const running = [...t.containers.values()].filter((c) => c.state === 'running')
  let pairs = 0
  for (const a of running) for (const b of running) if (a !== b && shareIcc(t, a, b)) pairs++
  return pairs
}

function shareIcc(t: Topology, a: Container, b: Container): boolean {
  for (const ea of a.endpoints) {
    if (ea.ip === null || !t.networks.get(ea.networkId)?.icc) continue
    for (const eb of b.endpoints) if (eb.networkId === ea.networkId && eb.ip !== null) return true
  }
  return false
}

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
const NAIVE_ROUNDS = 5
const naiveTimes = new Map<number, number[]>(SIZES.map((n) => [n, []]))
const naiveChecks = new Map<number, number>()
for (let round = 0; round < 1 + NAIVE_ROUNDS; round++) {
  for (const w of worlds) {
    const copy = freshCopy(w.topology)
    settle()
    const t0 = performance.now()
    naiveChecks.set(w.n, naivePairs(copy))
    const dt = performance.now() - t0
    if (round >= 1) naiveTimes.get(w.n)?.push(dt)
  }
}
const medians = new Map<number, number>()
for (const { n, stats } of worlds) {
  const sorted = [...(times.get(n) ?? [])].sort((a, b) => a - b)
  const median = quantile(sorted, 0.5)
  medians.set(n, median)
  const check = checks.get(n)
  const naive = quantile(
    [...(naiveTimes.get(n) ?? [])].sort((a, b) => a - b),
    0.5,
  )
  console.log(
    `recompute ${fmt(n)} containers: ${median.toFixed(2)} ms ` +
      `(naive ${naive.toFixed(naive < 10 ? 2 : 0)} ms, x${(median / naive).toFixed(2)})`,
  )
  console.log(
    `  p90 ${quantile(sorted, 0.9).toFixed(2)} ms, min ${(sorted[0] ?? NaN).toFixed(2)} ms; ` +
      `${stats.hosts} hosts, ${stats.networks} networks, ${stats.links} links, ${stats.published} published, ` +
      `${stats.ambassadors} ambassadors; reachable pairs ${fmt(check?.pairs ?? 0)}, dns names ${check?.dnsNames ?? 0}, ` +
      `view bytes ${fmt(check?.bytes ?? 0)}, iptables rules ${check?.rules ?? 0}; ` +
      `naive: ${NAIVE_ROUNDS} samples, pairs sharing an icc network ${fmt(naiveChecks.get(n) ?? 0)}`,
  )
}
const growth = (medians.get(5000) ?? NaN) / (medians.get(1000) ?? NaN)
console.log(`growth 1,000→5,000: ${growth.toFixed(2)}x`)

/**
 * One edit at 5,000 containers as the canvas makes it: stop (or start again) one container,
 * then the views that edit touches: its /etc/hosts, resolv.conf and env, and the DNS tables
 * of its networks. Lookup indexes are built once before the clock starts, as a running app
 * has them.
 */
function editBench(): void {
  let t = generateTopology(5000).topology
  const picks = [...t.containers.values()]
    .filter((c) => c.state === 'running' && c.endpoints.some((e) => e.ip !== null))
    .filter((_, i) => i % 37 === 0)
  const touch = (c: Container): number => {
    let bytes = computeHostsFile(t, c).length + computeResolvConf(t, c).length
    for (const e of computeProcessEnv(t, c)) bytes += e.length
    for (const e of c.endpoints) bytes += networkDnsTable(t, e.networkId).size
    return bytes
  }
  const edit = (c: Container): void => {
    const r = c.state === 'running' ? stopContainer(t, c.id) : startContainer(t, c.id)
    if (!r.ok) throw new Error(`bench edit failed: ${errorText(r.error)}`)
    t = r.value
  }
  for (const c of picks) touch(c) // builds the indexes
  const samples: number[] = []
  let bytes = 0
  for (let round = 0; round < 6; round++) {
    for (const pick of picks) {
      const before = t.containers.get(pick.id) as Container
      const t0 = performance.now()
      edit(before)
      bytes += touch(t.containers.get(pick.id) as Container)
      const dt = performance.now() - t0
      if (round > 0) samples.push(dt)
    }
  }
  const sorted = samples.sort((a, b) => a - b)
  console.log(
    `edit 5,000 containers: ${quantile(sorted, 0.5).toFixed(3)} ms ` +
      `(p90 ${quantile(sorted, 0.9).toFixed(3)} ms, ${sorted.length} stops and starts, ` +
      `each with the edited container's files and its networks' DNS tables; ${fmt(bytes)} bytes)`,
  )
}

editBench()
