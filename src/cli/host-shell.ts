/**
 * The shell of a simulated Docker host: `docker` and `dockerd`, the host-side views of what
 * Docker set up (`iptables -S`, `iptables-save`, `ps aux` with each docker-proxy), and the
 * usual tools run from the host's own network namespace (ip addr, ping, curl...).
 */
import {
  mainPid,
  hostIptables,
  IPTABLES_CHAINS,
  publishedPorts,
  worldHostContainers,
  type Container,
  type Topology,
} from '../engine'
import { docker } from './commands/docker'
import { dockerd } from './commands/network'
import { HOST_SHELL_PREFIX, runSimple, writeFile } from './inside'
import type { Output } from './output'
import { runShellLine, type RunResult } from './sh'
import type { ShellState } from './state'

/** A stand-in container for the host's own namespace: host networking, the host's files. */
export function hostShellContainer(hostName: string): Container {
  return {
    id: `${HOST_SHELL_PREFIX}${hostName}`,
    name: hostName,
    host: hostName,
    image: 'centos',
    cmd: ['bash'],
    defaultCmd: false,
    env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
    hostname: hostName,
    domainname: '',
    networkMode: { kind: 'host' },
    joinedTo: null,
    endpoints: [],
    links: [],
    exposed: [],
    publish: [],
    publishAll: false,
    ports: [],
    mounts: [],
    volumesFrom: [],
    dns: [],
    addHosts: [],
    privileged: true,
    tty: false,
    interactive: false,
    autoRemove: false,
    restart: 'no',
    labels: {},
    state: 'running',
    exitCode: 0,
    seq: -1,
    files: {},
    logs: '',
  }
}

type Table = keyof typeof IPTABLES_CHAINS

function chainOf(rule: string): string {
  return rule.split(' ')[1] ?? ''
}

/** `iptables [-t TABLE] -S [CHAIN]`, and `iptables-save [-t TABLE]`. */
function iptables(t: Topology, host: string, args: readonly string[], save: boolean): Output {
  let table: Table = 'filter'
  let list = save
  let chain: string | null = null
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? ''
    if (a === '-t' || a === '--table') {
      const name = args[++i] ?? ''
      if (!(name in IPTABLES_CHAINS)) {
        return {
          stdout: '',
          stderr: `iptables v1.8.9 (nf_tables): table '${name}' does not exist\nPerhaps iptables or your kernel needs to be upgraded.\n`,
          exitCode: 3,
        }
      }
      table = name as Table
    } else if (a === '-S' || a === '--list-rules') {
      list = true
      const next = args[i + 1]
      if (next !== undefined && !next.startsWith('-')) chain = args[++i] ?? null
    } else if (a === '-n' || a === '-v' || a === '--numeric') continue
    else if (a === '-L' || a === '--list' || a === '-nL' || a === '-vnL') {
      return {
        stdout: '',
        stderr:
          'docknet: `iptables -L` tables are not simulated; use `iptables -S` or `iptables-save`\n',
        exitCode: 2,
      }
    } else if (!save) {
      return {
        stdout: '',
        stderr: `iptables v1.8.9 (nf_tables): unknown option "${a}"\nTry \`iptables -h' or 'iptables --help' for more information.\n`,
        exitCode: 2,
      }
    }
  }
  if (!list) {
    return {
      stdout: '',
      stderr:
        "iptables v1.8.9 (nf_tables): no command specified\nTry `iptables -h' or 'iptables --help' for more information.\n",
      exitCode: 2,
    }
  }
  const rules = hostIptables(t, host)
  if (save) {
    const tables: Table[] = args.includes('-t') ? [table] : ['raw', 'filter', 'nat']
    const lines: string[] = []
    for (const name of tables) {
      const spec = IPTABLES_CHAINS[name]
      lines.push(`*${name}`)
      for (const b of spec.builtin) lines.push(`:${b} [0:0]`)
      for (const d of spec.docker) lines.push(`:${d} - [0:0]`)
      lines.push(...rules[name], 'COMMIT')
    }
    return { stdout: `${lines.join('\n')}\n`, stderr: '', exitCode: 0 }
  }
  const spec = IPTABLES_CHAINS[table]
  const lines: string[] = []
  for (const b of spec.builtin) {
    const [name = '', policy = ''] = b.split(' ')
    if (chain === null || chain === name) lines.push(`-P ${name} ${policy}`)
  }
  for (const d of spec.docker) if (chain === null || chain === d) lines.push(`-N ${d}`)
  if (chain !== null && lines.length === 0) {
    return {
      stdout: '',
      stderr: `iptables v1.8.9 (nf_tables): chain \`${chain}' in table \`${table}' is incompatible, use 'nft' tool.\n`,
      exitCode: 1,
    }
  }
  lines.push(...rules[table].filter((r) => chain === null || chainOf(r) === chain))
  return { stdout: `${lines.join('\n')}\n`, stderr: '', exitCode: 0 }
}

