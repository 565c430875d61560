/**
 * `npm run bench:ui` (performance.md §5.3, §5.4): the canvas against bare React Flow, in the same
 * headless Chromium and the same run. For 100 and 500 generated containers it measures, per arm,
 * navigation → ready (every node rendered and measured, plus two frames) and drag frames per
 * second (frames in which the dragged node actually moved, over a 3 s scripted drag) and a
 * select click (Event Timing) and an edge drawn (input to paint); in the app alone, a rename in
 * the inspector, input to paint. Fresh contexts in ABBA order, one discarded warm-up per arm,
 * medians of BENCH_RUNS (5). It also prints the first-paint bundle from Vite's manifest. BENCH_AA=1 runs baseline against
 * baseline to show the noise floor; BENCH_STRESS=1 adds 1,000 containers (BENCH_SIZES=500,1000
 * picks sizes); BENCH_SW=1 lets the service worker install; BENCH_NO_BUILD=1 skips
 * the two `vite build`s (the app, then the baseline page into dist/bench).
 */
import { execFileSync, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser, type Page } from '@playwright/test'
import { generateTopology, DEFAULT_SEED } from '../src/engine/generate'
import { bundleTotals, firstPaint } from './bundle'
import { topologyEdges } from '../src/store/flow-edges'
import { LAYOUT, placeNew, reconcileNodes } from '../src/store/flow-mapping'
import type { BaselineGraph } from './baseline'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const PORT = 4174
const ORIGIN = `http://127.0.0.1:${PORT}`
const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const AA = process.env.BENCH_AA === '1'
const SIZES = process.env.BENCH_SIZES
  ? process.env.BENCH_SIZES.split(',').map(Number)
  : process.env.BENCH_STRESS === '1'
    ? [100, 500, 1000]
    : [100, 500]
const DRAG_MS = 3000
/*
 * The app's service worker installs once per browser (it downloads the app for offline use,
 * ui/offline.ts), 4 s after the first load: in every fresh context of this bench, that is in the
 * middle of the drag. It is blocked so that the canvas is measured; BENCH_SW=1 lets it run.
 */
const SERVICE_WORKER = process.env.BENCH_SW === '1'

type Arm = 'app' | 'baseline'
interface Run {
  readonly renderMs: number
  readonly dragFps: number
  /** The longest input event (Event Timing) of a click that selects the dragged container. */
  readonly clickMs: number
  /** App only: Enter in the inspector's name field → the renamed card painted. */
  readonly renameMs: number
  /** An edge drawn (a link in the app) → the new edge painted. */
  readonly connectMs: number
  /** Connect, to the paint of the world's own edge (the drawn one is painted first). */
  readonly settledMs: number
}

interface XY {
  readonly x: number
  readonly y: number
}

/**
 * The drag, in flow coordinates so both arms move the same node the same way: the container
 * nearest the centre of the drawing, grabbed on its header, its top-left following a Lissajous
 * path that stays inside its host (hosts clamp their children, which would freeze the node).
 */
interface DragPlan {
  readonly id: string
  readonly grab: XY
  readonly from: XY
  readonly centre: XY
  readonly amplitude: XY
}

/** Two containers a link can join (default bridge, one host), side by side on the canvas. */
interface LinkPlan {
  readonly from: string
  readonly to: string
  /** Where `from` is, in flow coordinates (the zoom centres on it). */
  readonly at: XY
}

interface Plans {
  readonly graph: BaselineGraph
  readonly plan: DragPlan
  readonly link: LinkPlan
}

