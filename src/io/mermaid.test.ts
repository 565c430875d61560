// @vitest-environment jsdom
// Mermaid's parser and renderer need a DOM (DOMPurify sanitizes every label it reads).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import type { Diagram, DiagramCard, DiagramEdge, DiagramEdgeKind } from './diagram'
import { toMermaid } from './mermaid'

type FlowEdge = Record<'start' | 'end' | 'text' | 'stroke' | 'type', string> & { style?: string[] }

/** What the flowchart parser stored, read through its DB (mermaid 11's FlowDB). */
interface FlowDb {
  getVertices(): Map<string, { text?: string; type?: string; classes: string[] }>
  getEdges(): FlowEdge[]
  getSubGraphs(): { id: string; title: string; nodes: string[]; classes: string[] }[]
}

/**
 * The part of mermaid's API the tests use. Mermaid's own typings stay out of the program:
 * they reference TypeScript's esnext lib (through type-fest), under which
 * src/engine/persistent-map.ts's iterators no longer type-check; hence the import by a name.
 */
interface MermaidApi {
  parse(text: string): Promise<unknown>
  render(id: string, text: string): Promise<{ svg: string }>
  mermaidAPI: { getDiagramFromText(text: string): Promise<{ db: unknown }> }
}

const MERMAID = 'mermaid'
let loaded: MermaidApi | undefined

/** Mermaid, loaded once (it is large: the first import takes a while). */
async function mermaid(): Promise<MermaidApi> {
  loaded ??= ((await import(/* @vite-ignore */ MERMAID)) as { default: MermaidApi }).default
  return loaded
}

/** Mermaid's parser on the text: rejects on a syntax error, else the DB it filled. */
async function parsed(text: string): Promise<FlowDb> {
  const api = await mermaid()
  await api.parse(text)
  const diagram = await api.mermaidAPI.getDiagramFromText(text)
  return diagram.db as FlowDb
}

/**
 * The text a stored label shows: Mermaid keeps entity codes as placeholders (`ﬂ°°35¶ß` for
 * `#35;`) that become HTML character references when drawn.
 */
function shown(stored: string): string {
  const decode = document.createElement('textarea')
  decode.innerHTML = stored.replace(/ﬂ°°/g, '&#').replace(/ﬂ°/g, '&').replace(/¶ß/g, ';')
  return decode.value
}

/** The label a card should show: title (note), its lines, a stopped container's state. */
function expectedLabel(card: DiagramCard, separator = '\n'): string {
  const head = card.note === '' ? card.title : `${card.title} (${card.note})`
  const stopped = card.kind === 'container' && card.state !== undefined && card.state !== 'running'
  const lines = [head, ...card.lines, ...(stopped ? [`state: ${card.state}`] : [])]
  return asDrawn(lines.map(breaksAndNul).join(separator))
}

/** A host's subgraph title: its lines on one line (mermaid draws a second one over the cards). */
const expectedTitle = (card: DiagramCard) => expectedLabel(card, ' · ')

/**
 * Each line end (CRLF, CR or LF) one break; NUL drawn as U+FFFD (as HTML does); a word joiner
 * inside the pairs Mermaid would read as its placeholders (`ﬂ°`, `¶ß`).
 */
function breaksAndNul(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\0/g, '\uFFFD')
    .replace(/ﬂ(?=°)|¶(?=ß)/g, '$&\u2060')
}

/** A label as drawn: a blank first or last line holds one space (Mermaid trims labels). */
function asDrawn(text: string): string {
  return breaksAndNul(text).replace(/^(?=\n)|(?<=\n)$|^$/g, ' ')
}

function card(id: string, kind: DiagramCard['kind'], over: Partial<DiagramCard> = {}): DiagramCard {
  return { id, kind, title: id, note: '', lines: [], x: 0, y: 0, width: 100, height: 50, ...over }
}

function edge(kind: DiagramEdgeKind, source: string, target: string, label = ''): DiagramEdge {
  return { id: `${kind}:${source}:${target}`, kind, source, target, label }
}

