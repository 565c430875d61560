// Volumes and mounts: named and anonymous volumes, binds, --volumes-from and read-only mounts.
// Reference: docker-semantics.md §15.
import { describe, expect, it } from 'vitest'
import {
  createContainer,
  createVolume,
  locateFile,
  removeContainer,
  removeVolume,
  sharedMounts,
  stopContainer,
  volumeKey,
  volumeUsers,
  type Container,
} from './index'
import { HOST, SLEEP, must, refused, World } from '../test/world'

function mountsOf(c: Container): string[] {
  return c.mounts.map((m) => `${m.type}:${m.source}:${m.destination}:${m.rw ? 'rw' : 'ro'}`)
}

describe('named volumes (docker-semantics §15)', () => {
  it('creates a named volume on first use and shares it between containers', () => {
    const w = new World()
    const a = w.run({ image: 'busybox', name: 'a1', cmd: SLEEP, volumes: ['data:/data'] })
    const b = w.run({ image: 'busybox', name: 'b1', cmd: SLEEP, volumes: ['data:/srv'] })
    expect(w.t.volumes.has(volumeKey(HOST, 'data'))).toBe(true)
    expect(mountsOf(a)).toEqual(['volume:data:/data:rw'])
    expect(mountsOf(b)).toEqual(['volume:data:/srv:rw'])
    expect(volumeUsers(w.t, HOST, 'data').map((c) => c.name)).toEqual(['a1', 'b1'])
    // A write through one is seen by the other: both paths land in the same volume.
    const la = locateFile(a, '/data/file.txt')
    const lb = locateFile(b, '/srv/file.txt')
    expect(la).toEqual(lb)
    expect(la).toMatchObject({ kind: 'volume', key: volumeKey(HOST, 'data'), path: '/file.txt' })
    const group = sharedMounts(w.t).get(`volume:${volumeKey(HOST, 'data')}`)
    expect(group?.map((c) => c.name)).toEqual(['a1', 'b1'])
  })

  it('mounts read-only with :ro', () => {
    const w = new World()
    const c = w.create({ image: 'busybox', name: 'c1', volumes: ['data:/data:ro'] })
    expect(mountsOf(c)).toEqual(['volume:data:/data:ro'])
    expect(locateFile(c, '/data/x')).toMatchObject({ kind: 'volume', rw: false })
  })

  it('refuses docker volume rm while a container, even a stopped one, uses the volume', () => {
    const w = new World()
    const c = w.run({ image: 'busybox', name: 'c1', cmd: SLEEP, volumes: ['data:/data'] })
    w.stop('c1')
    expect(refused(removeVolume(w.t, HOST, 'data'))).toBe(
      `remove data: volume is in use - [${c.id}]`,
    )
    w.t = must(removeContainer(w.t, c.id))
    w.t = must(removeVolume(w.t, HOST, 'data'))
    expect(w.t.volumes.has(volumeKey(HOST, 'data'))).toBe(false)
  })

  it('keeps a named volume when its container is removed with -v', () => {
    const w = new World()
    const c = w.create({ image: 'busybox', name: 'c1', volumes: ['data:/data'] })
    w.t = must(removeContainer(w.t, c.id, { volumes: true }))
    expect(w.t.volumes.has(volumeKey(HOST, 'data'))).toBe(true)
  })

  it('uses a volume made by docker volume create', () => {
    const w = new World()
    w.t = must(createVolume(w.t, HOST, 'made')).topology
    const c = w.create({ image: 'busybox', name: 'c1', volumes: ['made:/m'] })
    expect(mountsOf(c)).toEqual(['volume:made:/m:rw'])
    expect([...w.t.volumes.values()].filter((v) => v.name === 'made')).toHaveLength(1)
  })
})

