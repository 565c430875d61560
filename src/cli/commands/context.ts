/**
 * `docker context create / use / ls / inspect`: in Docknet every context is a Docker host on
 * the shared LAN (`--docker host=tcp://IP:2375` gives its address), with its own daemon.
 */
import { addHost, listHosts, type Topology } from '../../engine'
import { flagString, parseFlags } from '../flags'
import { argsError, flagError, out, type Output } from '../output'
import { sha256Hex } from '../sha256'
import type { ShellState, Step } from '../state'
import { groupHelp } from './group-help'
import { listing } from '../format'

/** The client's error for an unknown context (its metadata folder is sha256(name)). */
export function contextNotFound(name: string): string {
  return `context "${name}": context not found: open /root/.docker/contexts/meta/${sha256Hex(name)}/meta.json: no such file or directory`
}

/** The host a `--context` / `-H` value names: a context name, or tcp://IP[:port] of a host. */
export function resolveContext(t: Topology, ref: string): string | null {
  if (t.hosts.has(ref)) return ref
  const ip = ref.replace(/^tcp:\/\//, '').replace(/:\d+$/, '')
  return [...t.hosts.values()].find((h) => h.lanIp === ip)?.name ?? null
}

function fail(message: string): Output {
  return { stdout: '', stderr: `${message}\n`, exitCode: 1 }
}

export function context(state: ShellState, argv: readonly string[]): Step {
  const [sub = '', ...rest] = argv
  if (sub === '') return { state, output: groupHelp('context') }
  switch (sub) {
    case 'create': {
      const usage = '[OPTIONS] CONTEXT'
      const p = parseFlags(
        rest,
        [
          { long: 'docker', kind: 'string' },
          { long: 'description', kind: 'string' },
        ],
        true,
      )
      if (!p.ok) return { state, output: flagError('context create', usage, p.error) }
      const name = p.args[0]
      if (!name || p.args.length !== 1)
        return { state, output: argsError('context create', usage, 'exactly 1 argument') }
      const docker = flagString(p.flags, 'docker')
      const ip = docker?.match(/host=tcp:\/\/([0-9.]+)/)?.[1]
      const r = addHost(state.topology, name, ip)
      if (!r.ok) return { state, output: fail(r.error.message) }
      return {
        state: { ...state, topology: r.value },
        output: {
          stdout: `${name}\n`,
          stderr: `Successfully created context "${name}"\n`,
          exitCode: 0,
        },
      }
    }
    case 'use': {
      const name = rest[0]
      if (!name || rest.length !== 1)
        return { state, output: argsError('context use', 'CONTEXT', 'exactly 1 argument') }
      if (!state.topology.hosts.has(name)) return { state, output: fail(contextNotFound(name)) }
      return {
        state: { ...state, currentHost: name },
        output: { stdout: `${name}\n`, stderr: `Current context is now "${name}"\n`, exitCode: 0 },
      }
    }
    case 'ls':
    case 'list': {
      const rows = listHosts(state.topology).map((h) => ({
        Name: h.name,
        Current: h.name === state.currentHost,
        Description: h.name === 'default' ? 'Current DOCKER_HOST based configuration' : '',
        DockerEndpoint:
          h.name === 'default' ? 'unix:///var/run/docker.sock' : `tcp://${h.lanIp}:2375`,
        Error: '',
      }))
      const output = listing('context ls', rest, rows, state.templates, {
        table:
          'table {{.Name}}{{if .Current}} *{{end}}\t{{.Description}}\t{{.DockerEndpoint}}\t{{.Error}}',
        quiet: 'Name',
        headers: {
          Name: 'NAME',
          Description: 'DESCRIPTION',
          DockerEndpoint: 'DOCKER ENDPOINT',
          Error: 'ERROR',
        },
      })
      return { state, output }
    }
    case 'show':
      return { state, output: out(`${state.currentHost}\n`) }
    default:
      return {
        state,
        output: {
          stdout: '',
          stderr: `docker: unknown command: docker context ${sub}\n\nUsage:  docker context\n\nRun 'docker context --help' for more information\n`,
          exitCode: 1,
        },
      }
  }
}