/** The front matter's title, read by a YAML parser (as Mermaid does), or undefined. */
function titleOf(text: string): string | undefined {
  const match = /^---\n(.*)\n---\n/.exec(text)
  return match ? (parseYaml(match[1] ?? '') as { title: string }).title : undefined
}

/** Two hosts, a network spanning them, and one edge of every kind. */
const TWO_HOSTS: Diagram = {
  title: 'Two hosts',
  cards: [
    card('laptop', 'host', { note: '192.168.1.10' }),
    card('server', 'host', { note: '192.168.1.11' }),
    card('front', 'network', { note: 'bridge', parent: 'laptop', lines: ['172.18.0.0/16'] }),
    card('web', 'container', { parent: 'laptop', lines: ['nginx', '0.0.0.0:8080->80/tcp'] }),
    card('db', 'container', { parent: 'laptop', lines: ['mysql'], state: 'exited' }),
    card('side', 'container', { parent: 'laptop', lines: ['busybox'], state: 'running' }),
    card('backup', 'container', { parent: 'server', lines: ['alpine'] }),
    card('amb', 'container', { parent: 'server', lines: ['ambassador'] }),
    card('data', 'volume', { parent: 'server' }),
    card('over', 'network', { note: 'overlay', lines: ['10.0.9.0/24'] }),
  ],
  edges: [
    edge('network', 'web', 'front', 'www'),
    edge('link', 'web', 'db', 'db:database'),
    edge('volume', 'backup', 'data', '/data (rw)'),
    edge('volumes-from', 'backup', 'db', 'ro'),
    edge('joined', 'side', 'web', 'container:web'),
    edge('ambassador', 'amb', 'laptop', '3306'),
    edge('network', 'web', 'over'),
    edge('network', 'backup', 'over'),
  ],
}

