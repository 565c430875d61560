// @vitest-environment jsdom
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Diagram, DiagramCard, DiagramEdge, DiagramEdgeKind } from './diagram'
import { toDrawio } from './drawio'

const HOSTILE = '<img src=x onerror=alert(1)>'

function card(c: Partial<DiagramCard> & Pick<DiagramCard, 'id' | 'kind' | 'title'>): DiagramCard {
  return { note: '', lines: [], x: 0, y: 0, width: 160, height: 80, ...c }
}

/** Two hosts; host A holds a network, two containers (one exited) and a volume; an overlay spans. */
const DIAGRAM: Diagram = {
  title: 'Shop',
  cards: [
    card({ id: 'host:a', kind: 'host', title: 'alpha', note: '192.168.1.10', x: 100, y: 50 }),
    card({ id: 'host:b', kind: 'host', title: 'beta', x: 900, y: 50, width: 500, height: 400 }),
    card({
      id: 'net:backend',
      kind: 'network',
      title: 'backend',
      note: 'bridge',
      parent: 'host:a',
    }),
    card({
      id: 'ctr:web',
      kind: 'container',
      title: 'web',
      lines: ['nginx', '172.18.0.2', '8080→80/tcp'],
      parent: 'host:a',
      state: 'running',
      x: 140,
      y: 200,
      width: 180,
      height: 96,
    }),
    card({ id: 'ctr:db', kind: 'container', title: 'db', parent: 'host:a', state: 'exited' }),
    card({ id: 'vol:data', kind: 'volume', title: 'data', parent: 'host:a', x: 420, y: 330 }),
    card({ id: 'ctr:api', kind: 'container', title: 'api', parent: 'host:b', state: 'running' }),
    card({ id: 'net:mesh', kind: 'network', title: 'mesh', note: 'overlay', x: 300, y: 600 }),
  ],
  edges: [
    { id: 'e1', kind: 'network', source: 'ctr:web', target: 'net:backend', label: '' },
    { id: 'e2', kind: 'link', source: 'ctr:web', target: 'ctr:db', label: 'db:database' },
    { id: 'e3', kind: 'volume', source: 'ctr:db', target: 'vol:data', label: '/data (rw)' },
    { id: 'e4', kind: 'volumes-from', source: 'ctr:web', target: 'ctr:db', label: '' },
    { id: 'e5', kind: 'joined', source: 'ctr:db', target: 'ctr:web', label: '' },
    { id: 'e6', kind: 'ambassador', source: 'ctr:web', target: 'ctr:db', label: ':5432' },
    { id: 'e7', kind: 'network', source: 'ctr:api', target: 'net:mesh', label: '' },
    { id: 'e8', kind: 'link', source: 'ctr:web', target: 'ctr:gone', label: 'dangling' },
  ],
}

function parseXml(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'application/xml')
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0)
  return doc
}

const cellsOf = (doc: Document) => [...doc.querySelectorAll('mxGraphModel > root > mxCell')]
const vertices = (doc: Document) => cellsOf(doc).filter((c) => c.getAttribute('vertex') === '1')
const edges = (doc: Document) => cellsOf(doc).filter((c) => c.getAttribute('edge') === '1')

function styleOf(cell: Element): Map<string, string> {
  const pairs = (cell.getAttribute('style') ?? '').split(';').filter((p) => p !== '')
  return new Map(
    pairs.map((p) => (p.includes('=') ? [p.split('=')[0]!, p.slice(p.indexOf('=') + 1)] : [p, ''])),
  )
}

/**
 * An HTML label parsed as draw.io shows it: as the inner HTML of an element (a fragment, so
 * leading whitespace stays text), here in an inert template that loads and runs nothing.
 */
function htmlFragment(html: string): DocumentFragment {
  const template = document.createElement('template')
  template.innerHTML = html
  return template.content
}

/**
 * A card label read back as a browser reads it: the bold title, the italic note, and the text
 * between `<br>`s. Only b, i and br may appear as elements: user text never becomes markup.
 */
function decodeLabel(html: string): { title: string; note: string; lines: string[] } {
  const body = htmlFragment(html)
  const tags = [...body.querySelectorAll('*')].map((e) => e.tagName)
  expect(tags.filter((t) => !['B', 'I', 'BR'].includes(t))).toEqual([])
  const segments: ChildNode[][] = [[]]
  for (const node of body.childNodes) {
    if (node.nodeName === 'BR') segments.push([])
    else segments.at(-1)!.push(node)
  }
  const [head = [], ...rest] = segments
  expect(head.filter((n) => n.nodeName === 'B')).toHaveLength(1)
  return {
    title: head.find((n) => n.nodeName === 'B')?.textContent ?? '',
    note: head.find((n) => n.nodeName === 'I')?.textContent ?? '',
    lines: rest.map((seg) => seg.map((n) => n.textContent).join('')),
  }
}

