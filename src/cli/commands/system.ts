/**
 * `docker version` and `docker info` (also `docker system info`): the client and daemon as a
 * Docker Engine 28.2.2 on Linux would describe themselves. The client section is what the real
 * 28.2.2 client prints; the daemon's counts, name, address and swarm state are the simulated
 * host's. The rest (storage driver, plugins, kernel...) is a stock Engine 28 on Ubuntu 24.04.
 */
import { listHosts, swarmInfo, type Host, type Topology } from '../../engine'
import { flagString } from '../spec/parse-flags'
import type { Invocation } from '../spec/types'
import { TEMPLATES_MISSING } from '../format'
import type { RenderTemplate } from '../go-template'
import { out, type Output } from '../output'
import { sha256Hex } from '../../engine'
import type { ShellState, Step } from '../state'

const BUILT = 'Fri May 30 12:07:14 2025'

function versionDoc(state: ShellState): Record<string, unknown> {
  const engine = {
    Version: '28.2.2',
    ApiVersion: '1.50',
    MinAPIVersion: '1.24',
    GitCommit: '45873be',
    GoVersion: 'go1.24.3',
    Os: 'linux',
    Arch: 'amd64',
    KernelVersion: '6.8.0-60-generic',
    BuildTime: '2025-05-30T12:07:14.000000000+00:00',
  }
  return {
    Client: {
      Version: '28.2.2',
      ApiVersion: '1.50',
      DefaultAPIVersion: '1.50',
      GitCommit: 'e6534b4',
      GoVersion: 'go1.24.3',
      Os: 'linux',
      Arch: 'amd64',
      BuildTime: BUILT,
      Context: state.currentHost,
    },
    Server: {
      Platform: { Name: 'Docker Engine - Community' },
      Components: [
        {
          Name: 'Engine',
          Version: engine.Version,
          Details: {
            ApiVersion: engine.ApiVersion,
            Arch: engine.Arch,
            BuildTime: engine.BuildTime,
            Experimental: 'false',
            GitCommit: engine.GitCommit,
            GoVersion: engine.GoVersion,
            KernelVersion: engine.KernelVersion,
            MinAPIVersion: engine.MinAPIVersion,
            Os: engine.Os,
          },
        },
        {
          Name: 'containerd',
          Version: '1.7.27',
          Details: { GitCommit: '05044ec0a9a75232cad458027ca83437aae3f4da' },
        },
        { Name: 'runc', Version: '1.2.5', Details: { GitCommit: 'v1.2.5-0-g59923ef' } },
        { Name: 'docker-init', Version: '0.19.0', Details: { GitCommit: 'de40ad0' } },
      ],
      ...engine,
    },
  }
}

/** A `Key:` label, its value at the column the client aligns every section to. */
function row(indent: string, key: string, value: string): string {
  return `${indent}${key}:`.padEnd(20) + value
}

function prettyVersion(doc: ReturnType<typeof versionDoc>): string {
  const client = doc.Client as Record<string, string>
  const server = doc.Server as {
    Components: { Name: string; Version: string; Details: Record<string, string> }[]
  }
  const lines = [
    'Client:',
    row(' ', 'Version', client.Version ?? ''),
    row(' ', 'API version', client.ApiVersion ?? ''),
    row(' ', 'Go version', client.GoVersion ?? ''),
    row(' ', 'Git commit', client.GitCommit ?? ''),
    row(' ', 'Built', client.BuildTime ?? ''),
    row(' ', 'OS/Arch', `${client.Os}/${client.Arch}`),
    row(' ', 'Context', client.Context ?? ''),
    '',
    'Server: Docker Engine - Community',
  ]
  for (const c of server.Components) {
    lines.push(` ${c.Name}:`)
    if (c.Name === 'Engine') {
      const d = c.Details
      lines.push(
        row('  ', 'Version', c.Version),
        row('  ', 'API version', `${d.ApiVersion} (minimum version ${d.MinAPIVersion})`),
        row('  ', 'Go version', d.GoVersion ?? ''),
        row('  ', 'Git commit', d.GitCommit ?? ''),
        row('  ', 'Built', BUILT),
        row('  ', 'OS/Arch', `${d.Os}/${d.Arch}`),
        row('  ', 'Experimental', d.Experimental ?? ''),
      )
    } else {
      lines.push(row('  ', 'Version', c.Version), row('  ', 'GitCommit', c.Details.GitCommit ?? ''))
    }
  }
  return `${lines.join('\n')}\n`
}

function formatted(doc: unknown, format: string, templates: RenderTemplate | undefined): Output {
  if (format === 'json') return out(`${JSON.stringify(doc)}\n`)
  if (!templates) return TEMPLATES_MISSING
  const r = templates(format, doc, { missingKey: 'error' })
  if (r.ok) return out(`${r.value}\n`)
  return { stdout: '', stderr: `template: ${r.error}\n`, exitCode: 1 }
}

/** The client parses a version template, named "version", before it asks the daemon. */
function versionTemplateError(
  format: string,
  templates: RenderTemplate | undefined,
): Output | null {
  if (format === '' || format === 'json' || !templates) return null
  const r = templates(format, {})
  if (r.ok || r.error.includes('executing')) return null
  const stderr = `template parsing error: ${r.error.replace('template: :', 'template: version:')}\n`
  return { stdout: '', stderr, exitCode: 64 }
}

export function version(state: ShellState, call: Invocation): Step {
  const format = flagString(call.flags, 'format') ?? ''
  const refused = versionTemplateError(format, state.templates)
  if (refused) return { state, output: refused }
  const doc = versionDoc(state)
  if (format !== '') return { state, output: formatted(doc, format, state.templates) }
  return { state, output: out(prettyVersion(doc)) }
}