describe('anonymous volumes and binds (docker-semantics §15)', () => {
  it('gives -v /path an anonymous volume with a 64-hex name, removed by rm -v', () => {
    const w = new World()
    const c = w.create({ image: 'busybox', name: 'c1', volumes: ['/cache'] })
    const m = c.mounts[0]
    expect(m?.type).toBe('volume')
    expect(m?.anonymous).toBe(true)
    expect(m?.source).toMatch(/^[0-9a-f]{64}$/)
    expect(w.t.volumes.has(volumeKey(HOST, m?.source ?? ''))).toBe(true)
    w.t = must(removeContainer(w.t, c.id, { volumes: true }))
    expect(w.t.volumes.has(volumeKey(HOST, m?.source ?? ''))).toBe(false)
  })

  it('keeps the anonymous volume on rm without -v', () => {
    const w = new World()
    const c = w.create({ image: 'busybox', name: 'c1', volumes: ['/cache'] })
    const source = c.mounts[0]?.source ?? ''
    w.t = must(removeContainer(w.t, c.id))
    expect(w.t.volumes.has(volumeKey(HOST, source))).toBe(true)
  })

  it('removes the anonymous volumes of a --rm container when it stops', () => {
    const w = new World()
    const c = w.run({
      image: 'busybox',
      name: 'c1',
      cmd: SLEEP,
      volumes: ['/cache'],
      autoRemove: true,
    })
    const source = c.mounts[0]?.source ?? ''
    w.t = must(stopContainer(w.t, c.id))
    expect(w.t.volumes.has(volumeKey(HOST, source))).toBe(false)
  })

  it('mounts a host directory for -v /hostdir:/path', () => {
    const w = new World()
    const c = w.create({ image: 'busybox', name: 'c1', volumes: ['/srv/site:/usr/share/html:ro'] })
    expect(mountsOf(c)).toEqual(['bind:/srv/site:/usr/share/html:ro'])
    expect(locateFile(c, '/usr/share/html/index.html')).toEqual({
      kind: 'bind',
      host: HOST,
      path: '/srv/site/index.html',
      rw: false,
    })
  })
})

describe('--volumes-from (docker-semantics §15)', () => {
  it('copies every mount of the donor at the same destinations, keeping their modes', () => {
    const w = new World()
    w.create({
      image: 'busybox',
      name: 'store',
      volumes: ['data:/data', '/cache', '/srv/conf:/conf:ro'],
    })
    const store = w.get('store')
    const c = w.create({ image: 'busybox', name: 'user', volumesFrom: ['store'] })
    expect(mountsOf(c)).toEqual(mountsOf(store))
    expect(mountsOf(c)).toContain('bind:/srv/conf:/conf:ro')
    expect(mountsOf(c)).toContain('volume:data:/data:rw')
  })

  it('forces every copied mount read-only with :ro', () => {
    const w = new World()
    w.create({ image: 'busybox', name: 'store', volumes: ['data:/data', '/cache'] })
    const c = w.create({ image: 'busybox', name: 'user', volumesFrom: ['store:ro'] })
    expect(c.mounts.map((m) => m.rw)).toEqual([false, false])
  })

  it('shares the donor anonymous volume rather than making a new one', () => {
    const w = new World()
    const store = w.create({ image: 'busybox', name: 'store', volumes: ['/cache'] })
    const c = w.create({ image: 'busybox', name: 'user', volumesFrom: ['store'] })
    expect(c.mounts[0]?.source).toBe(store.mounts[0]?.source)
    expect(locateFile(c, '/cache/x')).toEqual(locateFile(store, '/cache/x'))
  })

  it('accepts a donor that is stopped', () => {
    const w = new World()
    w.run({ image: 'busybox', name: 'store', cmd: SLEEP, volumes: ['data:/data'] })
    w.stop('store')
    const c = w.run({ image: 'busybox', name: 'user', cmd: SLEEP, volumesFrom: ['store'] })
    expect(mountsOf(c)).toEqual(['volume:data:/data:rw'])
  })
})