/** The vertex whose label's title is `title` (titles are unique in the fixtures). */
function vertexTitled(doc: Document, title: string): Element {
  const found = vertices(doc).filter(
    (c) => decodeLabel(c.getAttribute('value') ?? '').title === title,
  )
  expect(found).toHaveLength(1)
  return found[0]!
}

function geometry(cell: Element) {
  const g = cell.querySelector('mxGeometry')!
  return ['x', 'y', 'width', 'height'].map((k) => Number(g.getAttribute(k)))
}

describe('the draw.io export: structure', () => {
  const doc = parseXml(toDrawio(DIAGRAM))

  it('is one mxfile holding one diagram named after the title, with the two base cells first', () => {
    expect(doc.documentElement.tagName).toBe('mxfile')
    const pages = doc.querySelectorAll('mxfile > diagram')
    expect(pages).toHaveLength(1)
    expect(pages[0]!.getAttribute('name')).toBe('Shop')
    expect(doc.querySelectorAll('diagram > mxGraphModel > root')).toHaveLength(1)
    const [root, layer] = cellsOf(doc)
    expect(root!.getAttribute('id')).toBe('0')
    expect(root!.hasAttribute('parent')).toBe(false)
    expect([layer!.getAttribute('id'), layer!.getAttribute('parent')]).toEqual(['1', '0'])
  })

  it('names an untitled diagram "Docknet"', () => {
    const untitled = parseXml(toDrawio({ ...DIAGRAM, title: '' }))
    expect(untitled.querySelector('diagram')!.getAttribute('name')).toBe('Docknet')
  })

  it('draws one vertex per card, hosts as swimlane containers', () => {
    expect(vertices(doc)).toHaveLength(DIAGRAM.cards.length)
    for (const host of ['alpha', 'beta']) {
      const style = styleOf(vertexTitled(doc, host))
      expect(style.has('swimlane')).toBe(true)
      expect(style.get('container')).toBe('1')
    }
  })

  it('puts each card in its host with geometry relative to the host, a spanning one on the layer', () => {
    const alpha = vertexTitled(doc, 'alpha')
    const web = vertexTitled(doc, 'web')
    expect(alpha.getAttribute('parent')).toBe('1')
    expect(geometry(alpha)).toEqual([100, 50, 160, 80])
    expect(web.getAttribute('parent')).toBe(alpha.getAttribute('id'))
    expect(geometry(web)).toEqual([140 - 100, 200 - 50, 180, 96])
    expect(geometry(vertexTitled(doc, 'data'))).toEqual([420 - 100, 330 - 50, 160, 80])
    const api = vertexTitled(doc, 'api')
    expect(api.getAttribute('parent')).toBe(vertexTitled(doc, 'beta').getAttribute('id'))
    expect(geometry(api)).toEqual([-900, -50, 160, 80])
    const mesh = vertexTitled(doc, 'mesh')
    expect(mesh.getAttribute('parent')).toBe('1')
    expect(geometry(mesh)).toEqual([300, 600, 160, 80])
  })

  it('gives each edge existing ends, the shared host as parent, and a relative geometry', () => {
    const ids = new Set(vertices(doc).map((c) => c.getAttribute('id')))
    const drawn = edges(doc)
    expect(drawn).toHaveLength(DIAGRAM.edges.length - 1) // e8 names a card the diagram lacks
    for (const e of drawn) {
      expect(ids.has(e.getAttribute('source'))).toBe(true)
      expect(ids.has(e.getAttribute('target'))).toBe(true)
      expect(e.querySelector('mxGeometry')!.getAttribute('relative')).toBe('1')
    }
    const id = (title: string) => vertexTitled(doc, title).getAttribute('id')
    const link = drawn.find(
      (e) => htmlFragment(e.getAttribute('value')!).textContent === 'db:database',
    )!
    expect([link.getAttribute('source'), link.getAttribute('target')]).toEqual([
      id('web'),
      id('db'),
    ])
    expect(link.getAttribute('parent')).toBe(id('alpha'))
    const overlay = drawn.find((e) => e.getAttribute('target') === id('mesh'))!
    expect(overlay.getAttribute('source')).toBe(id('api'))
    expect(overlay.getAttribute('parent')).toBe('1')
  })

  it('generates unique cell ids of its own', () => {
    const ids = cellsOf(doc).map((c) => c.getAttribute('id'))
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids.slice(2).every((i) => /^c\d+$/.test(i ?? ''))).toBe(true)
  })

  it('writes the same bytes for the same diagram', () => {
    expect(toDrawio(structuredClone(DIAGRAM))).toBe(toDrawio(DIAGRAM))
  })
})

