// Name resolution from inside a container: /etc/hosts (links, --add-host) and Docker's embedded
// DNS on user-defined networks. Reference: docker-semantics.md §4 (links on user networks),
// §5.2 (what 127.0.0.11 answers), §2.2 (link names through /etc/hosts).
import { describe, expect, it } from 'vitest'
import {
  connectContainer,
  createContainer,
  disconnectContainer,
  isAnswer,
  renameContainer,
  resolveName,
  shortId,
} from './index'
import { HOST, SLEEP, must, refused, World } from '../test/world'

/** The addresses `name` resolves to from inside `from`, or null when it does not resolve. */
function lookup(w: World, from: string, name: string): readonly string[] | null {
  const r = resolveName(w.t, w.get(from), name)
  return isAnswer(r) ? r.addresses : null
}

describe('embedded DNS names on a user-defined network (docker-semantics §5.2)', () => {
  function world(): World {
    const w = new World()
    w.network('app')
    w.run({ image: 'nginx', name: 'web', network: 'app', aliases: ['www'], hostname: 'front' })
    w.run({ image: 'busybox', name: 'client', network: 'app', cmd: SLEEP })
    return w
  }

  it('resolves the container name', () => {
    expect(lookup(world(), 'client', 'web')).toEqual(['172.18.0.2'])
  })

  it('resolves a --network-alias', () => {
    expect(lookup(world(), 'client', 'www')).toEqual(['172.18.0.2'])
  })

  it('resolves the 12-character short id', () => {
    const w = world()
    expect(lookup(w, 'client', shortId(w.get('web').id))).toEqual(['172.18.0.2'])
  })

  it('resolves the container hostname (-h)', () => {
    expect(lookup(world(), 'client', 'front')).toEqual(['172.18.0.2'])
  })

  it('resolves name.network, but not with a further domain appended', () => {
    const w = world()
    expect(lookup(w, 'client', 'web.app')).toEqual(['172.18.0.2'])
    expect(lookup(w, 'client', 'web.app.example')).toBeNull()
  })

  it('resolves a generated name of a container started without --name (since v25)', () => {
    const w = world()
    const anon = w.run({ image: 'busybox', network: 'app', cmd: SLEEP })
    expect(anon.name).toMatch(/^[a-z]+_[a-z]+\d*$/)
    expect(lookup(w, 'client', anon.name)).toEqual(['172.18.0.4'])
  })

  it('returns every address of an alias several containers share', () => {
    const w = new World()
    w.network('app')
    w.run({ image: 'nginx', name: 'n1', network: 'app', aliases: ['svc'] })
    w.run({ image: 'nginx', name: 'n2', network: 'app', aliases: ['svc'] })
    w.run({ image: 'busybox', name: 'client', network: 'app', cmd: SLEEP })
    expect([...(lookup(w, 'client', 'svc') ?? [])].sort()).toEqual(['172.18.0.2', '172.18.0.3'])
  })
})