function infoDoc(t: Topology, host: Host) {
  const mine = [...t.containers.values()].filter((c) => c.host === host.name)
  const running = mine.filter((c) => c.state === 'running').length
  const paused = 0
  const images = new Set(mine.map((c) => c.image)).size
  const swarm = swarmInfo(t)
  // The daemon's ID is a random UUID in Docker; here one derived from the host's name.
  const hex = sha256Hex(`daemon ${host.name}`)
  return {
    ID: `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`,
    Containers: mine.length,
    ContainersRunning: running,
    ContainersPaused: paused,
    ContainersStopped: mine.length - running - paused,
    Images: images,
    Name: host.name,
    ServerVersion: '28.2.2',
    Swarm: {
      LocalNodeState: host.swarm ? 'active' : 'inactive',
      NodeID: host.swarm && swarm ? swarm.nodeId(host.name) : '',
      NodeAddr: host.swarm ? host.lanIp : '',
      ControlAvailable: host.swarm === 'manager',
    },
    clusterId: swarm?.clusterId ?? '',
    managers: listHosts(t).filter((h) => h.swarm === 'manager'),
    members: listHosts(t).filter((h) => h.swarm !== null).length,
  }
}

function prettyInfo(state: ShellState, host: Host, doc: ReturnType<typeof infoDoc>): string {
  const swarm = doc.Swarm
  const swarmLines =
    swarm.LocalNodeState === 'inactive'
      ? [' Swarm: inactive']
      : [
          ' Swarm: active',
          `  NodeID: ${swarm.NodeID}`,
          `  Is Manager: ${swarm.ControlAvailable}`,
          ...(swarm.ControlAvailable
            ? [
                `  ClusterID: ${doc.clusterId}`,
                `  Managers: ${doc.managers.length}`,
                `  Nodes: ${doc.members}`,
                '  Default Address Pool: 10.0.0.0/8 ',
                '  SubnetSize: 24',
                '  Data Path Port: 4789',
                '  Orchestration:',
                '   Task History Retention Limit: 5',
                '  Raft:',
                '   Snapshot Interval: 10000',
                '   Number of Old Snapshots to Retain: 0',
                '   Heartbeat Tick: 1',
                '   Election Tick: 10',
                '  Dispatcher:',
                '   Heartbeat Period: 5 seconds',
                '  CA Configuration:',
                '   Expiry Duration: 3 months',
                '   Force Rotate: 0',
                '  Autolock Managers: false',
                '  Root Rotation In Progress: false',
              ]
            : []),
          `  Node Address: ${swarm.NodeAddr}`,
          '  Manager Addresses:',
          ...doc.managers.map((m) => `   ${m.lanIp}:2377`),
        ]
  return `${[
    'Client:',
    ' Version:    28.2.2',
    ` Context:    ${state.currentHost}`,
    ' Debug Mode: false',
    '',
    'Server:',
    ` Containers: ${doc.Containers}`,
    `  Running: ${doc.ContainersRunning}`,
    `  Paused: ${doc.ContainersPaused}`,
    `  Stopped: ${doc.ContainersStopped}`,
    ` Images: ${doc.Images}`,
    ' Server Version: 28.2.2',
    ' Storage Driver: overlay2',
    '  Backing Filesystem: extfs',
    '  Supports d_type: true',
    '  Using metacopy: false',
    '  Native Overlay Diff: true',
    '  userxattr: false',
    ' Logging Driver: json-file',
    ' Cgroup Driver: systemd',
    ' Cgroup Version: 2',
    ' Plugins:',
    '  Volume: local',
    '  Network: bridge host ipvlan macvlan null overlay',
    '  Log: awslogs fluentd gcplogs gelf journald json-file local splunk syslog',
    ' CDI spec directories:',
    '  /etc/cdi',
    '  /var/run/cdi',
    ...swarmLines,
    ' Runtimes: io.containerd.runc.v2 runc',
    ' Default Runtime: runc',
    ' Init Binary: docker-init',
    ' containerd version: 05044ec0a9a75232cad458027ca83437aae3f4da',
    ' runc version: v1.2.5-0-g59923ef',
    ' init version: de40ad0',
    ' Security Options:',
    '  apparmor',
    '  seccomp',
    '   Profile: builtin',
    '  cgroupns',
    ' Kernel Version: 6.8.0-60-generic',
    ' Operating System: Ubuntu 24.04.2 LTS',
    ' OSType: linux',
    ' Architecture: x86_64',
    ' CPUs: 2',
    ' Total Memory: 3.823GiB',
    ` Name: ${host.name}`,
    ` ID: ${doc.ID}`,
    ' Docker Root Dir: /var/lib/docker',
    ' Debug Mode: false',
    ' Experimental: false',
    ' Insecure Registries:',
    '  ::1/128',
    '  127.0.0.0/8',
    ' Live Restore Enabled: false',
  ].join('\n')}\n\n`
}

export function info(state: ShellState, call: Invocation): Step {
  const format = flagString(call.flags, 'format') ?? ''
  const host = state.topology.hosts.get(state.currentHost)
  if (!host) return { state, output: out('') }
  const doc = infoDoc(state.topology, host)
  if (format !== '') {
    const { clusterId: _c, managers: _m, members: _n, ...api } = doc
    return { state, output: formatted(api, format, state.templates) }
  }
  return { state, output: out(prettyInfo(state, host, doc)) }
}
