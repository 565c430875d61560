/**
 * Commands run inside a simulated container (`docker exec`, the command of `docker run`,
 * or lines typed in a `docker run -it IMAGE sh` session): enough of a userland to look at
 * what Docker set up (cat /etc/hosts, env, ip addr, getent, nslookup) and to test reach
 * (ping, curl, wget, nc). Output follows busybox or the Debian tools, per image.
 */
import {
  computeProcessEnv,
  lookupImage,
  locateFile,
  namespaceOwner,
  withContainer,
  type Container,
  type Topology,
} from '../engine'
import { absolute, layerFiles, mainProc, readFile, writeFile, type Proc } from './inside-fs'
import { cp } from './inside-cp'
import { curl } from './inside-curl'
import { formatIfconfig, formatIpAddr } from './inside-net'
import {
  APT_PACKAGES,
  err,
  getent,
  INSTALLED,
  nc,
  notFound,
  nslookup,
  ok,
  ping,
  shellName,
  wget,
} from './inside-tools'
import type { Output } from './output'
import { filter, runShellLine } from './sh'

export { HOST_SHELL_PREFIX, writeFile } from './inside-fs'

export interface InsideResult {
  readonly topology: Topology
  readonly output: Output
  /** The shell asked to leave (`exit`). */
  readonly exit: boolean
  /** The shell's working directory afterwards (`cd`). */
  readonly cwd: string
}

/** Runs one simple command (argv) in the container. */
export function runSimple(
  t: Topology,
  c: Container,
  argv: string[],
  proc: Proc = mainProc(c),
): { output: Output; topology: Topology; exit?: boolean; cwd?: string } {
  const cwd = proc.cwd
  const [cmd = '', ...args] = argv
  const base = cmd.split('/').pop() ?? cmd
  const same = (output: Output) => ({ output, topology: t })
  switch (base) {
    case '':
    case 'true':
    case ':':
    case 'clear':
      return same(ok(''))
    case 'false':
      return same(err('', 1))
    case 'exit':
      return { output: err('', Number(args[0] ?? '0') || 0), topology: t, exit: true }
    case 'cat': {
      let text = ''
      for (const f of args) {
        const content = readFile(t, c, f, cwd)
        if (content === null)
          return same({
            stdout: text,
            stderr: `cat: ${f}: No such file or directory\n`,
            exitCode: 1,
          })
        text += content
      }
      return same(ok(text))
    }
    case 'env':
    case 'printenv': {
      const env = processEnv(t, c, proc)
      if (base === 'env' || args.length === 0) return same(ok(`${env.join('\n')}\n`))
      // printenv NAME...: the values of the set ones; status 1 if any is unset.
      const values = args.map((name) =>
        env.find((e) => e.startsWith(`${name}=`))?.slice(name.length + 1),
      )
      const found = values.filter((v): v is string => v !== undefined)
      return same({
        stdout: found.map((v) => `${v}\n`).join(''),
        stderr: '',
        exitCode: found.length === args.length ? 0 : 1,
      })
    }
    case 'hostname':
      return same(ok(`${namespaceOwner(t, c).hostname}\n`))
    case 'ip': {
      if (!['addr', 'a', 'address'].includes(args[0] ?? '')) {
        return same(err('Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }\n', 255))
      }
      const only = args[1] === 'show' || args[1] === 'list' ? args[2] : args[1]
      const text = formatIpAddr(t, c, only)
      return same(text === null ? err(`Device "${only}" does not exist.\n`, 1) : ok(text))
    }
    case 'ifconfig': {
      const text = formatIfconfig(t, c, args[0])
      return same(
        text === null
          ? err(`${args[0]}: error fetching interface information: Device not found\n`, 1)
          : ok(text),
      )
    }
    case 'ping':
      return same(ping(t, c, args))
    case 'getent':
      return same(getent(t, c, args))
    case 'nslookup':
      return same(nslookup(t, c, args))
    case 'nc':
      return same(nc(t, c, args))
    case 'curl':
      return same(curl(t, c, args))
    case 'wget':
      return wget(t, c, args, cwd)
    case 'echo':
      return same(
        ok(`${args.filter((a) => a !== '-n').join(' ')}${args.includes('-n') ? '' : '\n'}`),
      )
    case 'ls': {
      const dir = absolute(args.find((a) => !a.startsWith('-')) ?? '.', cwd).replace(/\/+$/, '')
      const names = new Set<string>()
      const collect = (files: Readonly<Record<string, string>>, prefix: string) => {
        for (const p of Object.keys(files))
          if (p.startsWith(`${prefix}/`)) names.add(p.slice(prefix.length + 1).split('/')[0] ?? '')
      }
      collect(layerFiles(t, c), dir)
      const loc = locateFile(c, dir)
      if (loc.kind === 'volume')
        collect(t.volumes.get(loc.key)?.files ?? {}, loc.path === '/' ? '' : loc.path)
      if (loc.kind === 'bind') collect(t.hosts.get(loc.host)?.files ?? {}, loc.path)
      return same(ok(names.size > 0 ? `${[...names].sort().join('\n')}\n` : ''))
    }
    case 'cp':
      return cp(t, c, args, cwd)
    case 'sh':
    case 'bash':
    case 'ash':
      if (args[0] === '-c' && args[1] !== undefined) {
        const r = runLine(t, c, args[1])
        return { output: r.output, topology: r.topology, exit: r.exit }
      }
      return same(ok(''))
    case 'grep':
    case 'head':
    case 'tail':
    case 'wc':
    case 'sort': {
      // With a file operand (the last one that is not an option or its value) the filter reads it.
      const valueFlags = base === 'head' || base === 'tail' ? ['-n'] : []
      const operands = args.filter(
        (a, i) => !a.startsWith('-') && !valueFlags.includes(args[i - 1] ?? ''),
      )
      const minimum = base === 'grep' ? 2 : 1
      const file = operands.length >= minimum ? operands.at(-1) : undefined
      if (file === undefined) return same(filter([base, ...args], '') ?? ok(''))
      const content = readFile(t, c, file, cwd)
      if (content === null)
        return same(err(`${base}: ${file}: No such file or directory\n`, base === 'grep' ? 2 : 1))
      const rest = [...args]
      rest.splice(rest.lastIndexOf(file), 1)
      return same(filter([base, ...rest], content) ?? ok(''))
    }
    case 'apt-get':
    case 'apt':
      return aptGet(t, c, args)
    case 'cd': {
      // A shell builtin: the session remembers the directory (no check that it exists).
      const next = absolute(args[0] ?? '/root', cwd)
      return { output: ok(''), topology: t, cwd: next }
    }
    case 'pwd':
      return same(ok(`${cwd}\n`))
    case 'sleep':
      return same(ok(''))
    default:
      return same(notFound(c, cmd))
  }
}

