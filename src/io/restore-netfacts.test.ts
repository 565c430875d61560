// A saved world keeps what Docknet learned to hold for networks: --ip-range, --gw-priority,
// the configs a stopped container keeps for networks that are gone, and labels.
import { describe, expect, it } from 'vitest'
import { runScript } from '../cli'
import { toJson } from './document'
import { fromJson } from './read'

const SCRIPT = `docker network create --subnet 172.28.0.0/16 --ip-range 172.28.5.0/24 ranged
docker network create app
docker run -d --name web --label tier=front nginx
docker network connect --gw-priority 3 app web
docker create --name idle nginx
docker network connect ghost idle
docker volume create --label owner=me data`

describe('saving and opening a world', () => {
  it('keeps ip ranges, gateway priorities, kept network configs and labels, with no repair', () => {
    const { state } = runScript(SCRIPT)
    const r = fromJson(toJson(state.topology, state.currentHost, { positions: {} }))
    if (!r.ok) throw new Error(r.problem.code)
    expect(r.repairs).toEqual([])
    for (const kind of ['networks', 'containers', 'volumes'] as const)
      expect([...r.topology[kind].values()]).toEqual([...state.topology[kind].values()])
    const web = [...r.topology.containers.values()].find((c) => c.name === 'web')
    expect(web?.labels).toEqual({ tier: 'front' })
    expect(web?.endpoints.map((e) => e.gwPriority)).toEqual([undefined, 3])
    const idle = [...r.topology.containers.values()].find((c) => c.name === 'idle')
    expect(idle?.dangling?.map((d) => d.name)).toEqual(['ghost'])
  })
})