describe('scope of the embedded DNS (docker-semantics §5.2, §12)', () => {
  it('does not resolve a container that is only on another network', () => {
    const w = new World()
    w.network('n1')
    w.network('n2')
    w.run({ image: 'nginx', name: 'web', network: 'n1' })
    w.run({ image: 'busybox', name: 'other', network: 'n2', cmd: SLEEP })
    expect(lookup(w, 'other', 'web')).toBeNull()
    expect(lookup(w, 'other', 'web.n1')).toBeNull()
  })

  it('answers a container on two networks with the address of the network asked through', () => {
    const w = new World()
    w.network('n1')
    w.network('n2')
    w.run({ image: 'nginx', name: 'web', network: 'n1' })
    w.t = must(connectContainer(w.t, HOST, 'n2', 'web'))
    w.run({ image: 'busybox', name: 'c2', network: 'n2', cmd: SLEEP })
    expect(lookup(w, 'c2', 'web')).toEqual([w.ip('web', 'n2')])
    expect(lookup(w, 'c2', 'web.n2')).toEqual([w.ip('web', 'n2')])
  })

  it('keeps a --network-alias to the network it was given on', () => {
    const w = new World()
    w.network('n1')
    w.network('n2')
    w.run({ image: 'nginx', name: 'web', network: 'n1', aliases: ['www'] })
    w.t = must(connectContainer(w.t, HOST, 'n2', 'web'))
    w.run({ image: 'busybox', name: 'c2', network: 'n2', cmd: SLEEP })
    expect(lookup(w, 'c2', 'web')).not.toBeNull()
    expect(lookup(w, 'c2', 'www')).toBeNull()
  })

  it('drops a stopped container from DNS and brings it back when it starts again', () => {
    const w = new World()
    w.network('app')
    w.run({ image: 'nginx', name: 'web', network: 'app', aliases: ['www'] })
    w.run({ image: 'busybox', name: 'client', network: 'app', cmd: SLEEP })
    w.stop('web')
    expect(lookup(w, 'client', 'web')).toBeNull()
    expect(lookup(w, 'client', 'www')).toBeNull()
    w.start('web')
    expect(lookup(w, 'client', 'web')).toEqual([w.ip('web', 'app')])
  })

  it('drops the names on a network the container is disconnected from', () => {
    const w = new World()
    w.network('app')
    w.run({ image: 'nginx', name: 'web', network: 'app' })
    w.run({ image: 'busybox', name: 'client', network: 'app', cmd: SLEEP })
    w.t = must(disconnectContainer(w.t, HOST, 'app', 'web'))
    expect(lookup(w, 'client', 'web')).toBeNull()
  })

  it('resolves the new name after docker rename, and no longer the old one (§1)', () => {
    const w = new World()
    w.network('app')
    w.run({ image: 'nginx', name: 'web', network: 'app' })
    w.run({ image: 'busybox', name: 'client', network: 'app', cmd: SLEEP })
    w.t = must(renameContainer(w.t, w.get('web').id, 'frontend'))
    expect(lookup(w, 'client', 'frontend')).toEqual(['172.18.0.2'])
    expect(lookup(w, 'client', 'web')).toBeNull()
  })

  it('resolves for a --network container:X joiner what its donor resolves (§9)', () => {
    const w = new World()
    w.network('app')
    w.run({ image: 'nginx', name: 'web', network: 'app' })
    w.run({ image: 'busybox', name: 'donor', network: 'app', cmd: SLEEP })
    w.run({ image: 'busybox', name: 'joiner', network: 'container:donor', cmd: SLEEP })
    expect(lookup(w, 'joiner', 'web')).toEqual(['172.18.0.2'])
  })
})

describe('--link on a user-defined network is a private DNS alias (docker-semantics §4)', () => {
  it('lets only the declaring container resolve the alias', () => {
    const w = new World()
    w.network('app')
    w.run({ image: 'nginx', name: 'web', network: 'app' })
    w.run({ image: 'busybox', name: 'parent', network: 'app', cmd: SLEEP, links: ['web:front'] })
    w.run({ image: 'busybox', name: 'bystander', network: 'app', cmd: SLEEP })
    expect(lookup(w, 'parent', 'front')).toEqual(['172.18.0.2'])
    expect(lookup(w, 'bystander', 'front')).toBeNull()
    expect(lookup(w, 'bystander', 'web')).toEqual(['172.18.0.2'])
  })

  it('accepts a link to a container that does not exist yet; the alias works once it runs there', () => {
    const w = new World()
    w.network('app')
    w.run({ image: 'busybox', name: 'first', network: 'app', cmd: SLEEP, links: ['third:bar'] })
    expect(lookup(w, 'first', 'bar')).toBeNull()
    w.run({ image: 'nginx', name: 'third', network: 'app' })
    expect(lookup(w, 'first', 'bar')).toEqual(['172.18.0.3'])
  })

  it('scopes the alias to its network: disconnecting the target there breaks only that alias', () => {
    const w = new World()
    w.network('foo1')
    w.network('foo2')
    w.run({ image: 'busybox', name: 'first', network: 'foo1', cmd: SLEEP })
    w.t = must(connectContainer(w.t, HOST, 'foo2', 'first'))
    w.run({
      image: 'busybox',
      name: 'second',
      network: 'foo1',
      cmd: SLEEP,
      links: ['first:FirstInFoo1'],
    })
    w.t = must(connectContainer(w.t, HOST, 'foo2', 'second', { links: ['first:FirstInFoo2'] }))
    expect(lookup(w, 'second', 'FirstInFoo1')).toEqual([w.ip('first', 'foo1')])
    expect(lookup(w, 'second', 'FirstInFoo2')).toEqual([w.ip('first', 'foo2')])
    w.t = must(disconnectContainer(w.t, HOST, 'foo1', 'first'))
    expect(lookup(w, 'second', 'FirstInFoo1')).toBeNull()
    expect(lookup(w, 'second', 'FirstInFoo2')).toEqual([w.ip('first', 'foo2')])
  })
})

