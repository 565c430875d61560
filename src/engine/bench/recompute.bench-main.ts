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

const medians = new Map<number, number>()
console.log(`generator v${GENERATOR_VERSION}, seed 20261123`)
for (const n of SIZES) {
  const { topology, stats } = generateTopology(n)
  const warmup = n >= 5000 ? 5 : 10
  const samples = n >= 5000 ? 15 : 40
  const times: number[] = []
  let check = viewsChecksum(computeWorldViews(freshCopy(topology)))
  for (let i = 0; i < warmup + samples; i++) {
    const copy = freshCopy(topology)
    const t0 = performance.now()
    check = viewsChecksum(computeWorldViews(copy))
    const dt = performance.now() - t0
    if (i >= warmup) times.push(dt)
  }
  times.sort((a, b) => a - b)
  const median = quantile(times, 0.5)
  medians.set(n, median)
  console.log(`recompute ${fmt(n)} containers: ${median.toFixed(2)} ms`)
  console.log(
    `  p90 ${quantile(times, 0.9).toFixed(2)} ms, min ${(times[0] ?? NaN).toFixed(2)} ms, ${samples} samples; ` +
      `${stats.hosts} hosts, ${stats.networks} networks, ${stats.links} links, ${stats.published} published, ` +
      `${stats.ambassadors} ambassadors; reachable pairs ${fmt(check.pairs)}, dns names ${check.dnsNames}, ` +
      `view bytes ${fmt(check.bytes)}, iptables rules ${check.rules}`,
  )
}
const growth = (medians.get(5000) ?? NaN) / (medians.get(1000) ?? NaN)
console.log(`growth 1,000→5,000: ${growth.toFixed(2)}x`)
