import { describe, expect, it } from 'vitest'
import { HOST, World } from '../test/world'
import { errorText } from './errors'
import { filterArgs } from './filters'
import { listNetworks } from './list-objects'

// moby v28.2.2 daemon/network/filter.go: `label` is Args.MatchKVList over the network's labels.
describe('listNetworks label filter', () => {
  it('keeps networks holding every label given (a key, or key=value)', () => {
    const w = new World()
    w.network('lab', { labels: { env: 'prod', team: 'a' } })
    w.network('other', { labels: { env: 'dev' } })
    const names = (...filters: string[]) => {
      const r = listNetworks(w.t, HOST, filterArgs(filters))
      return r.ok ? r.value.map((n) => n.name).sort() : errorText(r.error)
    }
    expect(names('label=env')).toEqual(['lab', 'other'])
    expect(names('label=env=prod')).toEqual(['lab'])
    expect(names('label=env', 'label=team=a')).toEqual(['lab'])
    expect(names('LABEL = team=b ')).toEqual([])
  })
})