/** The baseline's graph (Docknet's layout flattened to absolute positions) and the plans. */
function prepare(n: number): Plans {
  const t = generateTopology(n, DEFAULT_SEED).topology
  const nodes = reconcileNodes(t, placeNew(t, {}), {}, [])
  const byId = new Map(nodes.map((node) => [node.id, node]))
  const absolute = (id: string | undefined): XY => {
    const node = id === undefined ? undefined : byId.get(id)
    if (!node) return { x: 0, y: 0 }
    const parent = absolute(node.parentId)
    return { x: parent.x + node.position.x, y: parent.y + node.position.y }
  }
  const size = (id: string | undefined) => {
    const node = id === undefined ? undefined : byId.get(id)
    return { w: Number(node?.width ?? 0), h: Number(node?.height ?? 0) }
  }
  const hosts = nodes.filter((node) => node.type === 'host')
  const right = Math.max(...hosts.map((h) => absolute(h.id).x + size(h.id).w))
  const bottom = Math.max(...hosts.map((h) => absolute(h.id).y + size(h.id).h))
  const { containerWidth: w, containerHeight: h } = LAYOUT
  let best: { node: (typeof nodes)[number]; d: number } | null = null
  for (const node of nodes) {
    if (node.type !== 'container') continue
    const p = absolute(node.id)
    const d = Math.hypot(p.x + w / 2 - right / 2, p.y + h / 2 - bottom / 2)
    if (!best || d < best.d) best = { node, d }
  }
  if (!best) throw new Error(`the generated topology of ${n} has no container`)
  const host = best.node.parentId
  const min = absolute(host)
  const max = { x: min.x + size(host).w - w, y: min.y + size(host).h - h }
  const from = absolute(best.node.id)
  const plan: DragPlan = {
    id: best.node.id,
    // On the card's title row, left of the centred handles (which would start a connection):
    // far out, the card is only that row tall.
    grab: { x: from.x + 24, y: from.y + 14 },
    from,
    centre: { x: (min.x + max.x) / 2, y: (min.y + max.y) / 2 },
    amplitude: {
      x: Math.max(0, Math.min(120, (max.x - min.x) / 2 - 8)),
      y: Math.max(0, Math.min(80, (max.y - min.y) / 2 - 8)),
    },
  }
  const graph = {
    nodes: nodes.map((node) => ({
      id: node.id,
      position: absolute(node.id),
      data: { label: node.id },
    })),
    edges: topologyEdges(t).map((e) => ({ id: e.id, source: e.source, target: e.target })),
  }
  return { graph, plan, link: linkPlan(t, nodes, absolute, plan.id) }
}

function linkPlan(
  t: ReturnType<typeof generateTopology>['topology'],
  nodes: readonly { id: string; type?: string }[],
  absolute: (id: string) => XY,
  dragged: string,
): LinkPlan {
  // A container another one links to, joins or takes volumes from cannot be made again.
  const needed = new Set<string>()
  for (const c of t.containers.values()) {
    for (const l of c.links) needed.add(l.childId)
    if (c.joinedTo) needed.add(c.joinedTo)
    for (const v of c.volumesFrom)
      for (const d of t.containers.values()) if (d.name === v.split(':')[0]) needed.add(d.id)
  }
  const onBridge = nodes.filter((node) => {
    const c = t.containers.get(node.id.slice('container:'.length))
    return (
      node.type === 'container' &&
      node.id !== dragged &&
      c?.networkMode.kind === 'bridge' &&
      !needed.has(c.id)
    )
  })
  let best: { from: string; to: string; d: number } | null = null
  for (const a of onBridge)
    for (const b of onBridge) {
      const [ca, cb] = [a, b].map((x) => t.containers.get(x.id.slice('container:'.length)))
      if (a === b || !ca || ca.host !== cb?.host || needed.has(ca.id)) continue
      const [pa, pb] = [absolute(a.id), absolute(b.id)]
      const d = Math.hypot(pa.x - pb.x, pa.y - pb.y)
      if (!best || d < best.d) best = { from: a.id, to: b.id, d }
    }
  if (!best) throw new Error('no two containers on one default bridge to link')
  const at = absolute(best.from)
  return { from: best.from, to: best.to, at: { x: at.x + LAYOUT.containerWidth / 2, y: at.y + 14 } }
}