describe('the draw.io export: styles', () => {
  const doc = parseXml(toDrawio(DIAGRAM))
  const byKind = (kind: DiagramEdgeKind) => {
    const i = DIAGRAM.edges.findIndex((e) => e.kind === kind)
    return styleOf(edges(doc)[i]!)
  }

  it('draws each edge kind its own way', () => {
    expect(byKind('network').get('endArrow')).toBe('none')
    expect(byKind('link').get('endArrow')).toBe('classic')
    expect(byKind('link').get('dashed') ?? '0').toBe('0')
    expect(byKind('volume').get('endArrow')).not.toBe('none')
    expect(byKind('volumes-from').get('dashed')).toBe('1')
    expect(byKind('volumes-from').get('dashPattern')).toBe('1 3')
    expect(Number(byKind('joined').get('strokeWidth'))).toBeGreaterThanOrEqual(2)
    expect(byKind('ambassador').get('dashed')).toBe('1')
    const kinds: DiagramEdgeKind[] = [
      'network',
      'link',
      'volume',
      'volumes-from',
      'joined',
      'ambassador',
    ]
    const looks = kinds.map((k) => {
      const s = byKind(k)
      return ['endArrow', 'endFill', 'dashed', 'dashPattern', 'strokeWidth']
        .map((p) => s.get(p))
        .join()
    })
    expect(new Set(looks).size).toBe(kinds.length) // distinct without counting on colour
  })

  it('gives each card kind its own look and greys a stopped container', () => {
    const fill = (title: string) => styleOf(vertexTitled(doc, title)).get('fillColor')
    expect(new Set([fill('alpha'), fill('backend'), fill('web'), fill('data')]).size).toBe(4)
    expect(styleOf(vertexTitled(doc, 'data')).get('shape')).toBe('cylinder3')
    const db = styleOf(vertexTitled(doc, 'db'))
    expect(db.get('fillColor')).not.toBe(fill('web'))
    expect(db.get('fillColor')).toBe('#f1f5f9')
    expect(db.get('fontColor')).toBe('#64748b')
  })
})

describe('the draw.io export: labels', () => {
  it('writes title, note and lines as an HTML label that reads back', () => {
    const doc = parseXml(toDrawio(DIAGRAM))
    const web = vertexTitled(doc, 'web')
    expect(styleOf(web).get('html')).toBe('1')
    expect(decodeLabel(web.getAttribute('value')!)).toEqual({
      title: 'web',
      note: '',
      lines: ['nginx', '172.18.0.2', '8080→80/tcp'],
    })
    expect(decodeLabel(vertexTitled(doc, 'alpha').getAttribute('value')!)).toEqual({
      title: 'alpha',
      note: '192.168.1.10',
      lines: [],
    })
  })

  const nasty = [HOSTILE, `"q" 'a' & b`, 'x]]>y', 'two\nlines\r\n', '🐳 日本語 é', '&amp; &lt;']

  it.each(nasty)('keeps %j as literal text, never markup', (text) => {
    const d: Diagram = {
      title: text,
      cards: [
        card({ id: 'h', kind: 'host', title: text, note: text }),
        card({
          id: 'c',
          kind: 'container',
          title: text,
          note: text,
          lines: [text, text],
          parent: 'h',
        }),
      ],
      edges: [{ id: 'e', kind: 'link', source: 'c', target: 'c', label: text }],
    }
    const out = toDrawio(d)
    expect(out).not.toContain('<img')
    const doc = parseXml(out)
    expect(doc.querySelector('diagram')!.getAttribute('name')).toBe(text)
    const [host, ctr] = vertices(doc)
    expect(decodeLabel(host!.getAttribute('value')!)).toEqual({
      title: text,
      note: text,
      lines: [],
    })
    expect(decodeLabel(ctr!.getAttribute('value')!)).toEqual({
      title: text,
      note: text,
      lines: [text, text],
    })
    const edge = htmlFragment(edges(doc)[0]!.getAttribute('value')!)
    expect(edge.querySelectorAll('*')).toHaveLength(0)
    expect(edge.textContent).toBe(text)
  })

  it('carries control characters an XML file cannot hold raw; NUL and lone surrogates become U+FFFD', () => {
    const text = 'a\u0001b\u000bc\tc\u007f\u0085\uffffz\u0000\ud800'
    const doc = parseXml(
      toDrawio({
        title: text,
        cards: [card({ id: 'n', kind: 'network', title: text })],
        edges: [],
      }),
    )
    expect(decodeLabel(vertices(doc)[0]!.getAttribute('value')!).title).toBe(
      'a\u0001b\u000bc\tc\u007f\u0085\uffffz\ufffd\ufffd',
    )
    // A page name is plain XML: what XML 1.0 forbids becomes U+FFFD there.
    expect(doc.querySelector('diagram')!.getAttribute('name')).toBe(
      'a\ufffdb\ufffdc\tc\u007f\u0085\ufffdz\ufffd\ufffd',
    )
  })
})

