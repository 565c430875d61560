// docker start / stop / restart / rm / rename: the checks Docker makes at start (links, joined
// namespaces, addresses) and the refusals of rm and rename. Reference: docker-semantics.md §1,
// §2.1 (checks at start), §9 (joined namespaces), §15 (--rm and volumes).
import { describe, expect, it } from 'vitest'
import {
  connectContainer,
  findContainer,
  removeContainer,
  renameContainer,
  restartContainer,
  startContainer,
  stopContainer,
} from './index'
import { HOST, SLEEP, must, refused, World } from '../test/world'

/** A refused start: no topology comes back and the container keeps its state. */
function startRefusal(w: World, ref: string): string {
  const before = w.get(ref).state
  const r = startContainer(w.t, w.get(ref).id)
  const msg = refused(r)
  expect('value' in r).toBe(false)
  expect(w.get(ref).state).toBe(before)
  return msg
}

describe('link checks at start (docker-semantics §2.1)', () => {
  it('refuses to start a parent whose child is not running, leaving it created', () => {
    const w = new World()
    w.create({ image: 'training/postgres', name: 'db' })
    w.create({ image: 'busybox', name: 'web', cmd: SLEEP, links: ['db:db'] })
    expect(startRefusal(w, 'web')).toBe('Cannot link to a non running container: /db AS /web/db')
    expect(w.get('web').state).toBe('created')
  })

  it('names the child and the full link name /parent/alias', () => {
    const w = new World()
    w.create({ image: 'training/postgres', name: 'db' })
    w.create({ image: 'busybox', name: 'web', cmd: SLEEP, links: ['db:webdb'] })
    expect(startRefusal(w, 'web')).toBe('Cannot link to a non running container: /db AS /web/webdb')
  })

  it('refuses to start the parent again after the child stopped', () => {
    const w = new World()
    w.run({ image: 'training/postgres', name: 'db' })
    w.run({ image: 'busybox', name: 'web', cmd: SLEEP, links: ['db:db'] })
    w.stop('db')
    w.stop('web')
    expect(startRefusal(w, 'web')).toBe('Cannot link to a non running container: /db AS /web/db')
    expect(refused(restartContainer(w.t, w.get('web').id))).toBe(
      'Cannot link to a non running container: /db AS /web/db',
    )
  })

  it('refuses a child that is not on the default bridge, naming its full id (Engine 28)', () => {
    const w = new World()
    w.network('app')
    const db = w.run({ image: 'training/postgres', name: 'db', network: 'app' })
    w.create({ image: 'busybox', name: 'web', cmd: SLEEP, links: ['db:db'] })
    expect(startRefusal(w, 'web')).toBe(`container ${db.id} not attached to default bridge network`)
  })

  it('starts the parent once the child is connected to the default bridge', () => {
    const w = new World()
    w.network('app')
    w.run({ image: 'training/postgres', name: 'db', network: 'app' })
    w.create({ image: 'busybox', name: 'web', cmd: SLEEP, links: ['db:db'] })
    w.t = must(connectContainer(w.t, HOST, 'bridge', 'db'))
    expect(w.start('web').state).toBe('running')
  })

  it('starts the parent once the child runs', () => {
    const w = new World()
    w.create({ image: 'training/postgres', name: 'db' })
    w.create({ image: 'busybox', name: 'web', cmd: SLEEP, links: ['db:db'] })
    w.start('db')
    expect(w.start('web').state).toBe('running')
  })
})

describe('joined namespaces at start (docker-semantics §9)', () => {
  it('refuses to join a donor that is not running, naming it and its state', () => {
    // daemon/container_operations.go getNetworkedContainer prints the donor's name
    // (strings.TrimPrefix(nc.Name, "/")), as in `--network container:X` ... `container X is exited`.
    const w = new World()
    w.run({ image: 'busybox', name: 'donor', cmd: SLEEP })
    w.create({ image: 'busybox', name: 'joiner', network: 'container:donor', cmd: SLEEP })
    w.stop('donor')
    expect(startRefusal(w, 'joiner')).toBe(
      'cannot join network namespace of a non running container: container donor is exited',
    )
  })

  it('joins a running donor', () => {
    const w = new World()
    w.run({ image: 'busybox', name: 'donor', cmd: SLEEP })
    w.create({ image: 'busybox', name: 'joiner', network: 'container:donor', cmd: SLEEP })
    expect(w.start('joiner').state).toBe('running')
  })

  // moby v28.2.2 daemon/container_operations.go getNetworkedContainer; create does not check
  // the reference (its FIXME), so a container may name itself and fails only at start.
  it('refuses a container that names itself', () => {
    const w = new World()
    w.create({ image: 'busybox', name: 'selfish', network: 'container:selfish', cmd: SLEEP })
    expect(startRefusal(w, 'selfish')).toBe('cannot join own network namespace')
  })

  // Same function: GetContainer's error wrapped ("joining network namespace of container: %w");
  // the mode holds the donor's id (daemon_unix.go adaptSharedNamespaceContainer).
  it('refuses to start once the donor was removed, naming its id', () => {
    const w = new World()
    const donor = w.run({ image: 'busybox', name: 'donor', cmd: SLEEP })
    w.create({ image: 'busybox', name: 'joiner', network: 'container:donor', cmd: SLEEP })
    w.t = must(removeContainer(w.t, donor.id, { force: true }))
    expect(startRefusal(w, 'joiner')).toBe(
      `joining network namespace of container: No such container: ${donor.id}`,
    )
  })

  it('joins a donor made after the joiner, looked up by name at start', () => {
    const w = new World()
    w.create({ image: 'busybox', name: 'joiner', network: 'container:later', cmd: SLEEP })
    const donor = w.run({ image: 'busybox', name: 'later', cmd: SLEEP })
    const joiner = w.start('joiner')
    expect(joiner.joinedTo).toBe(donor.id)
    expect(joiner.hostname).toBe(donor.hostname)
  })
})

