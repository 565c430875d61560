// A command's cost must not grow with the number of unrelated containers: counted here as
// walks over the containers map (timing belongs in the bench).
import { describe, expect, it, vi } from 'vitest'
import { PersistentMap } from '../engine'
import { execute, runScript, type ShellState } from './index'

describe('commands on a large world', () => {
  /** Counts walks over maps of at least `size` entries while `run` runs. */
  function walksOfLargeMaps(size: number, run: () => void): number {
    let walks = 0
    const proto = PersistentMap.prototype
    for (const method of ['entries', 'keys', 'values', 'forEach'] as const) {
      const original = proto[method] as (this: PersistentMap<unknown>, ...a: unknown[]) => unknown
      vi.spyOn(proto, method).mockImplementation(function (
        this: PersistentMap<unknown>,
        ...a: unknown[]
      ) {
        if (this.size >= size) walks++
        return original.apply(this, a) as never
      })
    }
    try {
      run()
    } finally {
      vi.restoreAllMocks()
    }
    return walks
  }

  const world = (n: number): ShellState => {
    const lines = Array.from({ length: n }, (_, i) => `docker run -d --name c${i} nginx`)
    return runScript([...lines, 'docker run -d --name pub -p 8080:80 nginx'].join('\n')).state
  }

  it('look containers, names and addresses up without walking all containers', () => {
    const state = world(1000)
    const commands = [
      'docker run -d --name new nginx',
      'docker run -d --link c5:db nginx',
      'docker stop c7',
      'docker start c7',
      'docker rename c8 c8b',
      'docker rm -f c9',
      'docker exec c3 ping -c 1 172.17.0.9',
      'docker exec c3 cat /etc/hosts',
      'curl -s localhost:8080',
    ]
    // The counter sees a listing, which has to walk them all.
    expect(walksOfLargeMaps(1000, () => execute(state, 'docker ps -a'))).toBeGreaterThan(0)
    // Lookup indexes are built on first use, once per world; later edits carry them along,
    // while anything memoised per world value starts over after an edit.
    for (const line of commands) execute(state, line)
    const edited = execute(state, 'docker stop c100').state
    for (const line of commands) {
      expect({ line, walks: walksOfLargeMaps(1000, () => execute(edited, line)) }).toEqual({
        line,
        walks: 0,
      })
    }
  })
})
