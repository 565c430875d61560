import { describe, expect, it } from 'vitest'
import { execute, type ShellState } from '../cli/index'
import { applied, containerNamed, world } from './testing-gestures'
import { renameVolumeGesture } from './rename-gestures'

/** A volume with a label and a file, mounted by web, by worker through --volumes-from, and read-only by reader. */
const SHARED = [
  'docker volume create --label team=web data',
  'docker run -d --name web -v data:/srv/data busybox sleep 1d',
  'docker run -d --name worker --volumes-from web busybox sleep 1d',
  'docker run -d --name other busybox sleep 1d',
  'docker run -d --name reader -v data:/in:ro busybox sleep 1d',
  `docker exec web sh -c 'echo kept > /srv/data/notes.txt; echo deep > /srv/data/sub/a'`,
]

const renamed = (s: ShellState, from: string, to: string) =>
  applied(s, renameVolumeGesture(s.topology, s.currentHost, `${s.currentHost}/${from}`, to))

/** What `line` prints in state `s`. */
const run = (s: ShellState, line: string) => execute(s, line).output

describe('renaming a volume from the canvas', () => {
  it('removes its containers, makes a new volume, copies the files, makes them again, removes the old one', () => {
    const s = world(...SHARED)
    const g = renameVolumeGesture(s.topology, s.currentHost, 'default/data', 'app-data')
    expect(g).toEqual({
      ok: true,
      lines: [
        'docker rm -f web',
        'docker rm -f worker',
        'docker rm -f reader',
        'docker volume create --label team=web app-data',
        'docker run --rm -v data:/from -v app-data:/to ubuntu cp -a /from/. /to/',
        'docker run -d --name web -v app-data:/srv/data busybox sleep 1d',
        'docker run -d --name worker --volumes-from web busybox sleep 1d',
        'docker run -d --name reader -v app-data:/in:ro busybox sleep 1d',
        'docker volume rm data',
      ],
    })
    // Docker accepts every line (applied checks each).
    const after = applied(s, g)
    const volumes = [...after.topology.volumes.values()].map((v) => [v.name, v.labels])
    expect(volumes).toEqual([['app-data', { team: 'web' }]])
  })

  it('keeps the data: what a container wrote is read back from the containers made again', () => {
    const after = renamed(world(...SHARED), 'data', 'app-data')
    expect(run(after, 'docker exec web cat /srv/data/notes.txt /srv/data/sub/a').stdout).toBe(
      'kept\ndeep\n',
    )
    expect(run(after, 'docker exec worker cat /srv/data/notes.txt').stdout).toBe('kept\n')
    expect(run(after, 'docker exec reader cat /in/notes.txt').stdout).toBe('kept\n')
  })

  it('mounts the new volume at the same path with the same mode, --volumes-from ones included', () => {
    const after = renamed(world(...SHARED), 'data', 'app-data')
    const mounts = (name: string) =>
      containerNamed(after, name).mounts.map((m) => [m.source, m.destination, m.rw])
    expect(mounts('web')).toEqual([['app-data', '/srv/data', true]])
    expect(mounts('worker')).toEqual([['app-data', '/srv/data', true]])
    expect(containerNamed(after, 'worker').volumesFrom).toEqual(['web'])
    expect(mounts('reader')).toEqual([['app-data', '/in', false]])
    // A container that does not mount it is left alone.
    expect(containerNamed(after, 'other').id).toBe(containerNamed(world(...SHARED), 'other').id)
  })

  it('on another host, every line names that host', () => {
    const s = world(
      'docker context create vm2',
      'docker --context vm2 volume create logs',
      'docker --context vm2 run -d --name app -v logs:/var/log/app busybox sleep 1d',
    )
    const g = renameVolumeGesture(s.topology, s.currentHost, 'vm2/logs', 'app-logs')
    expect(g).toEqual({
      ok: true,
      lines: [
        'docker --context vm2 rm -f app',
        'docker --context vm2 volume create app-logs',
        'docker --context vm2 run --rm -v logs:/from -v app-logs:/to ubuntu cp -a /from/. /to/',
        'docker --context vm2 run -d --name app -v app-logs:/var/log/app busybox sleep 1d',
        'docker --context vm2 volume rm logs',
      ],
    })
    expect(applied(s, g).topology.volumes.has('vm2/app-logs')).toBe(true)
  })

  it('refuses, saying why, when a container outside would lose a link or a namespace', () => {
    const s = world(
      ...SHARED,
      'docker run -d --name api --link web busybox sleep 1d',
      'docker run -d --name side --network container:reader busybox sleep 1d',
    )
    expect(renameVolumeGesture(s.topology, s.currentHost, 'default/data', 'x2')).toEqual({
      ok: false,
      refusal: {
        code: 'rename-blocked',
        what: 'volume',
        ties: [
          { member: 'web', tie: { kind: 'linked-by', other: 'api' } },
          { member: 'reader', tie: { kind: 'joined-by', other: 'side' } },
        ],
      },
    })
  })

  it('refuses a name another volume of that host has (docker volume create would return it)', () => {
    const s = world(...SHARED, 'docker volume create backup')
    expect(renameVolumeGesture(s.topology, s.currentHost, 'default/data', ' backup ')).toEqual({
      ok: false,
      refusal: { code: 'volume-name-taken', name: 'backup', host: 'default' },
    })
  })

  it('offers nothing for an anonymous volume, the same name or an empty one', () => {
    const s = world(
      'docker run -d --name web -v /cache busybox sleep 1d',
      'docker volume create data',
    )
    const anonymous = [...s.topology.volumes.values()].find((v) => v.anonymous)
    expect(anonymous).toBeDefined()
    expect(
      renameVolumeGesture(s.topology, s.currentHost, `default/${anonymous?.name}`, 'named'),
    ).toBeNull()
    expect(renameVolumeGesture(s.topology, s.currentHost, 'default/data', 'data')).toBeNull()
    expect(renameVolumeGesture(s.topology, s.currentHost, 'default/data', '  ')).toBeNull()
  })
})