/*
 * Page-side scripts are plain strings: tsx compiles this file with keepNames, whose `__name`
 * helper would not exist in the page if functions were serialised.
 */

/** Sets `window.__ready` (ms since navigation) once `expected` nodes are rendered and measured. */
const readyPoller = (expected: number) => `(() => {
  const poll = () => {
    const all = document.querySelectorAll('.react-flow__node')
    const hidden = [...all].some((el) => el.style.visibility === 'hidden')
    if (all.length >= ${expected} && !hidden)
      requestAnimationFrame(() => requestAnimationFrame(() => (window.__ready = performance.now())))
    else requestAnimationFrame(poll)
  }
  requestAnimationFrame(poll)
})()`

/** Where flow coordinates land on screen: the pane's corner and the viewport transform. */
const VIEWPORT = `(() => {
  const pane = document.querySelector('.react-flow').getBoundingClientRect()
  const t = document.querySelector('.react-flow__viewport').style.transform
  const m = /translate\\(([-\\d.e]+)px, ([-\\d.e]+)px\\) scale\\(([-\\d.e]+)\\)/.exec(t)
  return m && { left: pane.left, top: pane.top, tx: +m[1], ty: +m[2], zoom: +m[3] }
})()`

/** Counts the frames in which the dragged node's transform changed, until __sampling is off. */
const startSampler = (id: string) => `(() => {
  const el = document.querySelector('.react-flow__node[data-id="${id}"]')
  let last = el.style.transform
  window.__moved = 0
  window.__sampling = true
  const frame = () => {
    if (!window.__sampling) return
    if (el.style.transform !== last) window.__moved++
    last = el.style.transform
    requestAnimationFrame(frame)
  }
  requestAnimationFrame(frame)
})()`

const STOP_SAMPLER = `(() => { window.__sampling = false; return window.__moved })()`

async function measure(
  browser: Browser,
  arm: Arm,
  n: number,
  { graph, plan, link }: Plans,
): Promise<Run> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    serviceWorkers: SERVICE_WORKER ? 'allow' : 'block',
  })
  const page = await context.newPage()
  if (arm === 'baseline')
    await page.addInitScript({ content: `window.__BASELINE__ = ${JSON.stringify(graph)}` })
  await page.addInitScript({ content: readyPoller(graph.nodes.length) })
  const url = arm === 'app' ? `/?bench=${n}&seed=${DEFAULT_SEED}` : `/bench/baseline.html`
  await page.goto(ORIGIN + url)
  await page.waitForFunction('window.__ready !== undefined', null, { timeout: 60_000 })
  const renderMs = (await page.evaluate('window.__ready')) as number
  await page.waitForTimeout(500)
  const dragFps = await drag(page, plan)
  await page.waitForTimeout(300)
  const clickMs = await click(page, plan)
  const renameMs = arm === 'app' ? await rename(page) : NaN
  const [connectMs, settledMs] = await connect(page, link)
  await context.close()
  return { renderMs, dragFps, clickMs, renameMs, connectMs, settledMs }
}

interface Viewport {
  readonly left: number
  readonly top: number
  readonly tx: number
  readonly ty: number
  readonly zoom: number
}

async function viewport(page: Page): Promise<Viewport> {
  const v = (await page.evaluate(VIEWPORT)) as Viewport | null
  if (!v) throw new Error('no React Flow viewport transform')
  return v
}

