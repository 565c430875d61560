// For random small worlds and a random pair that does not connect by name: every fix proposed,
// appended to the script as text (as `docknet reach` users do), makes the pair connect, and
// every fix that claims to break nothing leaves each pair that worked working.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ask, listeningPorts, type Topology } from '../engine'
import { proposeFixes, reachablePairs } from './fixes'
import { runScript } from './index'

// Docker wants two characters at least in a name.
const NAMES = ['web', 'db', 'app', 'cache']
const IMAGES = ['busybox', 'training/postgres', 'httpd', 'redis']

const containerLine = fc.record({
  net: fc.constantFrom('', '--network n1', '--network n2'),
  link: fc.constantFrom('', '--link web', '--link db:database'),
  image: fc.constantFrom(...IMAGES),
  stopped: fc.boolean(),
})

const worldScript = fc
  .record({
    icc: fc.boolean(),
    containers: fc.array(containerLine, { minLength: 2, maxLength: 4 }),
  })
  .map(({ icc, containers }) => {
    const lines = [
      icc ? '' : 'dockerd --icc=false',
      'docker network create n1',
      'docker network create n2',
    ]
    containers.forEach((c, i) => {
      const name = NAMES[i] ?? `x${i}`
      const tty = c.image === 'busybox' ? '-dit' : '-d'
      lines.push(
        `docker run ${tty} --name ${name} ${c.net} ${c.link} ${c.image}`.replace(/ +/g, ' '),
      )
      if (c.stopped) lines.push(`docker stop ${name}`)
    })
    return lines.filter(Boolean).join('\n')
  })

function byName(t: Topology, name: string) {
  return [...t.containers.values()].find((c) => c.name === name)
}

describe('fixes, property', () => {
  it('each fix, appended to the script, works; a fix said to break nothing breaks nothing', () => {
    let checked = 0
    fc.assert(
      fc.property(worldScript, fc.nat(), fc.nat(), (script, i, j) => {
        const { state, entries } = runScript(script)
        const t = state.topology
        const all = [...t.containers.values()]
        const from = all[i % all.length]
        const to = all[j % all.length]
        if (!from || !to || from === to) return
        const port = listeningPorts(t, to).find((p) => p.proto === 'tcp')?.port ?? null
        if (ask(t, from, to.name, port).reachable) return
        const before = reachablePairs(t)
        for (const fix of proposeFixes(state, from, to.name, port)) {
          checked++
          const after = runScript(`${script}\n${fix.commands.join('\n')}`)
          // The fix's own commands all succeed (the script's may not: a --link to none yet).
          expect(after.entries.slice(entries.length).every((e) => e.exitCode === 0)).toBe(true)
          const client = byName(after.state.topology, from.name)
          expect(client && ask(after.state.topology, client, to.name, port).reachable).toBe(true)
          if (fix.breaks.length === 0) {
            const now = reachablePairs(after.state.topology)
            for (const pair of before) expect(now).toContain(pair)
          }
        }
      }),
      { numRuns: 60 },
    )
    // Most draws are pairs that need fixing: the property is not vacuous.
    expect(checked).toBeGreaterThan(30)
  })
})