/** Runs a shell line in the container: sequences, pipes, redirections (sh.ts). */
/**
 * apt-get in Debian/Ubuntu-based images: `update`, and `install` of the network tools the
 * tutorials add (seed 001 installs inetutils-ping in training/webapp). `-q`/`-qq` are quiet.
 */
function aptGet(t: Topology, c: Container, args: string[]): { output: Output; topology: Topology } {
  if (lookupImage(c.image).shell !== 'bash') return { output: notFound(c, 'apt-get'), topology: t }
  const quiet = args.some((a) => /^-[a-z]*q/.test(a) || a === '--quiet')
  const [verb, ...rest] = args.filter((a) => !a.startsWith('-'))
  if (verb === 'update')
    return { output: ok(quiet ? '' : 'Reading package lists... Done\n'), topology: t }
  if (verb !== 'install')
    return { output: err(`E: Invalid operation ${verb ?? ''}\n`, 100), topology: t }
  const unknown = rest.find((p) => !(p in APT_PACKAGES))
  if (unknown) {
    return {
      output: {
        stdout: quiet ? '' : 'Reading package lists...\n',
        stderr: `E: Unable to locate package ${unknown}\n`,
        exitCode: 100,
      },
      topology: t,
    }
  }
  const files = { ...c.files }
  for (const p of rest) files[`${INSTALLED}${p}.list`] = ''
  const topology = withContainer(t, { ...c, files })
  const text = quiet
    ? ''
    : `Reading package lists...\nBuilding dependency tree...\n${rest.map((p) => `Setting up ${p} ...\n`).join('')}`
  return { output: ok(text), topology }
}