/** Random diagrams: up to three hosts, cards in them or not, edges between any cards. */
const text = fc.string({ unit: 'binary', maxLength: 12 })
const kinds: DiagramEdgeKind[] = [
  'network',
  'link',
  'volume',
  'volumes-from',
  'joined',
  'ambassador',
]
const diagrams = fc
  .record({
    title: text,
    hosts: fc.array(fc.record({ title: text, note: text }), { maxLength: 3 }),
    cards: fc.array(
      fc.record({
        kind: fc.constantFrom('network' as const, 'container' as const, 'volume' as const),
        title: text,
        note: text,
        lines: fc.array(text, { maxLength: 3 }),
        host: fc.nat(3),
        state: fc.constantFrom(undefined, 'running', 'exited', 'created'),
        x: fc.integer({ min: -2000, max: 2000 }),
        y: fc.integer({ min: -2000, max: 2000 }),
      }),
      { maxLength: 8 },
    ),
    edges: fc.array(
      fc.record({ kind: fc.constantFrom(...kinds), s: fc.nat(12), t: fc.nat(12), label: text }),
      {
        maxLength: 10,
      },
    ),
  })
  .map(({ title, hosts, cards, edges }): Diagram => {
    const all: DiagramCard[] = [
      ...hosts.map((h, i) =>
        card({ id: `host:${i}`, kind: 'host', ...h, x: i * 1000, y: 0, width: 900, height: 700 }),
      ),
      ...cards.map(({ host, state, ...c }, i) => {
        const parent = host < hosts.length ? { parent: `host:${host}` } : {}
        return card({ id: `card:${i}`, ...c, ...parent, ...(state ? { state } : {}) })
      }),
    ]
    // Edges between the cards drawn (the fixture above covers an edge naming a missing card).
    const edgeList: DiagramEdge[] =
      all.length === 0
        ? []
        : edges.map((e, i) => ({
            id: `e${i}`,
            kind: e.kind,
            source: all[e.s % all.length]!.id,
            target: all[e.t % all.length]!.id,
            label: e.label,
          }))
    return { title, cards: all, edges: edgeList }
  })

/** What a label can carry: everything but NUL, which no HTML text holds. */
const readable = (s: string) => s.replaceAll('\u0000', '\ufffd')

describe('the draw.io export: any diagram', () => {
  it('is always well-formed, each card in its host, every label reading back', () => {
    fc.assert(
      fc.property(diagrams, (d) => {
        const doc = parseXml(toDrawio(d))
        const drawn = vertices(doc)
        expect(drawn).toHaveLength(d.cards.length)
        const cellOf = new Map(d.cards.map((c, i) => [c.id, drawn[i]!]))
        d.cards.forEach((c, i) => {
          expect(decodeLabel(drawn[i]!.getAttribute('value')!)).toEqual({
            title: readable(c.title),
            note: readable(c.note),
            lines: c.kind === 'host' ? [] : c.lines.map(readable),
          })
          const host = d.cards.find((h) => h.id === c.parent)
          const parent = c.parent === undefined ? '1' : cellOf.get(c.parent)!.getAttribute('id')
          expect(drawn[i]!.getAttribute('parent')).toBe(parent)
          expect(geometry(drawn[i]!).slice(0, 2)).toEqual([
            c.x - (host?.x ?? 0),
            c.y - (host?.y ?? 0),
          ])
        })
        const lines = edges(doc)
        expect(lines).toHaveLength(d.edges.length)
        lines.forEach((e, i) => {
          const { source, target, label } = d.edges[i]!
          expect(e.getAttribute('source')).toBe(cellOf.get(source)!.getAttribute('id'))
          expect(e.getAttribute('target')).toBe(cellOf.get(target)!.getAttribute('id'))
          expect(htmlFragment(e.getAttribute('value')!).textContent).toBe(readable(label))
        })
      }),
      { numRuns: 60 },
    )
  })
})
