/** `docker swarm init / join / join-token`: enough swarm mode for overlay networks. */
import { swarmInfo, swarmInit, swarmJoin } from '../../engine'
import { flagString, parseFlags } from '../spec/parse-flags'
import { argsError, daemonError, flagError, out } from '../output'
import type { ShellState, Step } from '../state'
import { groupHelp } from './group-help'

function joinHint(token: string, ip: string): string {
  return `To add a worker to this swarm, run the following command:\n\n    docker swarm join --token ${token} ${ip}:2377\n\n`
}

export function swarm(state: ShellState, argv: readonly string[]): Step {
  const [sub = '', ...rest] = argv
  if (sub === '') return { state, output: groupHelp('swarm') }
  const host = state.currentHost
  switch (sub) {
    case 'init': {
      const p = parseFlags(rest, [
        { long: 'advertise-addr', type: 'string', usage: '' },
        { long: 'listen-addr', type: 'string', usage: '' },
      ])
      if (!p.ok) return { state, output: flagError('swarm init', '[OPTIONS]', p.error) }
      const r = swarmInit(state.topology, host)
      if (!r.ok) return { state, output: daemonError(r.error.message) }
      const info = swarmInfo(r.value)
      if (!info) return { state, output: daemonError('swarm init failed') }
      const text =
        `Swarm initialized: current node (${info.nodeId(host)}) is now a manager.\n\n` +
        joinHint(info.token, info.managerIp) +
        "To add a manager to this swarm, run 'docker swarm join-token manager' and follow the instructions.\n\n"
      return { state: { ...state, topology: r.value }, output: out(text) }
    }
    case 'join': {
      const p = parseFlags(rest, [
        { long: 'token', type: 'string', usage: '' },
        { long: 'advertise-addr', type: 'string', usage: '' },
      ])
      if (!p.ok) return { state, output: flagError('swarm join', '[OPTIONS] HOST:PORT', p.error) }
      const address = p.args[0]
      if (!address || p.args.length !== 1)
        return {
          state,
          output: argsError('swarm join', '[OPTIONS] HOST:PORT', 'exactly 1 argument'),
        }
      const r = swarmJoin(state.topology, host, flagString(p.flags, 'token') ?? '', address)
      if (!r.ok) return { state, output: daemonError(r.error.message) }
      return {
        state: { ...state, topology: r.value },
        output: out('This node joined a swarm as a worker.\n'),
      }
    }
    case 'join-token': {
      const info = swarmInfo(state.topology)
      const role = state.topology.hosts.get(host)?.swarm ?? null
      if (!info || role !== 'manager') {
        return {
          state,
          output: daemonError(
            'This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.',
          ),
        }
      }
      return { state, output: out(joinHint(info.token, info.managerIp)) }
    }
    default:
      return {
        state,
        output: {
          stdout: '',
          stderr: `docker: unknown command: docker swarm ${sub}\n\nUsage:  docker swarm COMMAND\n\nRun 'docker swarm --help' for more information\n`,
          exitCode: 1,
        },
      }
  }
}