/** Drags the planned container along its path for DRAG_MS; frames in which it moved, per second. */
async function drag(page: Page, plan: DragPlan): Promise<number> {
  const v = await viewport(page)
  const screen = (p: XY) => ({ x: v.left + v.tx + p.x * v.zoom, y: v.top + v.ty + p.y * v.zoom })
  const start = screen(plan.grab)
  await page.mouse.move(start.x, start.y)
  await page.mouse.down()
  await page.mouse.move(start.x + 5, start.y + 5)
  await page.evaluate(startSampler(plan.id))
  const t0 = Date.now()
  for (let step = 1; Date.now() - t0 < DRAG_MS; step++) {
    const x = plan.centre.x + plan.amplitude.x * Math.sin(step / 9)
    const y = plan.centre.y + plan.amplitude.y * Math.sin(step / 7)
    const to = screen({ x: plan.grab.x + x - plan.from.x, y: plan.grab.y + y - plan.from.y })
    await page.mouse.move(to.x, to.y)
  }
  const moved = (await page.evaluate(STOP_SAMPLER)) as number
  const seconds = (Date.now() - t0) / 1000
  await page.mouse.up()
  if (moved === 0) throw new Error('the dragged node never moved: invalid run')
  return moved / seconds
}

/** Event Timing entries of at least 16 ms; the page keeps the longest. */
const EVENT_OBSERVER = `(() => {
  window.__worstEvent = 0
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__worstEvent = Math.max(window.__worstEvent, e.duration)
  }).observe({ type: 'event', durationThreshold: 16, buffered: false })
})()`

/** A point of the pane where nothing is drawn (no card, no edge), scanned on a 20 px grid. */
const EMPTY_PANE_POINT = `(() => {
  const pane = document.querySelector('.react-flow__pane').getBoundingClientRect()
  for (let y = pane.top + 4; y < pane.bottom; y += 20)
    for (let x = pane.left + 4; x < pane.right; x += 20)
      if (document.elementFromPoint(x, y)?.classList.contains('react-flow__pane')) return { x, y }
  return null
})()`

/**
 * Clicks the dragged container (selecting it: in the app the inspector and the reachability
 * overlay render) and returns the longest event duration, from input to the next paint.
 */
async function click(page: Page, plan: DragPlan): Promise<number> {
  // The drag selected the node: clear the selection on the empty pane first, so the measured
  // click really selects. Empty: a click that lands on an edge selects it, and the measured
  // click would then also unselect that edge, in one arm and not the other.
  const empty = (await page.evaluate(EMPTY_PANE_POINT)) as { x: number; y: number } | null
  if (!empty) throw new Error('no empty spot on the React Flow pane')
  await page.mouse.click(empty.x, empty.y)
  await page.waitForTimeout(300)
  await page.evaluate(EVENT_OBSERVER)
  const v = await viewport(page)
  const node = page.locator(`.react-flow__node[data-id="${plan.id}"]`)
  const box = await node.boundingBox()
  if (!box) throw new Error('the clicked node is not on screen')
  await page.mouse.click(
    box.x + Math.min(24 * v.zoom, box.width / 2),
    box.y + Math.min(14 * v.zoom, box.height / 2),
  )
  await page.waitForTimeout(700)
  const worst = (await page.evaluate('window.__worstEvent')) as number
  // Under 16 ms no entry is reported: the click was at most that long.
  return worst || 16
}

/**
 * From the input event (`type`, captured) to the end of the frame that first paints `shown` (a
 * page-side expression). A DOM change made while a frame is rendered (React Flow measures a new
 * card in a ResizeObserver callback and draws its edges there) is painted by that frame; one
 * made in any other task, by the next. A user-blocking task posted from a frame's animation
 * callbacks runs right after that frame's paint, before tasks of normal priority queued earlier
 * (React's scheduler posts its work as messages).
 */
const paintWatch = (type: string, shown: string, into = '__painted') => `(() => {
  window.__input = undefined
  window.${into} = undefined
  let inFrame = false
  let seen = 'no'
  const afterFrame = () => {
    inFrame = false
    if (seen === 'painting') window.${into} = performance.now() - window.__input
  }
  const frame = () => {
    if (window.${into} !== undefined) return
    inFrame = true
    if (seen === 'waiting') seen = 'painting'
    scheduler.postTask(afterFrame, { priority: 'user-blocking' })
    requestAnimationFrame(frame)
  }
  requestAnimationFrame(frame)
  addEventListener('${type}', (e) => { window.__input ??= e.timeStamp }, { capture: true, once: true })
  const watch = new MutationObserver(() => {
    if (window.__input === undefined || !(${shown})) return
    watch.disconnect()
    seen = inFrame ? 'painting' : 'waiting'
  })
  watch.observe(document.body, { subtree: true, childList: true, attributes: true })
})()`