describe('toMermaid: structure', () => {
  it('parses the same with the docker script it carries in comments (embedded.ts)', async () => {
    const script = "docker network create --label 'x=%%{init: {}}%% }%%' n1\n  indented\n"
    const plain = await parsed(toMermaid(TWO_HOSTS))
    const carrying = await parsed(toMermaid(TWO_HOSTS, script))
    expect([...carrying.getVertices().keys()]).toEqual([...plain.getVertices().keys()])
    expect(carrying.getEdges().length).toBe(plain.getEdges().length)
  })

  it('rejects a broken text (the parse check can fail)', async () => {
    await expect(parsed('flowchart LR\n  n0["a"b"]\n')).rejects.toThrow()
  })

  it('draws each host as a subgraph holding its cards, a spanning network outside', async () => {
    const text = toMermaid(TWO_HOSTS)
    expect(text.startsWith('---\ntitle: "Two hosts"\n---\nflowchart LR\n')).toBe(true)
    const db = await parsed(text)
    const subgraphs = db.getSubGraphs().map((s) => [s.id, shown(s.title), [...s.nodes].sort()])
    expect(subgraphs).toEqual([
      ['n0', 'laptop (192.168.1.10)', ['n2', 'n3', 'n4', 'n5']],
      ['n1', 'server (192.168.1.11)', ['n6', 'n7', 'n8']],
    ])
    expect(db.getSubGraphs().flatMap((s) => s.nodes)).not.toContain('n9')
    // Hosts are subgraphs, not nodes (n0 appears as a vertex only as the ambassador's target).
    const vertices = db.getVertices()
    expect([...vertices.keys()].filter((id) => id !== 'n0').sort()).toEqual(
      ['n2', 'n3', 'n4', 'n5', 'n6', 'n7', 'n8', 'n9'].sort(),
    )
    TWO_HOSTS.cards.forEach((c, i) => {
      if (c.kind !== 'host') expect(shown(vertices.get(`n${i}`)?.text ?? '')).toBe(expectedLabel(c))
    })
  })

  it('gives each node kind its shape and class, and marks a container not running', async () => {
    const vertices = (await parsed(toMermaid(TWO_HOSTS))).getVertices()
    const view = (id: string) => [vertices.get(id)?.type, vertices.get(id)?.classes]
    expect(view('n2')).toEqual(['hexagon', ['network']])
    expect(view('n3')).toEqual(['square', ['container']])
    expect(view('n4')).toEqual(['square', ['container', 'stopped']])
    expect(view('n5')).toEqual(['square', ['container']])
    expect(view('n8')).toEqual(['cylinder', ['volume']])
    expect(shown(vertices.get('n4')?.text ?? '')).toBe('db\nmysql\nstate: exited')
  })

  it('draws every edge kind with its label, arrow and linkStyle', async () => {
    const edges = (await parsed(toMermaid(TWO_HOSTS))).getEdges()
    const drawn = edges.map((e) => [e.start, e.end, shown(e.text), e.type, e.stroke])
    expect(drawn).toEqual([
      ['n3', 'n2', 'www', 'arrow_open', 'normal'],
      ['n3', 'n4', 'db:database', 'arrow_point', 'normal'],
      ['n6', 'n8', '/data (rw)', 'arrow_point', 'normal'],
      ['n6', 'n4', 'ro', 'arrow_point', 'dotted'],
      ['n5', 'n3', 'container:web', 'arrow_point', 'thick'],
      ['n7', 'n0', '3306', 'arrow_point', 'normal'],
      ['n3', 'n9', '', 'arrow_open', 'normal'],
      ['n6', 'n9', '', 'arrow_open', 'normal'],
    ])
    const style = (i: number) => (edges[i]?.style ?? []).join(';')
    // One style per kind: the network edges share theirs, every kind differs from the others.
    expect(style(6)).toBe(style(0))
    expect(style(7)).toBe(style(0))
    const perKind = [0, 1, 2, 3, 4, 5].map(style)
    expect(new Set(perKind).size).toBe(6)
    expect(perKind.every((s) => s.includes('stroke:#'))).toBe(true)
    expect(style(5)).toContain('stroke-dasharray')
    expect(style(4)).toContain('stroke-width:3px')
  })

  it('leaves out edges whose ends are not cards, keeping linkStyle indexes right', async () => {
    const d: Diagram = {
      title: '',
      cards: [card('a', 'container'), card('b', 'container')],
      edges: [edge('link', 'a', 'gone'), edge('joined', 'a', 'b'), edge('link', 'b', 'a')],
    }
    const text = toMermaid(d)
    expect(text.startsWith('flowchart LR\n')).toBe(true)
    const edges = (await parsed(text)).getEdges()
    expect(edges.map((e) => [e.start, e.end, e.stroke])).toEqual([
      ['n0', 'n1', 'thick'],
      ['n1', 'n0', 'normal'],
    ])
    expect(edges[0]?.style).toContain('stroke-width:3px')
  })

  it('is deterministic: the same diagram gives the same text', () => {
    expect(toMermaid(structuredClone(TWO_HOSTS))).toBe(toMermaid(TWO_HOSTS))
  })
})

/** Names that mean something to Mermaid, YAML or HTML, each to be drawn as written. */
const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  ']]>',
  '"quoted" and \'single\'',
  '[brackets] (parens) {braces} |pipe|',
  'brace }  \n\n  then',
  '# hash; semi; #35; #quot;',
  'line\nbreak\r\nand\rmore',
  '`backticks`',
  '"`markdown`"',
  '%%{init: {"theme": "dark"}}%%',
  '%% comment',
  'web direction LR x',
  'stylist style:a#b;',
  'classDef x:y#z;',
  '&lt;entity&gt; &amp;',
  '\\n backslash',
  '$$x^2$$',
  'fa:fa-car',
  'ﬂ°°35¶ß placeholder',
  'end',
  '---',
  ' spaced ',
  '\t\u00a0\u2028\ufeff',
  'ünïcödé 名前 😀👩‍👩‍👧 עברית',
  '\0\u0001\u0085\u007f',
]

