/**
 * Why Docker refused a command, from its coded refusal (error-core.ts) and the world it met: one
 * short paragraph naming the rule that decided, and the facts that show it (the container that
 * holds the name or the port, the state of the one linked to...). Refusals whose words already
 * say it all (a malformed flag value) have none.
 */
import type { EngineError } from './error-core'
import { explainedRefusal } from './refusal-codes'
import type { Container, Topology } from './model'

export interface RefusalWhy {
  readonly rule: string
  readonly evidence: readonly string[]
}

const short = (id: string) => id.slice(0, 12)

/** A container as `docker ps -a` would list it, in one line. */
export function listed(c: Container): string {
  const ports = c.ports.map((p) => `${p.hostIp}:${p.hostPort}->${p.containerPort}/${p.proto}`)
  return [short(c.id), c.image, c.state, ...(ports.length > 0 ? [ports.join(', ')] : []), c.name]
    .join('   ')
    .trim()
}

/** The containers, on other hosts than `host`, called `ref`. */
function elsewhere(t: Topology, host: string, ref: string): Container[] {
  return [...t.containers.values()].filter((c) => c.host !== host && c.name === ref)
}

/** The running container on `host` whose docker-proxy holds `hostIp:port` (any address: 0.0.0.0). */
function portHolder(t: Topology, host: string, hostIp: string, port: number): Container | null {
  const any = (ip: string) => ip === '' || ip === '0.0.0.0' || ip === '::'
  for (const c of t.containers.values())
    if (
      c.host === host &&
      c.state === 'running' &&
      c.ports.some(
        (p) => p.hostPort === port && (any(p.hostIp) || any(hostIp) || p.hostIp === hostIp),
      )
    )
      return c
  return null
}

const byId = (t: Topology, id: string) =>
  t.containers.get(id) ?? [...t.containers.values()].find((c) => c.id.startsWith(id)) ?? null

const byName = (t: Topology, host: string, name: string) =>
  [...t.containers.values()].find((c) => c.host === host && c.name === name) ?? null