const PAINTED = 'window.__painted !== undefined'

/** Renames the selected container in the inspector's form (a recreate, as Docker needs). */
async function rename(page: Page): Promise<number> {
  await page.getByRole('tab', { name: 'Edit' }).click()
  const name = page.getByTestId('form-name')
  await name.fill('bench-renamed')
  await page.evaluate(
    paintWatch('keydown', `document.querySelector('[aria-label="container bench-renamed"]')`),
  )
  await name.press('Enter')
  await page.waitForFunction(PAINTED, null, { timeout: 30_000 })
  return (await page.evaluate('window.__painted')) as number
}

/** The zoom both arms draw an edge at: cards in full, handles large enough to grab. */
const CONNECT_ZOOM = 0.6

/**
 * Draws an edge between the planned pair, zoomed in on them as a user would, from the first
 * card's source handle onto the second's handle (the app's one handle; the baseline's target),
 * and times the pointer's release to the paint of the new edge. The app links the two
 * containers (a recreate, as Docker needs); the baseline adds the edge with addEdge.
 */
async function connect(page: Page, link: LinkPlan): Promise<[number, number]> {
  let v = await viewport(page)
  await page.mouse.move(v.left + v.tx + link.at.x * v.zoom, v.top + v.ty + link.at.y * v.zoom)
  for (let i = 0; i < 12 && v.zoom < CONNECT_ZOOM; i++) {
    await page.mouse.wheel(0, -300)
    await page.waitForTimeout(150)
    v = await viewport(page)
  }
  await page.waitForTimeout(500)
  const node = (id: string) => page.locator(`.react-flow__node[data-id="${id}"]`)
  const from = await node(link.from).locator('.react-flow__handle.source').boundingBox()
  const handles = node(link.to).locator('.react-flow__handle')
  const to = await (
    (await handles.count()) > 1 ? handles.and(page.locator('.target')) : handles
  ).boundingBox()
  if (!from || !to) throw new Error('the pair to link is not on screen')
  const edges = await page.locator('.react-flow__edge').count()
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2)
  await page.mouse.down()
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 8 })
  const more = `document.querySelectorAll('.react-flow__edge').length > ${edges}`
  await page.evaluate(paintWatch('pointerup', more))
  // The app draws the edge at once and makes it after that paint (pending-edge.ts): settled is
  // when the world's own edge has replaced the drawn one. The baseline settles as it paints.
  await page.evaluate(
    paintWatch('pointerup', `${more} && !document.querySelector('.dn-pending')`, '__settled'),
  )
  await page.mouse.up()
  await page.waitForFunction(`${PAINTED} && window.__settled !== undefined`, null, {
    timeout: 30_000,
  })
  return (await page.evaluate('[window.__painted, window.__settled]')) as [number, number]
}

/** `/?example=link` from navigation to its two containers drawn and measured, fresh each time. */
async function coldLoad(browser: Browser, runs: number): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < runs + 1; i++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
    const page = await context.newPage()
    await page.addInitScript({ content: readyPoller(3) })
    await page.goto(`${ORIGIN}/?example=link`)
    await page.waitForFunction('window.__ready !== undefined', null, { timeout: 60_000 })
    // The first run warms the server's and the browser's caches up and is not counted.
    if (i > 0) times.push((await page.evaluate('window.__ready')) as number)
    await context.close()
  }
  return median(times)
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2
}

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(ORIGIN)).ok) return
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`vite preview did not start on ${ORIGIN}`)
}