describe('toMermaid: hostile names', () => {
  const hostile = (s: string, i: number): Diagram => ({
    title: s,
    cards: [
      card('h', 'host', { title: s, note: s, lines: [s] }),
      card('n', 'network', { title: s, note: s, lines: [s], parent: 'h' }),
      card('c', 'container', { title: s, lines: [s, s], parent: 'h', state: s }),
      card('v', 'volume', { title: s, lines: [s] }),
    ],
    edges: [edge('network', 'c', 'n', s), edge(i % 2 ? 'link' : 'volume', 'c', 'v', s)],
  })

  it.each(HOSTILE.map((s, i) => [s, i] as const))(
    '%j parses and is drawn as written',
    async (s, i) => {
      const d = hostile(s, i)
      const text = toMermaid(d)
      const db = await parsed(text)
      const vertices = db.getVertices()
      for (const i of [1, 2, 3]) {
        expect(shown(vertices.get(`n${i}`)?.text ?? '')).toBe(
          expectedLabel(d.cards[i] as DiagramCard),
        )
      }
      expect(db.getSubGraphs().map((g) => shown(g.title))).toEqual([
        expectedTitle(d.cards[0] as DiagramCard),
      ])
      expect(db.getEdges().map((e) => shown(e.text))).toEqual([asDrawn(s), asDrawn(s)])
      expect(titleOf(text)).toBe(s)
    },
  )

  it('writes none of them raw', () => {
    for (const [i, s] of HOSTILE.entries()) {
      // Brackets, pipes and the like are plain text inside a quoted label.
      if (/["<>\n`#%]/.test(s)) expect(toMermaid(hostile(s, i))).not.toContain(s)
    }
  })
})

const EDGE_KINDS = [...new Set(TWO_HOSTS.edges.map((e) => e.kind))]

/** Any unicode text, the hostile names, and strings of the characters that matter to Mermaid. */
const anyText = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE) },
  {
    weight: 1,
    arbitrary: fc.string({
      unit: fc.constantFrom(...'"#;&<>%`\\$ﬂ¶°ß[](){}|:\n\r\t -.ox'),
      maxLength: 12,
    }),
  },
)

const cardFields = { title: anyText, note: anyText, lines: fc.array(anyText, { maxLength: 3 }) }

/** A random diagram: hosts first, then cards in some host or none, then edges between cards. */
const anyDiagram = fc
  .record({
    title: anyText,
    hosts: fc.array(fc.record(cardFields), { maxLength: 3 }),
    cards: fc.array(
      fc.record({
        ...cardFields,
        kind: fc.constantFrom('network', 'container', 'volume' as const),
        state: fc.option(fc.constantFrom('running', 'created', 'exited')),
        host: fc.option(fc.nat()),
      }),
      { maxLength: 6 },
    ),
    edges: fc.array(
      fc.record({
        kind: fc.constantFrom(...EDGE_KINDS),
        from: fc.nat(),
        to: fc.nat(),
        label: anyText,
      }),
      { maxLength: 8 },
    ),
  })
  .map(({ title, hosts, cards, edges }): Diagram => {
    const hostCards = hosts.map((h, i) => card(`host:${i}`, 'host', { ...h }))
    const inner = cards.map((c, i) =>
      card(`card:${i}`, c.kind, {
        title: c.title,
        note: c.note,
        lines: c.lines,
        ...(c.state === null ? {} : { state: c.state }),
        ...(c.host === null || hosts.length === 0
          ? {}
          : { parent: `host:${c.host % hosts.length}` }),
      }),
    )
    const all = [...hostCards, ...inner]
    const id = (n: number) => all[n % all.length]?.id ?? ''
    return {
      title,
      cards: all,
      edges: all.length === 0 ? [] : edges.map((e) => edge(e.kind, id(e.from), id(e.to), e.label)),
    }
  })

