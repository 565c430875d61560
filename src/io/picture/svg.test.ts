import { describe, expect, it } from 'vitest'
import { embeddedDocument, fromJson } from '../read'
import { diagramSvg, type Card } from './svg'

const host: Card = {
  id: 'host:default',
  kind: 'host',
  x: 0,
  y: 0,
  width: 460,
  height: 320,
  title: 'default',
  note: '192.168.1.10',
  lines: ['docker0 172.17.0.1/16'],
}
const web: Card = {
  id: 'container:a',
  kind: 'container',
  x: 24,
  y: 124,
  width: 190,
  height: 80,
  title: 'web<1>',
  note: 'running',
  lines: ['nginx', 'bridge 172.17.0.2'],
}
const db: Card = { ...web, id: 'container:b', x: 260, title: 'db', lines: ['postgres'] }

describe('the exported SVG', () => {
  const doc = JSON.stringify({ format: 'docknet', note: 'a ]]> inside' })
  const svg = diagramSvg(
    [host, web, db],
    [{ id: 'l1', kind: 'link', source: 'container:a', target: 'container:b', label: 'db:db' }],
    doc,
  )

  it('is one well-formed picture: every card, the edge with its label, a legend', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true)
    expect(svg).toContain('>web&lt;1&gt;</text>')
    expect(svg).toContain('>db:db</text>')
    expect(svg).toContain('stroke-dasharray="6 3"')
    expect(svg).toContain('>--link (legacy)</text>')
    // Only the kinds drawn are in the legend.
    expect(svg).not.toContain('volume mount')
    // Tags balance (a cheap well-formedness check without a DOM).
    const open = svg.match(/<(g|svg|metadata)[\s>]/g)?.length
    const close = svg.match(/<\/(g|svg|metadata)>/g)?.length
    expect(open).toBe(close)
  })

  it('carries the document, even one holding "]]>", and opens again', () => {
    expect(embeddedDocument(svg)).toBe(doc)
  })

  it('is the same bytes for the same input', () => {
    expect(
      diagramSvg(
        [host, web, db],
        [{ id: 'l1', kind: 'link', source: 'container:a', target: 'container:b', label: 'db:db' }],
        doc,
      ),
    ).toBe(svg)
  })

  it('a picture from elsewhere is refused with a clear message', () => {
    // Worded by the reader's renderer (ui/said/read-text.ts): "This picture was not exported…".
    expect(fromJson('<svg xmlns="http://www.w3.org/2000/svg"></svg>')).toEqual({
      ok: false,
      problem: { code: 'picture-not-ours', what: 'svg' },
    })
  })

  it('heads an example with its title and lesson, wrapped to the picture, above the drawing', () => {
    const lesson = 'A link writes the child into the parent’s /etc/hosts, '.repeat(4).trim()
    const headed = diagramSvg([host, web, db], [], doc, {
      caption: { title: 'Legacy --link', text: lesson },
    })
    expect(headed).toContain('font-weight="600" fill="#0f172a">Legacy --link</text>')
    const rows = [...headed.matchAll(/font-size="12.5" fill="#475569">([^<]*)</g)].map((m) => m[1]!)
    expect(rows.length).toBeGreaterThan(1)
    expect(rows.join(' ')).toBe(lesson)
    // The drawing keeps its coordinates; the picture grows upward for the heading.
    const top = Number(/viewBox="-?[\d.]+ (-?[\d.]+)/.exec(headed)?.[1])
    expect(top).toBeLessThan(-24 - 12 - 18 * rows.length + 1)
  })

  it('wraps a Chinese lesson between characters, no line wider than the picture', () => {
    const lesson = 'link 把子容器按别名、主机名和名字写进父容器的 /etc/hosts。'.repeat(4)
    const headed = diagramSvg([host, web, db], [], doc, {
      caption: { title: '传统 --link', text: lesson },
    })
    const rows = [...headed.matchAll(/font-size="12.5" fill="#475569">([^<]*)</g)].map((m) => m[1]!)
    expect(rows.length).toBeGreaterThan(1)
    expect(rows.join('').replace(/ /g, '')).toBe(lesson.replace(/ /g, ''))
    const width = Number(/viewBox="[-\d.]+ [-\d.]+ ([\d.]+)/.exec(headed)?.[1])
    // A Chinese character is about twice a Latin one's 6.4 px.
    for (const row of rows)
      expect(row.length + (row.match(/[\u4e00-\u9fff、。]/g)?.length ?? 0)).toBeLessThanOrEqual(
        Math.floor((width - 48) / 6.4),
      )
  })

  it('holds every edge label inside the picture, one that stands beside the cards too', () => {
    // A label twice as wide as the cards, on the edge between one card and the one below it.
    const alias = 'a-long-alias-for-the-database-of-the-shop:database-of-the-shop'
    const pair = diagramSvg(
      [web, { ...db, x: web.x, y: web.y + web.height + 40 }],
      [{ id: 'l1', kind: 'link', source: web.id, target: db.id, label: alias }],
      doc,
    )
    const [x, y, width, height] = /viewBox="([^"]+)"/.exec(pair)![1]!.split(' ').map(Number)
    const label = /<rect x="([-\d.]+)" y="([-\d.]+)" width="([\d.]+)" height="16" rx="3"/.exec(pair)
    const [lx, ly, lw] = label!.slice(1).map(Number)
    expect(lx).toBeGreaterThanOrEqual(x!)
    expect(ly).toBeGreaterThanOrEqual(y!)
    expect(lx! + lw!).toBeLessThanOrEqual(x! + width!)
    expect(ly! + 16).toBeLessThanOrEqual(y! + height!)
  })

  it('shows a running container with a green dot, another state in words, -p in purple', () => {
    const stopped: Card = { ...db, note: 'exited', lines: ['postgres', '-p 8080→80'] }
    const out = diagramSvg([{ ...web, note: '', running: true }, stopped], [], doc)
    expect(out).toContain('fill="#10b981"/>')
    expect(out).toContain('>exited</text>')
    expect(out).toContain('fill="#7e22ce">-p 8080→80</text>')
  })
})

describe('names with characters XML forbids (Docker accepts a network named ctl\\u0001x)', () => {
  const doc = JSON.stringify({
    format: 'docknet',
    names: ['ctl\u0001x', 'odd\uffff', 'half\ud800'],
  })
  const svg = diagramSvg([host, { ...db, title: 'ctl\u0001x\ud800' }], [], doc)

  it('draws them as the replacement character, so the SVG stays well-formed', () => {
    expect(svg).toContain('>ctl\ufffdx\ufffd</text>')
    // Tab, LF and CR are the only C0 characters XML allows; no lone surrogate, no U+FFFE/FFFF.
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    expect(svg).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/)
    expect(svg).not.toMatch(
      /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
    )
  })

  it('keeps them in the embedded document, which reads back the same', () => {
    expect(JSON.parse(embeddedDocument(svg) ?? '')).toEqual(JSON.parse(doc))
  })
})
