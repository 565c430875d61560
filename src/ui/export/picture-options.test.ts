import { describe, expect, it } from 'vitest'
import type { Diagram } from '../../io/diagram'
import { pictureOf, type PictureOptions } from './picture-options'

const box = { x: 0, y: 0, width: 190, height: 80 }
const diagram: Diagram = {
  title: '',
  cards: [
    {
      id: 'host:vm1',
      kind: 'host',
      title: 'vm1',
      note: '192.168.1.10',
      lines: ['docker0 172.17.0.1/16'],
      ...box,
    },
    {
      id: 'network:b',
      kind: 'network',
      title: 'bridge',
      note: 'bridge',
      lines: ['172.17.0.0/16', 'gw 172.17.0.1'],
      parent: 'host:vm1',
      ...box,
    },
    {
      id: 'network:app',
      kind: 'network',
      title: 'app',
      note: 'bridge',
      lines: ['172.18.0.0/16', 'gw 172.18.0.1', 'fd00::/64'],
      parent: 'host:vm1',
      ...box,
    },
    {
      id: 'container:w',
      kind: 'container',
      title: 'web',
      note: '',
      lines: ['nginx', 'app 172.18.0.2', '-p 8080→80'],
      parent: 'host:vm1',
      state: 'running',
      ...box,
    },
  ],
  edges: [
    {
      id: 'e1',
      kind: 'network',
      source: 'container:w',
      target: 'network:app',
      label: 'ip 172.18.0.2, alias www',
    },
  ],
}
const none: PictureOptions = {
  title: '',
  caption: '',
  hideUnusedBridge: false,
  hideAddresses: false,
  transparent: false,
  column: false,
}

describe('a picture for docs', () => {
  it('shows everything by default, under the title given', () => {
    const p = pictureOf(diagram, { ...none, title: 'My stack' })
    expect(p.title).toBe('My stack')
    expect(p.cards).toEqual(diagram.cards)
    expect(p.edges).toEqual(diagram.edges)
  })

  it('leaves out the default bridge when nothing is attached to it, and only then', () => {
    const p = pictureOf(diagram, { ...none, hideUnusedBridge: true })
    expect(p.cards.map((c) => c.title)).toEqual(['vm1', 'app', 'web'])
    const used = {
      ...diagram,
      edges: [
        ...diagram.edges,
        {
          id: 'e2',
          kind: 'network' as const,
          source: 'container:w',
          target: 'network:b',
          label: '',
        },
      ],
    }
    expect(pictureOf(used, { ...none, hideUnusedBridge: true }).cards).toHaveLength(4)
  })

  it('takes out addresses and subnets, keeping what else a line says', () => {
    const p = pictureOf(diagram, { ...none, hideAddresses: true })
    const lines = (title: string) => p.cards.find((c) => c.title === title)?.lines
    expect(lines('app')).toEqual([])
    expect(lines('web')).toEqual(['nginx', 'app', '-p 8080→80'])
    expect(p.cards[0]?.note).toBe('')
    // A line that only named where the address was goes with it (`docker0 172.17.0.1/16`).
    expect(lines('vm1')).toEqual([])
    // The separator that stood before the address goes too.
    expect(p.edges[0]?.label).toBe('alias www')
  })
})