interface Process {
  readonly pid: number
  readonly vsz: number
  readonly rss: number
  readonly stat: string
  readonly args: string
}

/** The host's processes: init, containerd, dockerd, each docker-proxy, container commands. */
function processes(t: Topology, host: string): Process[] {
  const daemon = t.hosts.get(host)?.daemon
  const flags = [
    '-H fd://',
    '--containerd=/run/containerd/containerd.sock',
    ...(daemon && !daemon.icc ? ['--icc=false'] : []),
    ...(daemon && daemon.ip !== '0.0.0.0' ? [`--ip=${daemon.ip}`] : []),
    ...(daemon && daemon.bip !== '172.17.0.1/16' ? [`--bip=${daemon.bip}`] : []),
  ]
  const list: Process[] = [
    { pid: 1, vsz: 167744, rss: 11264, stat: 'Ss', args: '/sbin/init' },
    { pid: 612, vsz: 1874680, rss: 49336, stat: 'Ssl', args: '/usr/bin/containerd' },
    {
      pid: 705,
      vsz: 2505596,
      rss: 91780,
      stat: 'Ssl',
      args: `/usr/bin/dockerd ${flags.join(' ')}`,
    },
  ]
  publishedPorts(t, host)
    .flatMap((p) => p.proxies)
    .forEach((args, i) => list.push({ pid: 900 + i, vsz: 1745364, rss: 3860, stat: 'Sl', args }))
  for (const c of worldHostContainers(t, host)) {
    if (c.state === 'running') {
      list.push({
        pid: mainPid(c),
        vsz: 12000,
        rss: 4000,
        stat: 'Ss',
        args: c.cmd.join(' '),
      })
    }
  }
  return list
}

/**
 * `ps aux` / `ps -ef` on the host, and `ps -C NAME -o args=` (just the command lines of the
 * processes named NAME).
 */
function ps(t: Topology, host: string, args: readonly string[]): Output {
  const list = processes(t, host)
  const select = args.indexOf('-C')
  if (select >= 0 || args.some((a) => a.startsWith('-o'))) {
    const name = select >= 0 ? (args[select + 1] ?? '') : null
    const kept = list.filter(
      (p) => name === null || (p.args.split(' ')[0] ?? '').split('/').pop() === name,
    )
    return {
      stdout: kept.map((p) => `${p.args}\n`).join(''),
      stderr: '',
      exitCode: kept.length > 0 ? 0 : 1,
    }
  }
  const lines = ['USER         PID %CPU %MEM     VSZ   RSS TTY      STAT START   TIME COMMAND']
  for (const p of list) {
    lines.push(
      `root     ${String(p.pid).padStart(7)}  0.0  0.1 ${String(p.vsz).padStart(7)} ${String(p.rss).padStart(5)} ?        ${p.stat.padEnd(4)} 09:00   0:00 ${p.args}`,
    )
  }
  return { stdout: `${lines.join('\n')}\n`, stderr: '', exitCode: 0 }
}

/** The variables of a root shell on the host. */
function hostEnv(host: string): Readonly<Record<string, string>> {
  return {
    HOME: '/root',
    USER: 'root',
    SHELL: '/bin/bash',
    HOSTNAME: host,
    PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
  }
}

/** Runs one line of the host shell. */
export function runHostLine(
  state: ShellState,
  line: string,
): RunResult<ShellState> & { exit: boolean } {
  return runShellLine(state, line, {
    shell: 'bash',
    run: (s, argv, stdin) => {
      const words = argv[0] === 'sudo' ? argv.slice(1) : argv
      const [cmd = '', ...rest] = words
      const host = s.currentHost
      switch (cmd) {
        case 'docker':
          return docker(s, rest, stdin)
        case 'dockerd':
          return dockerd(s, rest)
        case 'iptables':
          return { state: s, output: iptables(s.topology, host, rest, false) }
        case 'iptables-save':
          return { state: s, output: iptables(s.topology, host, rest, true) }
        case 'ps':
          return { state: s, output: ps(s.topology, host, rest) }
        case 'exit':
          return { state: s, output: { stdout: '', stderr: '', exitCode: 0 } }
        default: {
          const r = runSimple(s.topology, hostShellContainer(host), [...words])
          // The host's shell is no container: the Why views, which ask of containers, do not
          // apply to its connections.
          const { asked: _asked, reached: _reached, ...output } = r.output
          return { state: { ...s, topology: r.topology }, output }
        }
      }
    },
    variable: (s, name) => hostEnv(s.currentHost)[name],
    substitute: (s, command) => {
      const r = runHostLine(s, command)
      return { state: r.state, stdout: r.output.stdout }
    },
    write: (s, path, content, append) => {
      const written = writeFile(
        s.topology,
        hostShellContainer(s.currentHost),
        path,
        content,
        append,
      )
      return typeof written === 'string' ? written : { ...s, topology: written }
    },
  })
}