async function main() {
  if (process.env.BENCH_NO_BUILD !== '1') {
    execFileSync('npx', ['vite', 'build'], { cwd: ROOT })
    execFileSync('npx', ['vite', 'build', '--config', 'bench/vite.baseline.config.ts'], {
      cwd: ROOT,
    })
  }
  console.log(firstPaint().line)
  console.log(bundleTotals().line)
  const server = spawn(
    'npx',
    ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
    { cwd: ROOT, stdio: 'ignore', detached: true },
  )
  const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  })
  try {
    await waitForServer()
    const a: Arm = AA ? 'baseline' : 'app'
    for (const n of SIZES) {
      const plans = prepare(n)
      await measure(browser, a, n, plans)
      await measure(browser, 'baseline', n, plans)
      const runs: Record<'a' | 'b', Run[]> = { a: [], b: [] }
      // ABBA: alternate which arm goes first so drift hits both alike.
      for (let r = 0; r < RUNS; r++) {
        const order: ('a' | 'b')[] = r % 2 === 0 ? ['a', 'b'] : ['b', 'a']
        for (const which of order)
          runs[which].push(await measure(browser, which === 'a' ? a : 'baseline', n, plans))
      }
      const ratio = (f: (r: Run) => number, inverse = false) => {
        const pairs = runs.a.map((x, i) => {
          const y = runs.b[i]
          return y ? (inverse ? f(y) / f(x) : f(x) / f(y)) : 1
        })
        const main = inverse
          ? median(runs.b.map(f)) / median(runs.a.map(f))
          : median(runs.a.map(f)) / median(runs.b.map(f))
        return `x${main.toFixed(2)}, pairs ${Math.min(...pairs).toFixed(2)}-${Math.max(...pairs).toFixed(2)}`
      }
      const render = (x: Run[]) => median(x.map((r) => r.renderMs)).toFixed(0)
      const fps = (x: Run[]) => median(x.map((r) => r.dragFps)).toFixed(1)
      console.log(
        `render ${n} containers: ${render(runs.a)} ms (baseline ${render(runs.b)} ms) ${ratio((r) => r.renderMs)}`,
      )
      console.log(
        `drag ${n} containers: ${fps(runs.a)} fps (baseline ${fps(runs.b)} fps) ${ratio((r) => r.dragFps, true)}`,
      )
      const clicks = (x: Run[]) => median(x.map((r) => r.clickMs)).toFixed(0)
      console.log(
        `edit ${n} containers: ${clicks(runs.a)} ms (baseline select ${clicks(runs.b)} ms) ${ratio((r) => r.clickMs)}`,
      )
      const drawn = (x: Run[]) => median(x.map((r) => r.connectMs)).toFixed(0)
      console.log(
        `connect ${n} containers: ${drawn(runs.a)} ms (baseline addEdge ${drawn(runs.b)} ms) ${ratio((r) => r.connectMs)}, input to paint`,
      )
      const settled = (x: Run[]) => median(x.map((r) => r.settledMs)).toFixed(0)
      console.log(
        `connect ${n} containers, settled: ${settled(runs.a)} ms (baseline ${settled(runs.b)} ms) ${ratio((r) => r.settledMs)}, input to the paint of Docker's edge`,
      )
      if (!AA) {
        const ms = (f: (r: Run) => number) => median(runs.a.map(f)).toFixed(0)
        const range = (f: (r: Run) => number) =>
          `${Math.min(...runs.a.map(f)).toFixed(0)}-${Math.max(...runs.a.map(f)).toFixed(0)}`
        console.log(
          `rename ${n} containers: ${ms((r) => r.renameMs)} ms (${range((r) => r.renameMs)}), input to paint`,
        )
      }
    }
    if (!AA) console.log(`load /?example=link: ${(await coldLoad(browser, RUNS)).toFixed(0)} ms`)
  } finally {
    await browser.close()
    if (server.pid) process.kill(-server.pid)
  }
}

await main()
