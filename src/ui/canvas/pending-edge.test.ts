import { describe, expect, it } from 'vitest'
import { nodeId } from '../../store'
import { pendingEdge } from './pending-edge'

const web = nodeId.container('c1')
const db = nodeId.container('c2')

describe('the edge drawn while Docker makes it', () => {
  it('is of the kind the gesture makes, whichever end the user started from', () => {
    const kind = (a: string, b: string, mode = 'link' as const) =>
      pendingEdge(a, b, mode)?.data?.kind
    expect(kind(web, nodeId.network('n1'))).toBe('network')
    expect(kind(nodeId.network('n1'), web)).toBe('network')
    expect(kind(web, nodeId.volume('default', 'data'))).toBe('volume')
    expect(kind(web, nodeId.host('vm2'))).toBe('ambassador')
    expect(kind(web, db)).toBe('link')
    expect(pendingEdge(web, db, 'joined')?.data?.kind).toBe('joined')
  })

  it('is not drawn where no gesture makes an edge', () => {
    expect(pendingEdge(web, web, 'link')).toBeNull()
    expect(pendingEdge(nodeId.network('n1'), nodeId.host('vm2'), 'link')).toBeNull()
  })

  it('cannot be selected, focused or deleted: it is not the world', () => {
    expect(pendingEdge(web, db, 'link')).toMatchObject({
      className: 'dn-pending',
      selectable: false,
      focusable: false,
      deletable: false,
    })
  })
})