describe('docker stop and start', () => {
  it('releases the address on stop and takes one again on start (§6)', () => {
    const w = new World()
    w.run({ image: 'busybox', name: 'c1', cmd: SLEEP })
    expect(w.ip('c1')).toBe('172.17.0.2')
    w.stop('c1')
    expect(w.get('c1').state).toBe('exited')
    expect(w.ip('c1')).toBeNull()
    w.start('c1')
    expect(w.ip('c1')).toBe('172.17.0.2')
  })

  it('leaves a running container running when started again', () => {
    const w = new World()
    w.run({ image: 'busybox', name: 'c1', cmd: SLEEP })
    expect(w.start('c1').state).toBe('running')
    expect(w.ip('c1')).toBe('172.17.0.2')
  })

  it('removes a --rm container when it stops (§1)', () => {
    const w = new World()
    const c = w.run({ image: 'busybox', name: 'tmp', cmd: SLEEP, autoRemove: true })
    w.t = must(stopContainer(w.t, c.id))
    expect(findContainer(w.t, HOST, 'tmp')).toBeNull()
  })
})

describe('docker rm (docker-semantics §1)', () => {
  it('refuses a running container without -f, with the Engine 28 text', () => {
    const w = new World()
    const c = w.run({ image: 'busybox', name: 'web', cmd: SLEEP })
    const r = removeContainer(w.t, c.id, { ref: 'web' })
    expect(refused(r)).toBe(
      'cannot remove container "web": container is running: stop the container before removing or force remove',
    )
    expect('value' in r).toBe(false)
    expect(w.get('web').state).toBe('running')
  })

  it('removes a running container with -f and frees its name and address', () => {
    const w = new World()
    const c = w.run({ image: 'busybox', name: 'web', cmd: SLEEP })
    w.t = must(removeContainer(w.t, c.id, { force: true }))
    expect(findContainer(w.t, HOST, 'web')).toBeNull()
    w.run({ image: 'busybox', name: 'web', cmd: SLEEP })
    expect(w.ip('web')).toBe('172.17.0.2')
  })

  it('removes a stopped container without -f', () => {
    const w = new World()
    const c = w.run({ image: 'busybox', name: 'web', cmd: SLEEP })
    w.stop('web')
    w.t = must(removeContainer(w.t, c.id))
    expect(findContainer(w.t, HOST, 'web')).toBeNull()
  })
})

describe('docker rename (docker-semantics §1)', () => {
  it('refuses the current name', () => {
    const w = new World()
    const c = w.create({ image: 'busybox', name: 'web' })
    expect(refused(renameContainer(w.t, c.id, 'web'))).toBe(
      'Renaming a container with the same name as its current name',
    )
  })

  it('refuses a name in use with the conflict text', () => {
    const w = new World()
    const a = w.create({ image: 'busybox', name: 'web' })
    const b = w.create({ image: 'busybox', name: 'db' })
    // moby v28.2.2 daemon/rename.go: errors.Wrap(err, "Error when allocating new name").
    expect(refused(renameContainer(w.t, b.id, 'web'))).toBe(
      `Error when allocating new name: Conflict. The container name "/web" is already in use by container "${a.id}". You have to remove (or rename) that container to be able to reuse that name.`,
    )
  })

  // moby v28.2.2 daemon/rename.go adds the slash before daemon/names.go reserveName checks it.
  it('refuses an invalid name in its slashed form, after the same-name check', () => {
    const w = new World()
    const c = w.create({ image: 'busybox', name: 'web' })
    expect(refused(renameContainer(w.t, c.id, 'x!'))).toBe(
      'Error when allocating new name: Invalid container name (/x!), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed',
    )
    expect(refused(renameContainer(w.t, c.id, '/a'))).toBe(
      'Error when allocating new name: Invalid container name (/a), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed',
    )
    expect(refused(renameContainer(w.t, c.id, '/web'))).toBe(
      'Renaming a container with the same name as its current name',
    )
  })

  it('frees the old name', () => {
    const w = new World()
    const c = w.create({ image: 'busybox', name: 'web' })
    w.t = must(renameContainer(w.t, c.id, 'web2'))
    expect(findContainer(w.t, HOST, 'web')).toBeNull()
    expect(w.create({ image: 'busybox', name: 'web' }).name).toBe('web')
  })

  it('re-registers a renamed parent links under the new name: /newparent/alias', () => {
    const w = new World()
    const db = w.create({ image: 'busybox', name: 'db' })
    const web = w.create({ image: 'busybox', name: 'web', links: ['db:db'] })
    w.t = must(renameContainer(w.t, web.id, 'front'))
    expect(findContainer(w.t, HOST, 'front/db')?.id).toBe(db.id)
    expect(findContainer(w.t, HOST, 'web/db')).toBeNull()
  })

  it('keeps links to a renamed child working', () => {
    const w = new World()
    w.run({ image: 'training/postgres', name: 'db' })
    w.create({ image: 'busybox', name: 'web', cmd: SLEEP, links: ['db:db'] })
    w.t = must(renameContainer(w.t, w.get('db').id, 'database'))
    expect(w.start('web').state).toBe('running')
  })
})
