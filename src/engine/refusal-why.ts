/**
 * Why Docker refused a command, from its coded refusal (error-core.ts) and the world it met: the
 * rule that decided, as data (why-rule.ts), and the facts that show it (the container that holds
 * the name or the port, the state of the one linked to...). Refusals whose words already say it
 * all (a malformed flag value) have none.
 */
import type { EngineError } from './error-core'
import { explainedRefusal } from './refusal-codes'
import type { Container, Topology } from './model'
import type { RefusalWhy } from './why-rule'

export type { RefusalWhy } from './why-rule'

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
        rule: {
          kind: 'name-in-use',
          host,
          name: refused.params.name,
          holderState: holder?.state ?? null,
        },
        evidence: holder ? [listed(holder)] : [],
      }
    }
    case 'LINK_NOT_RUNNING': {
      const child = byName(t, host, refused.params.child)
      return {
        rule: { kind: 'link-not-running', child: refused.params.child },
        evidence: child ? [listed(child)] : [],
      }
    }
    case 'LINK_TARGET_MISSING': {
      const others = elsewhere(t, host, refused.params.ref)
      return {
        rule: {
          kind: 'link-target-missing',
          host,
          ref: refused.params.ref,
          elsewhere: others.length > 0,
        },
        evidence: others.map((c) => ({ kind: 'runs-on', container: c.name, host: c.host })),
      }
    }
    case 'LINK_HOST_NETWORK':
    case 'LINK_CONTAINER_NETWORK':
      return {
        rule: { kind: 'link-without-network' },
        evidence: [],
      }
    case 'CONFLICT_PUBLISH':
      return {
        rule: { kind: 'publish-joined' },
        evidence: [],
      }
    case 'JOIN_NOT_RUNNING': {
      const donor = byName(t, host, refused.params.id) ?? byId(t, refused.params.id)
      return {
        rule: {
          kind: 'join-not-running',
          donor: donor?.name ?? short(refused.params.id),
          state: refused.params.state,
        },
        evidence: donor ? [listed(donor)] : [],
      }
    }
    case 'PORT_ALLOCATED':
    case 'CONNECT_PORT_ALLOCATED': {
      const { hostIp, port } = refused.params
      const holder = portHolder(t, host, hostIp, port)
      return {
        rule: { kind: 'port-allocated', host, hostIp, port, holder: holder?.name ?? null },
        evidence: holder ? [listed(holder)] : [],
      }
    }
    case 'NOT_RUNNING': {
      const c = byId(t, refused.params.id)
      return {
        rule: {
          kind: 'exec-not-running',
          container: c?.name ?? short(refused.params.id),
          state: c?.state ?? null,
        },
        evidence: c ? [listed(c)] : [],
      }
    }
    case 'RUNNING_REMOVE': {
      const c = byName(t, host, refused.params.ref) ?? byId(t, refused.params.ref)
      return {
        rule: { kind: 'remove-running', ref: refused.params.ref },
        evidence: c ? [listed(c)] : [],
      }
    }
    case 'NETWORK_ACTIVE_ENDPOINTS':
      return {
        rule: { kind: 'network-in-use' },
        evidence: [
          {
            kind: 'attached',
            network: refused.params.name,
            endpoints: refused.params.endpoints,
          },
        ],
      }
    case 'VOLUME_IN_USE': {
      const users = refused.params.ids.split(', ').flatMap((id) => byId(t, id) ?? [])
      return {
        rule: { kind: 'volume-in-use' },
        evidence: users.map(listed),
      }
    }
    case 'STATIC_IP_DEFAULT':
      return {
        rule: { kind: 'static-ip-default' },
        evidence: [],
      }
    case 'STATIC_IP_NO_SUBNET':
      return {
        rule: { kind: 'static-ip-no-subnet' },
        evidence: [],
      }
    case 'NO_SUCH_CONTAINER': {
      const others = elsewhere(t, host, refused.params.ref)
      return others.length > 0
        ? {
            rule: {
              kind: 'other-host',
              host,
              ref: refused.params.ref,
              hosts: others.map((c) => c.host),
            },
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
