/** `docker network`, `docker volume`, `docker context` and `dockerd`. */
import {
  connectContainer,
  createNetwork,
  createVolume,
  disconnectContainer,
  findNetwork,
  hostNetworks,
  removeNetwork,
  removeVolume,
  volumeKey,
  setDaemonOptions,
} from '../../engine'
import { flagBool, flagList, flagString, parseFlags } from '../flags'
import { argsError, daemonError, flagError, out, type Output } from '../output'
import type { ShellState, Step } from '../state'
import { groupHelp } from './group-help'
import { listing } from '../format'
import { formatInspect, inspectNetwork, inspectVolume } from './inspect'

function unknown(group: string, sub: string, usage: string): Output {
  return {
    stdout: '',
    stderr: `docker: unknown command: docker ${group} ${sub}\n\nUsage:  docker ${usage}\n\nRun 'docker ${group} --help' for more information\n`,
    exitCode: 1,
  }
}

export function network(state: ShellState, argv: readonly string[]): Step {
  const [sub = '', ...rest] = argv
  if (sub === '') return { state, output: groupHelp('network') }
  const t = state.topology
  const host = state.currentHost
  switch (sub) {
    case 'create': {
      const usage = '[OPTIONS] NETWORK'
      const p = parseFlags(
        rest,
        [
          { long: 'driver', short: 'd', kind: 'string' },
          { long: 'subnet', kind: 'list' },
          { long: 'gateway', kind: 'list' },
          { long: 'internal', kind: 'bool' },
          { long: 'attachable', kind: 'bool' },
          { long: 'opt', short: 'o', kind: 'list' },
          { long: 'label', kind: 'list' },
          { long: 'ip-range', kind: 'list' },
        ],
        true,
      )
      if (!p.ok) return { state, output: flagError('network create', usage, p.error) }
      if (p.args.length !== 1)
        return { state, output: argsError('network create', usage, '1 argument', 'Run') }
      const driver = flagString(p.flags, 'driver') ?? 'bridge'
      const options: Record<string, string> = {}
      for (const o of flagList(p.flags, 'opt')) {
        const i = o.indexOf('=')
        options[i < 0 ? o : o.slice(0, i)] = i < 0 ? '' : o.slice(i + 1)
      }
      const subnet = flagList(p.flags, 'subnet')[0]
      const gateway = flagList(p.flags, 'gateway')[0]
      const r = createNetwork(t, host, {
        name: p.args[0] ?? '',
        driver,
        internal: flagBool(p.flags, 'internal'),
        attachable: flagBool(p.flags, 'attachable'),
        options,
        ...(subnet !== undefined ? { subnet } : {}),
        ...(gateway !== undefined ? { gateway } : {}),
      })
      if (!r.ok) return { state, output: daemonError(r.error.message) }
      return {
        state: { ...state, topology: r.value.topology },
        output: out(`${r.value.network.id}\n`),
      }
    }
    case 'ls':
    case 'list': {
      const noTrunc = rest.includes('--no-trunc')
      const rows = hostNetworks(t, host)
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((n) => ({
          ID: noTrunc ? n.id : n.id.slice(0, 12),
          Name: n.name,
          Driver: n.driver,
          Scope: n.host === null ? 'swarm' : 'local',
          IPv6: 'false',
          Internal: String(n.internal),
        }))
      const output = listing('network ls', rest, rows, state.templates, {
        table: 'table {{.ID}}\t{{.Name}}\t{{.Driver}}\t{{.Scope}}',
        quiet: 'ID',
        headers: {
          ID: 'NETWORK ID',
          Name: 'NAME',
          Driver: 'DRIVER',
          Scope: 'SCOPE',
          IPv6: 'IPV6',
          Internal: 'INTERNAL',
        },
      })
      return { state, output }
    }
    case 'rm':
    case 'remove': {
      if (rest.length === 0)
        return {
          state,
          output: argsError('network rm', 'NETWORK [NETWORK...]', 'at least 1 argument'),
        }
      let topology = t
      let stdout = ''
      let stderr = ''
      for (const ref of rest) {
        const r = removeNetwork(topology, host, ref)
        if (r.ok) {
          topology = r.value
          stdout += `${ref}\n`
        } else stderr += `Error response from daemon: ${r.error.message}\n`
      }
      return { state: { ...state, topology }, output: { stdout, stderr, exitCode: stderr ? 1 : 0 } }
    }
    case 'connect':
    case 'disconnect': {
      const usage =
        sub === 'connect' ? '[OPTIONS] NETWORK CONTAINER' : '[OPTIONS] NETWORK CONTAINER'
      const p = parseFlags(
        rest,
        [
          { long: 'alias', kind: 'list' },
          { long: 'ip', kind: 'string' },
          { long: 'link', kind: 'list' },
          { long: 'force', short: 'f', kind: 'bool' },
        ],
        true,
      )
      if (!p.ok) return { state, output: flagError(`network ${sub}`, usage, p.error) }
      if (p.args.length !== 2)
        return { state, output: argsError(`network ${sub}`, usage, 'exactly 2 arguments') }
      const [netRef = '', cRef = ''] = p.args
      const aliases = flagList(p.flags, 'alias')
      const net = findNetwork(t, host, netRef)
      if (sub === 'connect' && aliases.length > 0 && net?.predefined) {
        return {
          state,
          output: daemonError(
            'network-scoped alias is supported only for containers in user defined networks',
          ),
        }
      }
      const ip = flagString(p.flags, 'ip')
      const r =
        sub === 'connect'
          ? connectContainer(t, host, netRef, cRef, {
              aliases,
              links: flagList(p.flags, 'link'),
              ...(ip !== undefined ? { ip } : {}),
            })
          : disconnectContainer(t, host, netRef, cRef)
      if (!r.ok) return { state, output: daemonError(r.error.message) }
      return { state: { ...state, topology: r.value }, output: out('') }
    }
    case 'inspect': {
      const p = parseFlags(
        rest,
        [
          { long: 'format', short: 'f', kind: 'string' },
          { long: 'verbose', short: 'v', kind: 'bool' },
        ],
        true,
      )
      if (!p.ok)
        return {
          state,
          output: flagError('network inspect', '[OPTIONS] NETWORK [NETWORK...]', p.error),
        }
      if (p.args.length === 0)
        return {
          state,
          output: argsError(
            'network inspect',
            '[OPTIONS] NETWORK [NETWORK...]',
            'at least 1 argument',
          ),
        }
      const found = p.args.map((ref) => findNetwork(t, host, ref))
      const errors = p.args
        .filter((_r, i) => !found[i])
        .map((ref) => `Error response from daemon: network ${ref} not found`)
      const data = found.filter((n) => n !== null).map((n) => inspectNetwork(t, n))
      return {
        state,
        output: formatInspect(data, errors, flagString(p.flags, 'format'), state.templates),
      }
    }
    default:
      return { state, output: unknown('network', sub, 'network') }
  }
}