describe('the default bridge has no embedded DNS (docker-semantics §5.2, §2.2)', () => {
  it('does not let a container on the default bridge resolve another by name', () => {
    const w = new World()
    w.run({ image: 'nginx', name: 'web', hostname: 'front' })
    w.run({ image: 'busybox', name: 'client', cmd: SLEEP })
    expect(lookup(w, 'client', 'web')).toBeNull()
    expect(lookup(w, 'client', 'front')).toBeNull()
    expect(lookup(w, 'client', shortId(w.get('web').id))).toBeNull()
  })

  it('resolves a legacy link alias, the child hostname and name through /etc/hosts', () => {
    const w = new World()
    w.run({ image: 'training/postgres', name: 'db', hostname: 'pg' })
    w.run({ image: 'busybox', name: 'web', cmd: SLEEP, links: ['db:webdb'] })
    expect(lookup(w, 'web', 'webdb')).toEqual(['172.17.0.2'])
    expect(lookup(w, 'web', 'pg')).toEqual(['172.17.0.2'])
    expect(lookup(w, 'web', 'db')).toEqual(['172.17.0.2'])
  })

  it('gives the link names to the parent only, not to other containers on the bridge', () => {
    const w = new World()
    w.run({ image: 'training/postgres', name: 'db' })
    w.run({ image: 'busybox', name: 'web', cmd: SLEEP, links: ['db:db'] })
    w.run({ image: 'busybox', name: 'other', cmd: SLEEP })
    expect(lookup(w, 'other', 'db')).toBeNull()
    expect(lookup(w, 'db', 'web')).toBeNull()
  })

  it('resolves --add-host names from /etc/hosts', () => {
    const w = new World()
    w.run({
      image: 'busybox',
      name: 'c1',
      cmd: SLEEP,
      addHosts: [{ name: 'extra', ip: '86.75.30.9' }],
    })
    expect(lookup(w, 'c1', 'extra')).toEqual(['86.75.30.9'])
  })
})

describe('network-scoped aliases need a user-defined network (docker-semantics §5.2)', () => {
  it('refuses --network-alias on the default bridge', () => {
    const w = new World()
    const msg = refused(createContainer(w.t, HOST, { image: 'busybox', aliases: ['x1'] }))
    expect(msg).toBe('network-scoped aliases are only supported for user-defined networks')
  })

  it('refuses network connect --alias on the default bridge', () => {
    const w = new World()
    w.network('app')
    w.create({ image: 'busybox', name: 'c1', network: 'app' })
    const msg = refused(connectContainer(w.t, HOST, 'bridge', 'c1', { aliases: ['x1'] }))
    expect(msg).toBe('network-scoped aliases are only supported for user-defined networks')
  })
})
