import { describe, expect, it } from 'vitest'
import type { Diagram, DiagramCard } from '../diagram'
import { embeddedDocument } from '../read'
import { MIN_TEXT, textInColumn } from './column'
import { pictureSvg } from './picture'
import { SMALLEST_FONT } from './svg'

/** Three hosts side by side, three containers each, linked across hosts: 2,000 px wide. */
function threeHosts(): Diagram {
  const cards: DiagramCard[] = []
  const edges: Diagram['edges'][number][] = []
  for (let h = 0; h < 3; h++) {
    const host = `host:vm${h}`
    const x = h * 740
    cards.push({
      id: host,
      kind: 'host',
      title: `vm${h}`,
      note: '192.168.1.1',
      lines: ['docker0'],
      x,
      y: 0,
      width: 700,
      height: 300,
    })
    for (let i = 0; i < 3; i++)
      cards.push({
        id: `container:${h}${i}`,
        kind: 'container',
        title: `app-${h}-${i}`,
        note: '',
        lines: ['nginx', `bridge 172.17.0.${i + 2}`],
        parent: host,
        state: i === 0 ? 'running' : 'exited',
        x: x + 24 + i * 230,
        y: 100,
        width: 190,
        height: 72,
      })
    if (h > 0)
      edges.push({
        id: `l${h}`,
        kind: 'ambassador',
        source: `container:${h - 1}0`,
        target: `container:${h}0`,
        label: `:80 → vm${h}:80`,
      })
  }
  return { title: '', cards, edges }
}

describe('the SVG picture of a diagram', () => {
  const wide = threeHosts()

  it('fitted to a doc column, its smallest text shows at 12 px or more in 760 px', () => {
    const svg = pictureSvg(wide, '{}', { column: true })
    expect(textInColumn(svg)).toBeGreaterThanOrEqual(MIN_TEXT)
    for (const c of wide.cards) expect(svg).toContain(`>${c.title}</text>`)
    for (const e of wide.edges) expect(svg).toContain(`>${e.label}</text>`)
  })

  it('as the canvas has it, shows that text at under 5 px in that column', () => {
    const svg = pictureSvg(wide, '{}', { column: false })
    expect(textInColumn(svg)).toBeLessThan(5)
  })

  it('gives a small drawing a natural size at which its smallest text is 12 px', () => {
    const one = { ...wide, cards: wide.cards.slice(0, 2), edges: [] }
    const svg = pictureSvg(one, '{}', { column: true })
    expect(textInColumn(svg)).toBeCloseTo(MIN_TEXT, 1)
    expect(textInColumn(pictureSvg(one, '{}', { column: false }))).toBe(SMALLEST_FONT)
  })

  it('carries the document as it was saved, canvas places and all', () => {
    const doc = JSON.stringify({
      format: 'docknet',
      layout: { positions: { a: { x: 1480, y: 0 } } },
    })
    expect(embeddedDocument(pictureSvg(wide, doc, { column: true }))).toBe(doc)
  })

  it('draws a running container with its dot and another state in words, no lower than SMALLEST_FONT', () => {
    const svg = pictureSvg(wide, '{}', { column: true, caption: { title: 'T', text: 'lesson' } })
    expect(svg).toContain('fill="#10b981"/>')
    expect(svg).toContain('>exited</text>')
    const fonts = [...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]))
    expect(Math.min(...fonts)).toBe(SMALLEST_FONT)
  })
})
