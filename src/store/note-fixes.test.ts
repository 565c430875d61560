// Problems Docker does not report, each asked "why?": the rule and its records (engine/
// note-why.ts), and fixes that Docker accepts and after which the problem is gone.
import { describe, expect, it } from 'vitest'
import * as cli from '../cli/index'
import type { DiagnosticNote } from '../engine'
import { diagnostics } from './diagnostics'
import { noteView } from './why-view'
import { createDocknetStore } from './store'

function world(script: string) {
  const store = createDocknetStore(undefined, { cli })
  for (const line of script.split('\n')) store.getState().runCommand(line)
  const failed = store.getState().transcript.filter((e) => e.exitCode !== 0)
  expect(failed.map((e) => e.stderr)).toEqual([])
  return store
}

/** The one note of `code` the diagnostics give. */
function noteOf(store: ReturnType<typeof world>, code: DiagnosticNote['code']): DiagnosticNote {
  const notes = diagnostics(store.getState().shell.topology).flatMap((d) =>
    d.why?.kind === 'noted' && d.why.note.code === code ? [d.why.note] : [],
  )
  expect(notes).toHaveLength(1)
  return notes[0] as DiagnosticNote
}

/** Applies the first fix found for `note`, as the Apply button does. */
async function applyFirstFix(store: ReturnType<typeof world>, note: DiagnosticNote) {
  const [fix] = await store.getState().noteFixes(note)
  expect(fix).toBeDefined()
  expect(await store.getState().runGesture(...(fix?.commands ?? []))).toBe(true)
  return fix
}

const LINKED = `docker run -d --name db training/postgres
docker run -d --name web --link db:db training/webapp python app.py`

describe('why a problem the diagnostics note is one, and its fix', () => {
  it('a stopped container: no endpoint while stopped; started, it has an address again', async () => {
    const store = world(`${LINKED}\ndocker stop db`)
    const note = noteOf(store, 'STOPPED')
    const view = noteView(store.getState().shell.topology, note)
    expect(view?.why).toMatch(/Docker deleted its endpoints and released its addresses/)
    expect(view?.evidence[0]).toMatch(/training\/postgres\s+exited\s+db$/)
    const fix = await applyFirstFix(store, note)
    expect(fix?.commands).toEqual(['docker start db'])
    expect(fix?.breaks).toEqual([])
    expect(noteView(store.getState().shell.topology, note)).toBeNull()
  })

  it('link variables frozen at start: the old address, the hosts line Docker rewrote, who holds the old one now', async () => {
    const store = world(`${LINKED}
docker stop db
docker run -dit --name squatter busybox
docker start db`)
    const note = noteOf(store, 'LINK_ENV_STALE')
    const view = noteView(store.getState().shell.topology, note)
    expect(view?.why).toMatch(/rewrote the db line of web's \/etc\/hosts, but never the variables/)
    expect(view?.evidence).toEqual([
      'web: DB_PORT=tcp://172.17.0.2:5432',
      'web: DB_PORT_5432_TCP=tcp://172.17.0.2:5432',
      'web: DB_PORT_5432_TCP_ADDR=172.17.0.2',
      expect.stringMatching(/^web \/etc\/hosts: 172\.17\.0\.4\tdb [0-9a-f]{12}$/),
      'squatter holds 172.17.0.2 now',
    ])
    const fix = await applyFirstFix(store, note)
    expect(fix?.commands).toEqual(['docker restart web'])
    const env = cli.execute(store.getState().shell, 'docker exec web env').output.stdout
    expect(env).toContain('DB_PORT=tcp://172.17.0.4:5432')
    expect(noteView(store.getState().shell.topology, note)).toBeNull()
  })

  it('a LAN address two machines hold: the fix moves the container to an address nobody holds', async () => {
    const store = world(`docker context create vm2 --docker host=tcp://192.168.1.11:2375
docker network create -d macvlan --subnet 192.168.1.0/24 --gateway 192.168.1.1 -o parent=eth0 lan
docker --context vm2 network create -d macvlan --subnet 192.168.1.0/24 --gateway 192.168.1.1 -o parent=eth0 lan
docker run -d --name a1 --network lan busybox sleep 1d
docker --context vm2 run -d --name b1 --network lan --ip 192.168.1.254 busybox sleep 1d
docker --context vm2 run -d --name b2 --network lan busybox sleep 1d`)
    const note = noteOf(store, 'LAN_CLASH')
    const view = noteView(store.getState().shell.topology, note)
    expect(view?.why).toMatch(/knows only that daemon's containers/)
    expect(view?.evidence).toEqual([
      'b2 on vm2: 192.168.1.2 (network lan, 192.168.1.0/24)',
      'a1 holds 192.168.1.2 on host default',
    ])
    const fix = await applyFirstFix(store, note)
    // .254 is b1's: the first address from the top that nobody holds.
    expect(fix?.commands).toEqual([
      'docker --context vm2 network disconnect lan b2',
      'docker --context vm2 network connect --ip 192.168.1.253 lan b2',
    ])
    expect(diagnostics(store.getState().shell.topology)).toEqual([])
  })

  it('a volume nobody mounts: it outlives its containers; the fix removes it', async () => {
    const store = world(`docker run -d --name app -v appdata:/data busybox sleep 1d
docker rm -f app`)
    const note = noteOf(store, 'VOLUME_UNUSED')
    expect(noteView(store.getState().shell.topology, note)?.why).toMatch(
      /docker rm removes a container's anonymous volumes \(with -v\), never a named one/,
    )
    const fix = await applyFirstFix(store, note)
    expect(fix?.commands).toEqual(['docker volume rm appdata'])
    expect(store.getState().shell.topology.volumes.size).toBe(0)
  })

  it('offers no fix that Docker would refuse: a LAN clash on a network without --subnet', async () => {
    const store = world(`docker context create vm2 --docker host=tcp://192.168.1.11:2375
docker network create -d macvlan -o parent=eth0 lan
docker --context vm2 network create -d macvlan -o parent=eth0 lan
docker run -d --name a1 --network lan busybox sleep 1d
docker --context vm2 run -d --name b1 --network lan busybox sleep 1d`)
    const note = noteOf(store, 'LAN_CLASH')
    expect(await store.getState().noteFixes(note)).toEqual([])
  })
})