export function volume(state: ShellState, argv: readonly string[]): Step {
  const [sub = '', ...rest] = argv
  if (sub === '') return { state, output: groupHelp('volume') }
  const t = state.topology
  const host = state.currentHost
  switch (sub) {
    case 'create': {
      const r = createVolume(
        t,
        host,
        rest.find((a) => !a.startsWith('-')),
      )
      if (!r.ok) return { state, output: daemonError(r.error.message) }
      return { state: { ...state, topology: r.value.topology }, output: out(`${r.value.name}\n`) }
    }
    case 'ls':
    case 'list': {
      const rows = [...t.volumes.values()]
        .filter((v) => v.host === host)
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((v) => ({
          Driver: v.driver,
          Name: v.name,
          Scope: 'local',
          Mountpoint: `/var/lib/docker/volumes/${v.name}/_data`,
        }))
      const output = listing('volume ls', rest, rows, state.templates, {
        table: 'table {{.Driver}}\t{{.Name}}',
        quiet: 'Name',
        headers: {
          Driver: 'DRIVER',
          Name: 'VOLUME NAME',
          Scope: 'SCOPE',
          Mountpoint: 'MOUNTPOINT',
        },
      })
      return { state, output }
    }
    case 'rm':
    case 'remove': {
      let topology = t
      let stdout = ''
      let stderr = ''
      for (const name of rest.filter((a) => !a.startsWith('-'))) {
        const r = removeVolume(topology, host, name)
        if (r.ok) {
          topology = r.value
          stdout += `${name}\n`
        } else stderr += `Error response from daemon: ${r.error.message}\n`
      }
      return { state: { ...state, topology }, output: { stdout, stderr, exitCode: stderr ? 1 : 0 } }
    }
    case 'inspect': {
      const p = parseFlags(rest, [{ long: 'format', short: 'f', kind: 'string' }], true)
      if (!p.ok)
        return {
          state,
          output: flagError('volume inspect', '[OPTIONS] VOLUME [VOLUME...]', p.error),
        }
      const found = p.args.map((name) => t.volumes.get(volumeKey(host, name)))
      const errors = p.args
        .filter((_n, i) => !found[i])
        .map((name) => `Error response from daemon: get ${name}: no such volume`)
      const data = found.filter((v) => v !== undefined).map((v) => inspectVolume(v))
      return {
        state,
        output: formatInspect(data, errors, flagString(p.flags, 'format'), state.templates),
      }
    }
    default:
      return { state, output: unknown('volume', sub, 'volume COMMAND') }
  }
}

/** `dockerd --icc=false --ip=... --bip=...`: restarts the current host's daemon with options. */
export function dockerd(state: ShellState, argv: readonly string[]): Step {
  const p = parseFlags(
    argv,
    [
      { long: 'icc', kind: 'bool' },
      { long: 'ip', kind: 'string' },
      { long: 'bip', kind: 'string' },
      { long: 'userland-proxy', kind: 'bool' },
      { long: 'iptables', kind: 'bool' },
    ],
    true,
  )
  if (!p.ok) return { state, output: { stdout: '', stderr: `${p.error}\n`, exitCode: 1 } }
  const patch = {
    ...(p.flags.has('icc') ? { icc: flagBool(p.flags, 'icc') } : {}),
    ...(p.flags.has('ip') ? { ip: flagString(p.flags, 'ip') ?? '0.0.0.0' } : {}),
    ...(p.flags.has('bip') ? { bip: flagString(p.flags, 'bip') ?? '' } : {}),
  }
  const r = setDaemonOptions(state.topology, state.currentHost, patch)
  if (!r.ok) return { state, output: { stdout: '', stderr: `${r.error.message}\n`, exitCode: 1 } }
  return { state: { ...state, topology: r.value }, output: out('') }
}