/** Why `refused` happened on `host` of `t` (the world the command met), when there is more to say. */
export function refusalWhy(t: Topology, host: string, error: EngineError): RefusalWhy | null {
  const refused = explainedRefusal(error)
  if (!refused) return null
  switch (refused.code) {
    case 'NAME_IN_USE':
    case 'RENAME_NAME_IN_USE': {
      const holder = byId(t, refused.params.id)
      return {
        rule: `A container's name is unique on its host: the daemon of host ${host} keeps one table of names, and "${refused.params.name}" already names a container there${holder ? ` (${holder.state})` : ''}, even a stopped one. Remove it (docker rm -f), rename it, or give this one another name.`,
        evidence: holder ? [listed(holder)] : [],
      }
    }
    case 'LINK_NOT_RUNNING': {
      const child = byName(t, host, refused.params.child)
      return {
        rule: `A link is made when the container starts, from the linked container's address and ports: ${refused.params.child} is not running, so it has no address to write into /etc/hosts and the link variables. Start ${refused.params.child} first.`,
        evidence: child ? [listed(child)] : [],
      }
    }
    case 'LINK_TARGET_MISSING': {
      const others = elsewhere(t, host, refused.params.ref)
      const across = others.map((c) => `${c.name} runs on host ${c.host}`)
      return {
        rule: `--link names a container on the same host: no container on host ${host} is called ${refused.params.ref}.${others.length > 0 ? ' Links never cross hosts: across hosts, publish the port on the other host and connect to that host’s address, or put an ambassador on each side.' : ''}`,
        evidence: across,
      }
    }
    case 'LINK_HOST_NETWORK':
    case 'LINK_CONTAINER_NETWORK':
      return {
        rule: `A link writes the linked container into the new container's own /etc/hosts and environment, on the default bridge. With --network host or container:NAME the container has no network of its own to link from, so Docker refuses the two together: on a user-defined network, names need no link.`,
        evidence: [],
      }
    case 'CONFLICT_PUBLISH':
      return {
        rule: `-p publishes a port of the container's own network namespace. Joined to another's (--network container:NAME) it has none: publish the port on the container it joins.`,
        evidence: [],
      }
    case 'JOIN_NOT_RUNNING': {
      const donor = byName(t, host, refused.params.id) ?? byId(t, refused.params.id)
      return {
        rule: `--network container:NAME shares that container's network namespace, which exists only while it runs: ${donor?.name ?? short(refused.params.id)} is ${refused.params.state}. Start it first.`,
        evidence: donor ? [listed(donor)] : [],
      }
    }
    case 'PORT_ALLOCATED':
    case 'CONNECT_PORT_ALLOCATED': {
      const { hostIp, port } = refused.params
      const holder = portHolder(t, host, hostIp, port)
      return {
        rule: `A host port is bound once per address on a host: ${holder ? `docker-proxy for ${holder.name} already listens on ${hostIp}:${port} on host ${host}` : `${hostIp}:${port} is already taken on host ${host}`}. Publish another host port (-p ${port + 1}:…) or stop the container that holds it. The new container was created, not started: it keeps its name until removed.`,
        evidence: holder ? [listed(holder)] : [],
      }
    }
    case 'NOT_RUNNING': {
      const c = byId(t, refused.params.id)
      return {
        rule: `docker exec runs a process inside a running container's namespaces: ${c?.name ?? short(refused.params.id)} is ${c?.state ?? 'not running'}. Start it first.`,
        evidence: c ? [listed(c)] : [],
      }
    }
    case 'RUNNING_REMOVE': {
      const c = byName(t, host, refused.params.ref) ?? byId(t, refused.params.ref)
      return {
        rule: `docker rm removes a stopped container: ${refused.params.ref} is running. Stop it first, or remove it with -f, which kills it.`,
        evidence: c ? [listed(c)] : [],
      }
    }
    case 'NETWORK_ACTIVE_ENDPOINTS':
      return {
        rule: `A network is removed only when no running container is attached to it: disconnect them (docker network disconnect) or stop them first.`,
        evidence: [`attached to ${refused.params.name}: ${refused.params.endpoints}`],
      }
    case 'VOLUME_IN_USE': {
      const users = refused.params.ids.split(', ').flatMap((id) => byId(t, id) ?? [])
      return {
        rule: `A volume is kept while a container uses it, even a stopped one: remove the container first (its data stays in the volume until the volume goes).`,
        evidence: users.map(listed),
      }
    }
    case 'STATIC_IP_DEFAULT':
      return {
        rule: `--ip chooses an address on a user-defined network: on the default bridge Docker hands addresses out in order. Create a network with --subnet and run the container on it with --ip.`,
        evidence: [],
      }
    case 'STATIC_IP_NO_SUBNET':
      return {
        rule: `--ip chooses an address from a subnet the user gave: this network was created without --subnet. Create one with --subnet (docker network create --subnet 172.30.0.0/16 NAME).`,
        evidence: [],
      }
    case 'NO_SUCH_CONTAINER': {
      const others = elsewhere(t, host, refused.params.ref)
      return others.length > 0
        ? {
            rule: `Each host's daemon knows only its own containers: this command went to host ${host}, and ${refused.params.ref} runs on ${others.map((c) => `host ${c.host}`).join(', ')}. Send it there with docker --context HOST.`,
            evidence: others.map((c) => `${c.host}: ${listed(c)}`),
          }
        : null
    }
    default:
      return null
  }
}

/**
 * Whether Docknet has more to say about `error` than Docker's message, in the world `t` it left:
 * its code is one of the explained ones, and for "No such container" the name is taken on
 * another host (a name used nowhere is all the message says).
 */
export function refusalExplainable(t: Topology, error: EngineError): boolean {
  const refused = explainedRefusal(error)
  if (!refused) return false
  if (refused.code !== 'NO_SUCH_CONTAINER') return true
  const ref = refused.params.ref
  return [...t.containers.values()].some((c) => c.name === ref)
}
