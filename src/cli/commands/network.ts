/** The daemon side of `docker network` and `docker volume`, and `dockerd`. */
import {
  connectContainer,
  createNetwork,
  createVolume,
  disconnectContainer,
  driverCaps,
  errorText,
  filterArgs,
  findNetwork,
  listNetworks,
  listVolumes,
  removeNetwork,
  removeVolume,
  volumeKey,
  setDaemonOptions,
  type EngineError,
  type Result,
  type Topology,
  volumeLabels,
} from '../../engine'
import { flagBool, flagList, flagString, parseFlags } from '../spec/parse-flags'
import type { FlagDef, Invocation } from '../spec/types'
import { clientError, daemonError, out } from '../output'
import { ipamError } from '../spec/ipam-check'
import { keyValueMap } from '../spec/values'
import type { ShellState, Step } from '../state'
import { listing } from '../format'
import { joinLabels, labelMethod, withMethods } from '../go-template-method'
import { formatInspect, inspectNetwork, inspectVolume } from './inspect'

export function networkCreate(state: ShellState, call: Invocation): Step {
  const f = call.flags
  const refused = ipamError({
    subnets: flagList(f, 'subnet'),
    ipRanges: flagList(f, 'ip-range'),
    gateways: flagList(f, 'gateway'),
    auxAddresses: flagList(f, 'aux-address'),
  })
  if (refused) return { state, output: clientError(refused.message) }
  const subnet = flagList(f, 'subnet')[0]
  const ipRange = flagList(f, 'ip-range')[0]
  const gateway = flagList(f, 'gateway')[0]
  const r = createNetwork(state.topology, state.currentHost, {
    name: call.args[0] ?? '',
    driver: flagString(f, 'driver') ?? 'bridge',
    internal: flagBool(f, 'internal'),
    attachable: flagBool(f, 'attachable'),
    options: keyValueMap(flagList(f, 'opt')),
    labels: keyValueMap(flagList(f, 'label')),
    ...(subnet !== undefined ? { subnet } : {}),
    ...(ipRange !== undefined ? { ipRange } : {}),
    ...(gateway !== undefined ? { gateway } : {}),
  })
  if (!r.ok) return { state, output: daemonError(r.error) }
  return {
    state: { ...state, topology: r.value.topology },
    output: out(`${r.value.network.id}\n`),
  }
}

export function networkLs(state: ShellState, call: Invocation): Step {
  const noTrunc = flagBool(call.flags, 'no-trunc')
  const listed = listNetworks(
    state.topology,
    state.currentHost,
    filterArgs(flagList(call.flags, 'filter')),
  )
  if (!listed.ok) return { state, output: daemonError(listed.error) }
  const rows = listed.value
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((n) =>
      // docker/cli v28.2.2 cli/command/network/formatter.go networkContext.
      withMethods(
        {
          ID: noTrunc ? n.id : n.id.slice(0, 12),
          Name: n.name,
          Driver: n.driver,
          Scope: driverCaps(n.driver).scope,
          IPv4: 'true',
          IPv6: 'false',
          Internal: String(n.internal),
          Labels: joinLabels(n.labels),
        },
        { Label: labelMethod(n.labels) },
      ),
    )
  const output = listing(call.flags, rows, state.templates, {
    table: 'table {{.ID}}\t{{.Name}}\t{{.Driver}}\t{{.Scope}}',
    quiet: 'ID',
    headers: {
      ID: 'NETWORK ID',
      Name: 'NAME',
      Driver: 'DRIVER',
      Scope: 'SCOPE',
      IPv4: 'IPV4',
      IPv6: 'IPV6',
      Internal: 'INTERNAL',
      Labels: 'LABELS',
    },
  })
  return { state, output }
}

/** Removes each named object in turn, printing each success and each daemon error. */
function removeEach(
  state: ShellState,
  refs: readonly string[],
  remove: (t: Topology, ref: string) => Result<Topology, EngineError>,
): Step {
  let topology = state.topology
  let stdout = ''
  let stderr = ''
  let refused: EngineError | null = null
  for (const ref of refs) {
    const r = remove(topology, ref)
    if (r.ok) {
      topology = r.value
      stdout += `${ref}\n`
    } else {
      stderr += `Error response from daemon: ${errorText(r.error)}\n`
      refused = r.error
    }
  }
  const output = { stdout, stderr, exitCode: stderr ? 1 : 0 }
  return { state: { ...state, topology }, output: refused ? { ...output, refused } : output }
}

export function networkRm(state: ShellState, call: Invocation): Step {
  return removeEach(state, call.args, (t, ref) => removeNetwork(t, state.currentHost, ref))
}

export function networkConnect(state: ShellState, call: Invocation): Step {
  const [netRef = '', cRef = ''] = call.args
  const badOption = flagList(call.flags, 'driver-opt').some((o) => !/^\s*[^=\s][^=]*=/.test(o))
  if (badOption)
    return { state, output: clientError('invalid key/value pair format in driver options') }
  const t = state.topology
  const host = state.currentHost
  const aliases = flagList(call.flags, 'alias')
  if (aliases.length > 0 && findNetwork(t, host, netRef)?.predefined) {
    return {
      state,
      output: daemonError(
        'network-scoped alias is supported only for containers in user defined networks',
      ),
    }
  }
  const ip = flagString(call.flags, 'ip')
  const gwPriority = flagString(call.flags, 'gw-priority')
  const r = connectContainer(t, host, netRef, cRef, {
    aliases: [...aliases],
    links: [...flagList(call.flags, 'link')],
    ...(ip !== undefined ? { ip } : {}),
    ...(gwPriority !== undefined ? { gwPriority: Number(gwPriority) } : {}),
  })
  if (!r.ok) return { state, output: daemonError(r.error) }
  return { state: { ...state, topology: r.value }, output: out('') }
}