describe('volume names and forced removal (Engine 28)', () => {
  // moby v28.2.2 volume/local/local.go validateName; volume/service/errors.go OpErr ("create a: ...").
  it('says a one-character name is too short, for volume create and for -v', () => {
    const w = new World()
    const short =
      'create a: volume name is too short, names should be at least two alphanumeric characters'
    expect(refused(createVolume(w.t, HOST, 'a'))).toBe(short)
    expect(refused(createVolume(w.t, HOST, '-'))).toBe(
      'create -: volume name is too short, names should be at least two alphanumeric characters',
    )
    expect(refused(createVolume(w.t, HOST, '-a'))).toContain('includes invalid characters')
    expect(refused(createContainer(w.t, HOST, { image: 'busybox', volumes: ['a:/x'] }))).toBe(short)
  })

  // moby v28.2.2 volume/service/service.go Remove: a missing volume with PurgeOnError is no error.
  it('removes a missing volume with force without error, and still refuses one in use', () => {
    const w = new World()
    expect(refused(removeVolume(w.t, HOST, 'gone'))).toBe('get gone: no such volume')
    expect(must(removeVolume(w.t, HOST, 'gone', { force: true }))).toBe(w.t)
    const c = w.create({ image: 'busybox', name: 'c1', volumes: ['data:/data'] })
    expect(refused(removeVolume(w.t, HOST, 'data', { force: true }))).toBe(
      `remove data: volume is in use - [${c.id}]`,
    )
  })
})

describe('--volumes-from modes and duplicate targets (Engine 28)', () => {
  // moby v28.2.2 daemon/volumes.go registerMountPoints: `RW: m.RW && parser.ReadWrite(mode)`.
  it('keeps a read-only mount read-only under :rw, and makes any mount read-only under :ro', () => {
    const w = new World()
    w.create({ image: 'busybox', name: 'src', volumes: ['data:/data:ro', 'logs:/logs'] })
    const rw = w.create({ image: 'busybox', name: 'c1', volumesFrom: ['src:rw'] })
    expect(mountsOf(rw)).toEqual(['volume:data:/data:ro', 'volume:logs:/logs:rw'])
    const ro = w.create({ image: 'busybox', name: 'c2', volumesFrom: ['src:ro'] })
    expect(mountsOf(ro)).toEqual(['volume:data:/data:ro', 'volume:logs:/logs:ro'])
    const plain = w.create({ image: 'busybox', name: 'c3', volumesFrom: ['src'] })
    expect(mountsOf(plain)).toEqual(['volume:data:/data:ro', 'volume:logs:/logs:rw'])
  })

  // moby v28.2.2 volume/mounts/linux_parser.go ParseVolumesFrom, mounts.go errInvalidMode.
  it('refuses an unknown, propagation or copy mode with "invalid mode"', () => {
    const w = new World()
    w.create({ image: 'busybox', name: 'src', volumes: ['data:/data'] })
    for (const mode of ['bar', 'shared', 'nocopy', 'ro,rw']) {
      const r = createContainer(w.t, HOST, { image: 'busybox', volumesFrom: [`src:${mode}`] })
      expect(refused(r)).toBe(`invalid mode: ${mode}`)
    }
    const z = createContainer(w.t, HOST, { image: 'busybox', volumesFrom: ['src:ro,z'] })
    expect(z.ok).toBe(true)
    const empty = createContainer(w.t, HOST, { image: 'busybox', volumesFrom: [''] })
    expect(refused(empty)).toBe('volumes-from specification cannot be an empty string')
  })

  // moby v28.2.2 daemon/volumes.go (binds[bind.Destination]) and daemon/errors.go
  // duplicateMountPointError; the target is path.Clean'ed (linux_parser.go).
  it('refuses two binds on one target, but lets a bind shadow an anonymous volume', () => {
    const w = new World()
    const dup = createContainer(w.t, HOST, { image: 'busybox', volumes: ['a1:/x', 'b1:/x/'] })
    expect(refused(dup)).toBe('Duplicate mount point: /x')
    const c = w.create({ image: 'busybox', name: 'c1', volumes: ['/x', 'a1:/x'] })
    expect(mountsOf(c)).toEqual(['volume:a1:/x:rw'])
  })

  it('lets a bind replace a --volumes-from mount on the same target', () => {
    const w = new World()
    w.create({ image: 'busybox', name: 'src', volumes: ['data:/data'] })
    const c = w.create({
      image: 'busybox',
      name: 'c1',
      volumes: ['other:/data'],
      volumesFrom: ['src'],
    })
    expect(mountsOf(c)).toEqual(['volume:other:/data:rw'])
  })
})
