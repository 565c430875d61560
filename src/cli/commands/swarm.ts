/** `docker swarm init / join / join-token`: enough swarm mode for overlay networks. */
import { swarmInfo, swarmInit as initSwarm, swarmJoin as joinSwarm } from '../../engine'
import { flagString } from '../spec/parse-flags'
import type { Invocation } from '../spec/types'
import { clientError, daemonError, out, type Output } from '../output'
import type { ShellState, Step } from '../state'

function joinHint(token: string, ip: string): string {
  return `To add a worker to this swarm, run the following command:\n\n    docker swarm join --token ${token} ${ip}:2377\n\n`
}

/** init and join check --availability themselves before they ask the daemon. */
function availabilityError(call: Invocation): Output | null {
  const availability = flagString(call.flags, 'availability')
  if (
    availability === undefined ||
    ['active', 'pause', 'drain'].includes(availability.toLowerCase())
  )
    return null
  return clientError(
    `invalid availability ${JSON.stringify(availability)}, only active, pause and drain are supported`,
  )
}

export function swarmInit(state: ShellState, call: Invocation): Step {
  const refused = availabilityError(call)
  if (refused) return { state, output: refused }
  const host = state.currentHost
  const r = initSwarm(state.topology, host)
  if (!r.ok) return { state, output: daemonError(r.error) }
  const info = swarmInfo(r.value)
  if (!info) return { state, output: daemonError('swarm init failed') }
  const text =
    `Swarm initialized: current node (${info.nodeId(host)}) is now a manager.\n\n` +
    joinHint(info.token, info.managerIp) +
    "To add a manager to this swarm, run 'docker swarm join-token manager' and follow the instructions.\n\n"
  return { state: { ...state, topology: r.value }, output: out(text) }
}

export function swarmJoin(state: ShellState, call: Invocation): Step {
  const refused = availabilityError(call)
  if (refused) return { state, output: refused }
  const token = flagString(call.flags, 'token') ?? ''
  const r = joinSwarm(state.topology, state.currentHost, token, call.args[0] ?? '')
  if (!r.ok) return { state, output: daemonError(r.error) }
  return {
    state: { ...state, topology: r.value },
    output: out('This node joined a swarm as a worker.\n'),
  }
}

/** `docker swarm join-token worker|manager` (both print the worker hint here). */
export function swarmJoinToken(state: ShellState, call: Invocation): Step {
  const role = call.args[0] ?? ''
  if (role !== 'worker' && role !== 'manager')
    return { state, output: clientError(`unknown role ${role}`) }
  const info = swarmInfo(state.topology)
  if (!info || state.topology.hosts.get(state.currentHost)?.swarm !== 'manager') {
    return {
      state,
      output: daemonError(
        'This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.',
      ),
    }
  }
  return { state, output: out(joinHint(info.token, info.managerIp)) }
}
