import { describe, expect, it } from 'vitest'
import type { FlowEdge } from '../../store'
import { edgeNaming } from './EdgeNames'

/** An element as far as naming goes: its attributes, and how often they were set. */
function element() {
  const attributes = new Map<string, string>()
  let writes = 0
  return {
    setAttribute: (k: string, v: string) => (writes++, attributes.set(k, v)),
    removeAttribute: (k: string) => (writes++, attributes.delete(k)),
    label: () => attributes.get('aria-label'),
    writes: () => writes,
  }
}
const asElement = (e: ReturnType<typeof element>) => e as unknown as Element

/** Each edge's words: here, its English name. */
const said = (e: FlowEdge) => e.ariaLabel ?? ''

const edge = (id: string, ariaLabel: string) =>
  ({ id, source: 'a', target: 'b', ariaLabel }) as FlowEdge

describe("the drawn edges' spoken meanings", () => {
  it('are given to an edge when it is drawn', () => {
    const naming = edgeNaming()
    naming.say([edge('e1', 'link web to db as db')], said)
    const el = element()
    naming.drawn('e1', asElement(el))
    expect(el.label()).toBe('link web to db as db')
  })

  it('follow a change of words, touching only the edges whose words changed', () => {
    const naming = edgeNaming()
    naming.say(
      [edge('e1', 'link web to db as db'), edge('e2', 'web attached to network back')],
      said,
    )
    const [one, two] = [element(), element()]
    naming.drawn('e1', asElement(one))
    naming.drawn('e2', asElement(two))
    naming.say(
      [edge('e1', 'link web to store as db'), edge('e2', 'web attached to network back')],
      said,
    )
    expect(one.label()).toBe('link web to store as db')
    expect(two.label()).toBe('web attached to network back')
    expect(two.writes()).toBe(1)
  })

  it('leave an edge that is no longer drawn alone', () => {
    const naming = edgeNaming()
    naming.say([edge('e1', 'a')], said)
    const el = element()
    const gone = naming.drawn('e1', asElement(el))
    gone()
    naming.say([edge('e1', 'b')], said)
    expect(el.label()).toBe('a')
  })
})