export function networkDisconnect(state: ShellState, call: Invocation): Step {
  const [netRef = '', cRef = ''] = call.args
  const force = flagBool(call.flags, 'force')
  const r = disconnectContainer(state.topology, state.currentHost, netRef, cRef, { force })
  if (!r.ok) return { state, output: daemonError(r.error) }
  return { state: { ...state, topology: r.value }, output: out('') }
}

export function networkInspect(state: ShellState, call: Invocation): Step {
  const t = state.topology
  const found = call.args.map((ref) => findNetwork(t, state.currentHost, ref))
  const errors = call.args
    .filter((_r, i) => !found[i])
    .map((ref) => `Error response from daemon: network ${ref} not found`)
  const data = found.filter((n) => n !== null).map((n) => inspectNetwork(t, n))
  return {
    state,
    output: formatInspect(data, errors, flagString(call.flags, 'format'), state.templates),
  }
}

export function volumeCreate(state: ShellState, call: Invocation): Step {
  const flagName = flagString(call.flags, 'name')
  if (flagName !== undefined && call.args.length > 0) {
    return {
      state,
      output: clientError(
        'conflicting options: cannot specify a volume-name through both --name and as a positional arg',
      ),
    }
  }
  const name = call.args[0] ?? flagName
  const labels = keyValueMap(flagList(call.flags, 'label'))
  const r = createVolume(state.topology, state.currentHost, name, labels)
  if (!r.ok) return { state, output: daemonError(r.error) }
  return { state: { ...state, topology: r.value.topology }, output: out(`${r.value.name}\n`) }
}

export function volumeLs(state: ShellState, call: Invocation): Step {
  const listed = listVolumes(
    state.topology,
    state.currentHost,
    filterArgs(flagList(call.flags, 'filter')),
  )
  if (!listed.ok) return { state, output: daemonError(listed.error) }
  const rows = listed.value
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((v) =>
      // docker/cli v28.2.2 cli/command/formatter/volume.go volumeContext.
      withMethods(
        {
          Driver: v.driver,
          Name: v.name,
          Scope: 'local',
          Mountpoint: `/var/lib/docker/volumes/${v.name}/_data`,
          Labels: joinLabels(volumeLabels(v)),
        },
        { Label: labelMethod(volumeLabels(v)) },
      ),
    )
  const output = listing(call.flags, rows, state.templates, {
    table: 'table {{.Driver}}\t{{.Name}}',
    quiet: 'Name',
    headers: {
      Driver: 'DRIVER',
      Name: 'VOLUME NAME',
      Scope: 'SCOPE',
      Mountpoint: 'MOUNTPOINT',
      Labels: 'LABELS',
    },
  })
  return { state, output }
}

/** docker/cli v28.2.2 cli/command/volume/remove.go prints each name the daemon removed without error. */
export function volumeRm(state: ShellState, call: Invocation): Step {
  const force = flagBool(call.flags, 'force')
  return removeEach(state, call.args, (t, name) =>
    removeVolume(t, state.currentHost, name, { force }),
  )
}

export function volumeInspect(state: ShellState, call: Invocation): Step {
  const host = state.currentHost
  const found = call.args.map((name) => state.topology.volumes.get(volumeKey(host, name)))
  const errors = call.args
    .filter((_n, i) => !found[i])
    .map((name) => `Error response from daemon: get ${name}: no such volume`)
  const data = found.filter((v) => v !== undefined).map((v) => inspectVolume(v))
  return {
    state,
    output: formatInspect(data, errors, flagString(call.flags, 'format'), state.templates),
  }
}

/** The dockerd options the simulator models (its own help is not simulated). */
const DOCKERD_FLAGS: readonly FlagDef[] = [
  { long: 'icc', type: 'bool', usage: '' },
  { long: 'ip', type: 'string', usage: '' },
  { long: 'bip', type: 'string', usage: '' },
  { long: 'userland-proxy', type: 'bool', usage: '' },
  { long: 'iptables', type: 'bool', usage: '' },
]

/** `dockerd --icc=false --ip=... --bip=...`: restarts the current host's daemon with options. */
export function dockerd(state: ShellState, argv: readonly string[]): Step {
  const p = parseFlags(argv, DOCKERD_FLAGS)
  if (!p.ok) return { state, output: { stdout: '', stderr: `${p.error.message}\n`, exitCode: 1 } }
  const patch = {
    ...(p.flags.has('icc') ? { icc: flagBool(p.flags, 'icc') } : {}),
    ...(p.flags.has('ip') ? { ip: flagString(p.flags, 'ip') ?? '0.0.0.0' } : {}),
    ...(p.flags.has('bip') ? { bip: flagString(p.flags, 'bip') ?? '' } : {}),
  }
  const r = setDaemonOptions(state.topology, state.currentHost, patch)
  if (!r.ok)
    return { state, output: { stdout: '', stderr: `${errorText(r.error)}\n`, exitCode: 1 } }
  return { state: { ...state, topology: r.value }, output: out('') }
}
