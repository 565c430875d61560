/**
 * The reachability matrix: one row and one column per container, grouped by host. A world of
 * 200 containers has 39,800 ordered pairs, so nothing here computes the whole matrix: the axes
 * are cheap, and each cell's verdict is computed the first time someone looks at it (the UI
 * asks only for visible cells), then cached per topology value like views.ts.
 */
import {
  ask,
  computeDnsView,
  englishProse,
  walk,
  type Container,
  type DnsAnswer,
  type Prose,
  type ReachVerdict,
  type Route,
  type Topology,
} from '../engine'
import { pairVerdict, pairVerdictCount } from './pair-verdicts'
import { walkPort } from './trace'

export interface MatrixEntry {
  readonly id: string
  readonly name: string
  readonly host: string
  readonly running: boolean
}

/** A run of consecutive entries on one host: `entries.slice(start, start + count)`. */
export interface HostGroup {
  readonly host: string
  readonly start: number
  readonly count: number
}

export interface MatrixAxes {
  /** Rows and columns alike: by host (creation order), then container creation order. */
  readonly entries: readonly MatrixEntry[]
  readonly groups: readonly HostGroup[]
}

export interface MatrixCell {
  readonly reachable: boolean
  /** Some name resolved from the row container (/etc/hosts or embedded DNS) leads there. */
  readonly byName: boolean
  readonly portsOpen: number
  readonly portsTotal: number
  /** `✓` by name, `#` by IP address only, `✗` unreachable; then open/total ports if any. */
  readonly label: string
  /** One sentence: who reaches whom, then how or why not. */
  readonly title: string
}

export interface ProofPort {
  /** `5432/tcp` */
  readonly port: string
  readonly reachable: boolean
  /** One line per way in when reachable (`db, web → 172.17.0.2:5432`), else why it is not. */
  readonly lines: readonly string[]
}

export interface ProofRoute {
  /** What kind of path, to which address, e.g. `bridge testnet → 172.18.0.3 (every port)`. */
  readonly title: string
  /** How each name that leads to the address resolves, e.g. `db: /etc/hosts: written by --link db:db`. */
  readonly names: readonly string[]
  /** The rules passed on the way, in order. */
  readonly hops: readonly string[]
}

/** The question the proof answers by name: can `fromId` connect to `name` on `port` (ping: null)? */
export interface ProofQuestion {
  readonly fromId: string
  readonly name: string
  readonly port: number | null
}

export interface MatrixProof {
  readonly from: string
  readonly to: string
  readonly reachable: boolean
  /** As the cell marks it: some name leads there (✓), or only an address does (#). */
  readonly byName: boolean
  readonly reason: string
  /**
   * Asked by the column's name on one port (the first not reached by name, else the first; ping
   * when it listens on none): why, in one paragraph, and what shows it (engine/why-text.ts).
   */
  readonly question: ProofQuestion
  readonly why: string
  readonly whyReachable: boolean
  readonly evidence: readonly string[]
  /**
   * The packet's walk on the first port reached by the column's name (ping when it listens on
   * none): its target as typed, and each step's lines (engine/walk.ts); none when none is.
   */
  readonly walk: { readonly target: string; readonly steps: readonly (readonly string[])[] } | null
  readonly ports: readonly ProofPort[]
  readonly routes: readonly ProofRoute[]
}

interface Memo {
  axes: MatrixAxes | null
  readonly cells: Map<string, MatrixCell>
  /** Per row container: the names it resolves, by address. */
  readonly names: Map<string, ReadonlyMap<string, readonly DnsAnswer[]>>
}

const memo = new WeakMap<Topology, Memo>()

function memoOf(t: Topology): Memo {
  let m = memo.get(t)
  if (!m) {
    m = { axes: null, cells: new Map(), names: new Map() }
    memo.set(t, m)
  }
  return m
}

/** The rows (and columns) of the matrix with their host groups: O(n log n), no verdict. */
export function matrixAxes(t: Topology): MatrixAxes {
  const m = memoOf(t)
  if (m.axes) return m.axes
  const hostSeq = (c: Container) => t.hosts.get(c.host)?.seq ?? Number.MAX_SAFE_INTEGER
  const sorted = [...t.containers.values()].sort((a, b) => hostSeq(a) - hostSeq(b) || a.seq - b.seq)
  const groups: HostGroup[] = []
  const entries = sorted.map((c, i): MatrixEntry => {
    const last = groups[groups.length - 1]
    if (last?.host === c.host) groups[groups.length - 1] = { ...last, count: last.count + 1 }
    else groups.push({ host: c.host, start: i, count: 1 })
    return { id: c.id, name: c.name, host: c.host, running: c.state === 'running' }
  })
  m.axes = { entries, groups }
  return m.axes
}

/** How many pair verdicts this topology has computed so far (the UI computes visible cells only). */
export function matrixComputed(t: Topology): number {
  return pairVerdictCount(t)
}

/**
 * The names `from` resolves, by address. The DNS view covers /etc/hosts (links, --add-host,
 * localhost) and the embedded DNS, so a ping-only route (no port to carry the engine's per-port
 * names, e.g. two busyboxes on a user network) still learns whether a name leads there.
 */