/** Commands the simulated userland runs, and the servers images start. */
const KNOWN_COMMANDS = new Set([
  'true',
  ':',
  'clear',
  'false',
  'exit',
  'cat',
  'env',
  'printenv',
  'hostname',
  'ip',
  'ifconfig',
  'ping',
  'getent',
  'nslookup',
  'nc',
  'curl',
  'wget',
  'echo',
  'ls',
  'cp',
  'sh',
  'bash',
  'ash',
  'grep',
  'head',
  'tail',
  'wc',
  'sort',
  'cd',
  'pwd',
  'sleep',
  'top',
  'python',
  'nginx',
  'httpd',
  'httpd-foreground',
  'mysqld',
  'postgres',
  'redis-server',
  'apache2-foreground',
  'su',
  'socat',
  'docker-entrypoint.sh',
  'apt-get',
  'apt',
])

/** Whether the simulator runs `name` itself (its output is Docknet's to give). */
export const emulates = (name: string) => KNOWN_COMMANDS.has(name.split('/').pop() ?? name)

/** Images whose userland is busybox's. */
const BUSYBOX_IMAGES = new Set(['busybox', 'alpine'])

/** Whether `name` exists in the container (the image's own command always does). */
export function knowsCommand(c: Container, name: string): boolean {
  const image = lookupImage(c.image)
  // An image outside the catalog: its files are unknown, so any command may be in it.
  if (!image.known) return true
  const base = name.split('/').pop() ?? name
  const own = (image.cmd[0] ?? '').split('/').pop()
  // busybox itself is in its images, each applet behind it (`busybox httpd -f`).
  if (base === 'busybox') return BUSYBOX_IMAGES.has(image.repo)
  return KNOWN_COMMANDS.has(base) || base === own
}

/** The environment of a process: the container's, as `docker run` / `docker exec` set it up. */
function processEnv(t: Topology, c: Container, proc: Proc): string[] {
  return computeProcessEnv(t, c, { exec: proc.exec, tty: proc.tty, extra: proc.env })
}

export function runLine(
  t: Topology,
  c: Container,
  line: string,
  proc: Proc = mainProc(c),
): InsideResult {
  const r = runShellLine({ topology: t, cwd: proc.cwd }, line, {
    shell: shellName(c),
    run: (state, argv) => {
      const current = state.topology.containers.get(c.id) ?? c
      const r = runSimple(state.topology, current, [...argv], { ...proc, cwd: state.cwd })
      const next = { topology: r.topology, cwd: r.cwd ?? state.cwd }
      return { state: next, output: r.output, ...(r.exit ? { exit: true } : {}) }
    },
    write: (state, path, content, append) => {
      const current = state.topology.containers.get(c.id) ?? c
      const written = writeFile(state.topology, current, path, content, append, state.cwd)
      return typeof written === 'string' ? written : { ...state, topology: written }
    },
    // The shell's variables are its process environment.
    variable: (state, name) => {
      const env = processEnv(state.topology, state.topology.containers.get(c.id) ?? c, proc)
      return env.find((e) => e.startsWith(`${name}=`))?.slice(name.length + 1)
    },
    substitute: (state, command) => {
      const current = state.topology.containers.get(c.id) ?? c
      const r = runLine(state.topology, current, command, { ...proc, cwd: state.cwd })
      return { state: { topology: r.topology, cwd: state.cwd }, stdout: r.output.stdout }
    },
  })
  return { topology: r.state.topology, output: r.output, exit: r.exit, cwd: r.state.cwd }
}

/** Runs an argv (the command after the image in `docker run`, or `docker exec`'s). */
export function runArgv(
  t: Topology,
  c: Container,
  argv: readonly string[],
  proc: Proc = mainProc(c),
): InsideResult {
  const r = runSimple(t, c, [...argv], proc)
  return { topology: r.topology, output: r.output, exit: r.exit ?? false, cwd: r.cwd ?? proc.cwd }
}
