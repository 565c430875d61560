/**
 * Test helpers for the engine: a mutable handle on the immutable Topology, advanced only
 * through the engine's own operations, on host `default`. Imported only by *.test.ts files.
 */
import { expect } from 'vitest'
import {
  createContainer,
  createNetwork,
  createTopology,
  errorText,
  findContainer,
  findNetwork,
  startContainer,
  stopContainer,
  type Container,
  type ContainerSpec,
  type EngineError,
  type Network,
  type NetworkSpec,
  type Result,
  type Topology,
} from '../engine'

export const HOST = 'default'

/** A long-running command for plain images. */
export const SLEEP = ['sleep', '3600']

/** The operation's value; throws (failing the test) when the engine refused it. */
export function must<T>(r: Result<T, EngineError>): T {
  if (!r.ok) throw new Error(`refused: ${errorText(r.error)}`)
  return r.value
}

/** The refusal's message; fails the test when the operation went through. */
export function refused<T>(r: Result<T, EngineError>): string {
  expect(r.ok).toBe(false)
  return r.ok ? '' : errorText(r.error)
}

export class World {
  t: Topology = createTopology()

  network(name: string, spec: Omit<NetworkSpec, 'name'> = {}, host = HOST): Network {
    const r = must(createNetwork(this.t, host, { name, ...spec }))
    this.t = r.topology
    return r.network
  }

  create(spec: ContainerSpec, host = HOST): Container {
    const r = must(createContainer(this.t, host, spec))
    this.t = r.topology
    return r.container
  }

  run(spec: ContainerSpec, host = HOST): Container {
    const c = this.create(spec, host)
    return this.start(c.id, host)
  }

  start(ref: string, host = HOST): Container {
    this.t = must(startContainer(this.t, this.get(ref, host).id))
    return this.get(ref, host)
  }

  stop(ref: string, host = HOST): Container {
    this.t = must(stopContainer(this.t, this.get(ref, host).id))
    return this.get(ref, host)
  }

  get(ref: string, host = HOST): Container {
    const c = findContainer(this.t, host, ref)
    if (!c) throw new Error(`no container ${ref} on ${host}`)
    return c
  }

  /** The address a container holds on a network (by name), or null. */
  ip(ref: string, network = 'bridge', host = HOST): string | null {
    const net = findNetwork(this.t, host, network)
    return this.get(ref, host).endpoints.find((e) => e.networkId === net?.id)?.ip ?? null
  }
}