describe('toMermaid: any diagram', () => {
  it('is accepted by mermaid, which reads back every label as written', async () => {
    await fc.assert(
      fc.asyncProperty(anyDiagram, async (d) => {
        const text = toMermaid(d)
        const db = await parsed(text)
        const vertices = db.getVertices()
        const hosts = d.cards.flatMap((c, i) => (c.kind === 'host' ? [[c, i] as const] : []))
        expect(db.getSubGraphs().map((g) => [g.id, shown(g.title), [...g.nodes].sort()])).toEqual(
          hosts.map(([h, i]) => [
            `n${i}`,
            expectedTitle(h),
            d.cards.flatMap((c, j) => (c.parent === h.id ? [`n${j}`] : [])).sort(),
          ]),
        )
        d.cards.forEach((c, i) => {
          if (c.kind !== 'host')
            expect(shown(vertices.get(`n${i}`)?.text ?? '')).toBe(expectedLabel(c))
        })
        const index = new Map(d.cards.map((c, i) => [c.id, `n${i}`]))
        expect(db.getEdges().map((e) => [e.start, e.end, shown(e.text)])).toEqual(
          d.edges.map((e) => [
            index.get(e.source),
            index.get(e.target),
            e.label && asDrawn(e.label),
          ]),
        )
        expect(titleOf(text)).toBe(d.title === '' ? undefined : d.title)
      }),
      { numRuns: 60 },
    )
  }, 30_000)
})

describe('toMermaid: drawn by mermaid', () => {
  /** A label element's text, each `<br>` a line break. */
  function labelText(el: Element): string {
    const copy = el.cloneNode(true) as Element
    copy.querySelectorAll('br').forEach((br) => br.replaceWith('\n'))
    return copy.textContent
  }

  // What mermaid 11 would reinterpret when drawing: tags, Font Awesome's `fa:fa-name`, KaTeX
  // between `$$`, a backslash-n as a line break (the host's line), placeholders.
  it('draws every hostile name as text, each label as written, no element made of them', async () => {
    // jsdom lays nothing out: a fixed box for every SVG measure is enough to draw.
    const svgProto = window.SVGElement.prototype as unknown as Record<string, unknown>
    svgProto.getBBox = () => ({ x: 0, y: 0, width: 80, height: 20 })
    svgProto.getComputedTextLength = () => 80
    const containers = HOSTILE.map((s, i) =>
      card(`c${i}`, 'container', { title: s, lines: [s], parent: 'h' }),
    )
    const d: Diagram = {
      title: 'Docs "demo" #1 100% é 😀',
      cards: [
        card('h', 'host', { title: HOSTILE[0] ?? '', lines: ['$$x$$ \\n fa:fa-car'] }),
        ...containers,
      ],
      edges: HOSTILE.slice(1).map((s, i) => edge('link', `c${i}`, `c${i + 1}`, s)),
    }
    const { svg } = await (await mermaid()).render('hostile', toMermaid(d))
    const drawn = document.createElement('div')
    drawn.innerHTML = svg
    expect(drawn.querySelectorAll('svg *:is(img, i, script, iframe, math, .katex)')).toHaveLength(0)
    const handlers = [...drawn.querySelectorAll('*')].flatMap((el) =>
      el.getAttributeNames().filter((name) => name.toLowerCase().startsWith('on')),
    )
    expect(handlers).toEqual([])
    const nodes = [...drawn.querySelectorAll('span.nodeLabel')].map(labelText)
    expect(nodes.sort()).toEqual(
      d.cards.map((c) => (c.kind === 'host' ? expectedTitle(c) : expectedLabel(c))).sort(),
    )
    const edges = [...drawn.querySelectorAll('span.edgeLabel')].map(labelText)
    expect(edges.sort()).toEqual(d.edges.map((e) => asDrawn(e.label)).sort())
    expect(drawn.querySelector('.flowchartTitleText')?.textContent).toBe(d.title)
  })
})
