import { describe, expect, it } from 'vitest'
import type { Diagram } from '../../io/diagram'
import { pictureSvg } from '../../io/picture/picture'
import { translator } from '../i18n/catalog'
import { shellMessages } from '../shell/messages'
import { zh } from '../shell/messages.zh'
import { legendWords } from './legend-words'

const box = { width: 190, height: 80 }
const diagram: Diagram = {
  title: '',
  cards: [
    {
      id: 'c:web',
      kind: 'container',
      title: 'web',
      note: '',
      lines: ['nginx'],
      x: 0,
      y: 0,
      ...box,
    },
    { id: 'c:db', kind: 'container', title: 'db', note: '', lines: [], x: 300, y: 0, ...box },
    { id: 'v:data', kind: 'volume', title: 'data', note: '', lines: [], x: 0, y: 200, ...box },
  ],
  edges: [
    { id: 'l', kind: 'link', source: 'c:web', target: 'c:db', label: 'db:db' },
    { id: 'm', kind: 'volume', source: 'c:web', target: 'v:data', label: '/data' },
  ],
}
const legendOf = (svg: string) => /<g aria-label="[^"]*">.*?<\/g>/.exec(svg)?.[0] ?? ''

describe('the exported picture’s legend', () => {
  it('is in Chinese when exported from the Chinese interface; Docker’s words stay', () => {
    const svg = pictureSvg(diagram, '{}', { column: false, legend: legendWords(translator(zh)) })
    const legend = legendOf(svg)
    expect(legend).toContain('<g aria-label="图例">')
    expect(legend).toContain('>图例</text>')
    expect(legend).toContain('>--link（传统）</text>')
    expect(legend).toContain('>挂载卷</text>')
    expect(legend).not.toMatch(/Legend|legacy|volume mount/)
  })

  it('is in English from the English interface, as without words', () => {
    const english = pictureSvg(diagram, '{}', {
      column: false,
      legend: legendWords(translator(shellMessages.en)),
    })
    expect(english).toBe(pictureSvg(diagram, '{}', { column: false }))
    expect(legendOf(english)).toContain('>--link (legacy)</text>')
    expect(legendOf(english)).toContain('>volume mount</text>')
  })
})