function namesByAddress(t: Topology, fromId: string): ReadonlyMap<string, readonly DnsAnswer[]> {
  const m = memoOf(t)
  const hit = m.names.get(fromId)
  if (hit) return hit
  const c = t.containers.get(fromId)
  const out = new Map<string, DnsAnswer[]>()
  for (const answer of c?.state === 'running' ? computeDnsView(t, c) : []) {
    for (const address of answer.addresses) out.set(address, [...(out.get(address) ?? []), answer])
  }
  m.names.set(fromId, out)
  return out
}

/** The routes that carry the verdict: ping routes when it pings, and those of open ports. */
function workingRoutes(v: ReachVerdict): Route[] {
  const out = new Set<Route>()
  if (v.ping) {
    for (const r of v.routes)
      if (r.kind !== 'published' && r.kind !== 'ambassador' && r.onlyPorts === null) out.add(r)
  }
  for (const p of v.ports) if (p.reachable) for (const w of p.via) out.add(w.route)
  return [...out]
}

/**
 * One cell's summary, computed on first request; null on the diagonal or for unknown ids. Its
 * title is worded in `prose` (English unless the interface shows another language).
 */
export function matrixCell(
  t: Topology,
  fromId: string,
  toId: string,
  prose: Prose = englishProse,
): MatrixCell | null {
  const m = memoOf(t)
  const key = `${prose.language}:${fromId}>${toId}`
  const hit = m.cells.get(key)
  if (hit) return hit
  const v = pairVerdict(t, fromId, toId)
  if (!v) return null
  const names = namesByAddress(t, fromId)
  const byName = v.reachable && workingRoutes(v).some((r) => names.has(r.address))
  const portsOpen = v.ports.filter((p) => p.reachable).length
  const portsTotal = v.ports.length
  const symbol = !v.reachable ? '✗' : byName ? '✓' : '#'
  const cell: MatrixCell = {
    reachable: v.reachable,
    byName,
    portsOpen,
    portsTotal,
    label: v.reachable && portsTotal > 0 ? `${symbol} ${portsOpen}/${portsTotal}` : symbol,
    title: prose.pairText(v),
  }
  m.cells.set(key, cell)
  return cell
}

/**
 * The proof behind one cell: the verdict's reason, each port, and each route with its hops,
 * worded in `prose`.
 */
export function matrixProof(
  t: Topology,
  fromId: string,
  toId: string,
  prose: Prose = englishProse,
): MatrixProof | null {
  const v = pairVerdict(t, fromId, toId)
  const cell = matrixCell(t, fromId, toId, prose)
  const from = t.containers.get(fromId)
  if (!v || !cell || !from) return null
  const names = namesByAddress(t, fromId)
  const way = (address: string, port: number): string => {
    const known = (names.get(address) ?? []).map((a) => a.name).join(', ')
    return known ? `${known} → ${address}:${port}` : `${address}:${port}`
  }
  const question = proofQuestion(from, v)
  const asked = ask(t, from, question.name, question.port)
  return {
    from: v.from,
    to: v.to,
    reachable: v.reachable,
    byName: cell.byName,
    reason: prose.verdictText(v),
    question,
    why: prose.whyText(asked),
    whyReachable: asked.reachable,
    evidence: asked.evidence.map(prose.evidenceText),
    walk: walkOf(t, from, v, prose),
    ports: v.ports.map((p) => ({
      port: `${p.port.port}/${p.port.proto}`,
      reachable: p.reachable,
      // Two routes to one address and port read the same here: list the way in once.
      lines: p.reachable
        ? [...new Set(p.via.map((w) => way(w.address, w.port)))]
        : [p.reason ? prose.blockerText(p.reason) : prose.unreachablePort],
    })),
    routes: v.routes.map((r) => ({
      title: prose.routeTitle(r),
      names: (names.get(r.address) ?? []).map((a) => `${a.name}: ${prose.answerWhy(a)}`),
      hops: prose.routeLines(r.hops),
    })),
  }
}

/** The walk by the column's name to the first port that name reaches, if one does. */
function walkOf(t: Topology, from: Container, v: ReachVerdict, prose: Prose): MatrixProof['walk'] {
  const port = walkPort(v)
  if (port === undefined) return null
  const asked = ask(t, from, v.to, port)
  const steps = walk(t, asked).map((step) => prose.walkStepLines(asked, step))
  return steps.length ? { target: port === null ? v.to : `${v.to}:${port}`, steps } : null
}

/** The port to ask about by name: the first TCP port not reached by the column's name. */
function proofQuestion(from: Container, v: ReachVerdict): ProofQuestion {
  const tcp = v.ports.filter((p) => p.port.proto === 'tcp')
  const named = (p: (typeof tcp)[number]) => p.via.some((w) => w.names.includes(v.to))
  const port = (tcp.find((p) => !named(p)) ?? tcp[0])?.port.port ?? null
  return { fromId: from.id, name: v.to, port }
}
