/**
 * Commands run inside a simulated container (`docker exec`, the command of `docker run`,
 * or lines typed in a `docker run -it IMAGE sh` session): enough of a userland to look at
 * what Docker set up (cat /etc/hosts, env, ip addr, getent, nslookup) and to test reach
 * (ping, curl, wget, nc). Output follows busybox or the Debian tools, per image.
 */
import {
  computeHostsFile,
  computeProcessEnv,
  computeResolvConf,
  isAnswer,
  locateFile,
  lookupImage,
  namespaceOwner,
  parseIpv4,
  pingable,
  probeTcp,
  resolveName,
  type Container,
  type Topology,
} from '../engine'
import { formatIpAddr, formatIfconfig } from './inside-net'
import type { Output } from './output'
import { tokenize } from './tokenize'

export interface InsideResult {
  readonly topology: Topology
  readonly output: Output
  /** The shell asked to leave (`exit`). */
  readonly exit: boolean
}

const ok = (stdout: string): Output => ({ stdout, stderr: '', exitCode: 0 })
const err = (stderr: string, exitCode: number): Output => ({ stdout: '', stderr, exitCode })

function shellName(c: Container): string {
  return lookupImage(c.image).shell
}

function notFound(c: Container, cmd: string): Output {
  return shellName(c) === 'bash'
    ? err(`bash: ${cmd}: command not found\n`, 127)
    : err(`sh: ${cmd}: not found\n`, 127)
}

/** Reads a file as the container sees it: generated files, mounts, or its own layer. */
function readFile(t: Topology, c: Container, path: string): string | null {
  if (path === '/etc/hosts') return computeHostsFile(t, c)
  if (path === '/etc/resolv.conf') return computeResolvConf(t, c)
  if (path === '/etc/hostname') return `${namespaceOwner(t, c).hostname}\n`
  const loc = locateFile(c, path)
  if (loc.kind === 'layer') return c.files[path] ?? null
  if (loc.kind === 'bind') return t.hosts.get(loc.host)?.files[loc.path] ?? null
  return t.volumes.get(loc.key)?.files[loc.path] ?? null
}

function writeFile(
  t: Topology,
  c: Container,
  path: string,
  content: string,
  append: boolean,
): Topology | string {
  const loc = locateFile(c, path)
  const before = readFile(t, c, path) ?? ''
  const text = append ? before + content : content
  if (loc.kind === 'layer') {
    return {
      ...t,
      containers: new Map(t.containers).set(c.id, { ...c, files: { ...c.files, [path]: text } }),
    }
  }
  if (!loc.rw) return `can't create ${path}: Read-only file system`
  if (loc.kind === 'bind') {
    const host = t.hosts.get(loc.host)
    if (!host) return `can't create ${path}: No such file or directory`
    return {
      ...t,
      hosts: new Map(t.hosts).set(host.name, {
        ...host,
        files: { ...host.files, [loc.path]: text },
      }),
    }
  }
  const vol = t.volumes.get(loc.key)
  if (!vol) return `can't create ${path}: No such file or directory`
  return {
    ...t,
    volumes: new Map(t.volumes).set(loc.key, { ...vol, files: { ...vol.files, [loc.path]: text } }),
  }
}

function resolveTarget(
  t: Topology,
  c: Container,
  host: string,
): { ip: string } | { error: string } {
  if (parseIpv4(host) !== null) return { ip: host }
  const r = resolveName(t, c, host)
  if (isAnswer(r)) return { ip: r.addresses[0] ?? '' }
  return { error: r.reason }
}

/** Deterministic small round-trip times for ping output. */
function rtt(seed: number): string {
  return (0.05 + ((seed * 37) % 100) / 1000).toFixed(3)
}

function ping(t: Topology, c: Container, args: string[]): Output {
  let count = 4
  const rest: string[] = []
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? ''
    if (a === '-c') count = Number(args[++i] ?? '4') || 4
    else if (a === '-W' || a === '-w' || a === '-i') i++
    else if (a.startsWith('-c')) count = Number(a.slice(2)) || 4
    else if (!a.startsWith('-')) rest.push(a)
  }
  const host = rest[0]
  const flavour = lookupImage(c.image).ping
  if (flavour === null) return notFound(c, 'ping')
  if (!host)
    return flavour === 'busybox'
      ? err(
          'BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.\n\nUsage: ping [OPTIONS] HOST\n',
          1,
        )
      : err('ping: usage error: Destination address required\n', 1)
  const target = resolveTarget(t, c, host)
  if ('error' in target) {
    return flavour === 'busybox'
      ? err(`ping: bad address '${host}'\n`, 1)
      : err(`ping: ${host}: Name or service not known\n`, 2)
  }
  const ip = target.ip
  const up = ip === '127.0.0.1' || pingable(t, c, ip)
  const lines: string[] = []
  if (flavour === 'busybox') {
    lines.push(`PING ${host} (${ip}): 56 data bytes`)
    if (up)
      for (let i = 0; i < count; i++)
        lines.push(`64 bytes from ${ip}: seq=${i} ttl=64 time=${rtt(i + ip.length)} ms`)
    lines.push('', `--- ${host} ping statistics ---`)
    lines.push(
      `${count} packets transmitted, ${up ? count : 0} packets received, ${up ? 0 : 100}% packet loss`,
    )
    if (up) lines.push(`round-trip min/avg/max = ${rtt(1)}/${rtt(2)}/${rtt(3)} ms`)
  } else {
    const ptr = ptrName(t, ip, host)
    lines.push(`PING ${host} (${ip}) 56(84) bytes of data.`)
    if (up)
      for (let i = 1; i <= count; i++)
        lines.push(
          `64 bytes from ${ptr} (${ip}): icmp_seq=${i} ttl=64 time=${rtt(i + ip.length)} ms`,
        )
    lines.push('', `--- ${host} ping statistics ---`)
    lines.push(
      `${count} packets transmitted, ${up ? count : 0} received, ${up ? 0 : 100}% packet loss, time ${(count - 1) * 1001 + 2}ms`,
    )
    if (up) lines.push(`rtt min/avg/max/mdev = ${rtt(1)}/${rtt(2)}/${rtt(3)}/0.020 ms`)
  }
  return { stdout: `${lines.join('\n')}\n`, stderr: '', exitCode: up ? 0 : 1 }
}

/** The reverse-DNS name iputils prints: `<first name>.<network>` on user networks. */
function ptrName(t: Topology, ip: string, fallback: string): string {
  for (const c of t.containers.values()) {
    for (const e of c.endpoints) {
      const n = t.networks.get(e.networkId)
      if (e.ip === ip && n && !n.predefined) return `${c.name}.${n.name}`
    }
  }
  return parseIpv4(fallback) !== null ? fallback : ip
}

function parseUrl(u: string): { host: string; port: number; path: string } {
  const noScheme = u.replace(/^https?:\/\//, '')
  const slash = noScheme.indexOf('/')
  const hostPort = slash >= 0 ? noScheme.slice(0, slash) : noScheme
  const path = slash >= 0 ? noScheme.slice(slash) : '/'
  const [host = '', port] = hostPort.split(':')
  return { host, port: port ? Number(port) : 80, path }
}

const BODIES: Record<string, string> = {
  http: '<html><body><h1>It works!</h1></body></html>\n',
  webapp: 'Hello world!',
}

function httpBody(server: Container): string | null {
  const image = lookupImage(server.image)
  if (image.repo === 'nginx')
    return '<!DOCTYPE html>\n<html>\n<head>\n<title>Welcome to nginx!</title>\n</head>\n<body>\n<h1>Welcome to nginx!</h1>\n</body>\n</html>\n'
  return image.service ? (BODIES[image.service] ?? null) : null
}

function curl(t: Topology, c: Container, args: string[]): Output {
  const url = args.find((a) => !a.startsWith('-'))
  if (!url) return err("curl: try 'curl --help' or 'curl --manual' for more information\n", 2)
  const { host, port } = parseUrl(url)
  const target = resolveTarget(t, c, host)
  if ('error' in target) return err(`curl: (6) Could not resolve host: ${host}\n`, 6)
  const p = probeTcp(t, c, target.ip, port)
  if (p.kind === 'open') {
    const body = httpBody(p.server)
    return body === null ? err('curl: (1) Received HTTP/0.9 when not allowed\n', 1) : ok(body)
  }
  if (p.kind === 'refused')
    return err(
      `curl: (7) Failed to connect to ${host} port ${port} after 0 ms: Couldn't connect to server\n`,
      7,
    )
  return err(
    `curl: (28) Failed to connect to ${host} port ${port} after 134222 ms: Couldn't connect to server\n`,
    28,
  )
}

function wget(
  t: Topology,
  c: Container,
  args: string[],
  inner: (t: Topology) => Topology,
): { output: Output; topology: Topology } {
  const url = args.find((a) => !a.startsWith('-'))
  const quietStdout = args.some((a) => a === '-O-' || a === '-qO-' || a === '-qO' || a === '-O')
  if (!url)
    return {
      output: err('BusyBox v1.37.0 multi-call binary.\n\nUsage: wget [-cqS] [-O FILE] URL...\n', 1),
      topology: t,
    }
  const { host, port } = parseUrl(url)
  const target = resolveTarget(t, c, host)
  if ('error' in target) return { output: err(`wget: bad address '${host}'\n`, 1), topology: t }
  const p = probeTcp(t, c, target.ip, port)
  const head = `Connecting to ${host} (${target.ip}:${port})\n`
  if (p.kind === 'refused')
    return {
      output: err(
        `${head}wget: can't connect to remote host (${target.ip}): Connection refused\n`,
        1,
      ),
      topology: t,
    }
  if (p.kind !== 'open') return { output: err(`${head}wget: download timed out\n`, 1), topology: t }
  const body = httpBody(p.server)
  if (body === null)
    return {
      output: err(`${head}wget: server returned error: HTTP/1.1 400 Bad Request\n`, 1),
      topology: t,
    }
  if (quietStdout)
    return {
      output: { stdout: body, stderr: args.includes('-qO-') ? '' : head, exitCode: 0 },
      topology: t,
    }
  const file = 'index.html'
  const saved = writeFile(
    t,
    c,
    `${lookupImage(c.image).workdir.replace(/\/$/, '')}/${file}`,
    body,
    false,
  )
  const size = String(body.length).padStart(7)
  const bar = `${file.padEnd(20)} 100% |********************************|${size}  0:00:00 ETA`
  return {
    output: {
      stdout: '',
      stderr: `${head}saving to '${file}'\n${bar}\n'${file}' saved\n`,
      exitCode: 0,
    },
    topology: inner(typeof saved === 'string' ? t : saved),
  }
}

function getent(t: Topology, c: Container, args: string[]): Output {
  if (args[0] !== 'hosts' || !args[1]) return err('Unknown database: ' + (args[0] ?? '') + '\n', 1)
  const r = resolveName(t, c, args[1])
  if (!isAnswer(r)) return err('', 2)
  return ok(r.addresses.map((a) => `${a.padEnd(15)} ${args[1]}`).join('\n') + '\n')
}

function nslookup(t: Topology, c: Container, args: string[]): Output {
  const name = args.find((a) => !a.startsWith('-'))
  if (!name) return err('Usage: nslookup [-type=QUERY_TYPE] [-debug] HOST [DNS_SERVER]\n', 1)
  const server = computeResolvConf(t, c).match(/^nameserver (.+)$/m)?.[1] ?? '127.0.0.11'
  const r = resolveName(t, c, name)
  const head = `Server:\t\t${server}\nAddress:\t${server}:53\n\n`
  if (!isAnswer(r) || r.mechanism === 'link' || r.mechanism === 'add-host') {
    return { stdout: head, stderr: `** server can't find ${name}: NXDOMAIN\n\n`, exitCode: 1 }
  }
  return ok(
    `${head}Non-authoritative answer:\n${r.addresses.map((a) => `Name:\t${name}\nAddress: ${a}`).join('\n')}\n\n`,
  )
}

function nc(t: Topology, c: Container, args: string[]): Output {
  const rest = args.filter((a) => !a.startsWith('-'))
  const verbose = args.some((a) => a.startsWith('-') && a.includes('v'))
  const [host = '', portText = ''] = rest
  const target = resolveTarget(t, c, host)
  if ('error' in target) return err(`nc: bad address '${host}'\n`, 1)
  const port = Number(portText)
  const p = probeTcp(t, c, target.ip, port)
  if (p.kind === 'open')
    return {
      stdout: '',
      stderr: verbose ? `${host} (${target.ip}:${port}) open\n` : '',
      exitCode: 0,
    }
  if (p.kind === 'refused')
    return err(verbose ? `nc: ${host} (${target.ip}:${port}): Connection refused\n` : '', 1)
  return err(verbose ? `nc: ${host} (${target.ip}:${port}): Connection timed out\n` : '', 1)
}

/** Runs one simple command (argv) in the container. */
function runSimple(
  t: Topology,
  c: Container,
  argv: string[],
): { output: Output; topology: Topology; exit?: boolean } {
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
        const content = readFile(t, c, f)
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
    case 'printenv':
      return same(ok(`${computeProcessEnv(t, c, { exec: true }).join('\n')}\n`))
    case 'hostname':
      return same(ok(`${namespaceOwner(t, c).hostname}\n`))
    case 'ip':
      return args[0] === 'addr' || args[0] === 'a' || args[0] === 'address'
        ? same(ok(formatIpAddr(t, c)))
        : same(err('Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }\n', 255))
    case 'ifconfig':
      return same(ok(formatIfconfig(t, c)))
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
      return wget(t, c, args, (x) => x)
    case 'echo':
      return same(
        ok(`${args.filter((a) => a !== '-n').join(' ')}${args.includes('-n') ? '' : '\n'}`),
      )
    case 'ls': {
      const dir = (args.find((a) => !a.startsWith('-')) ?? '/').replace(/\/$/, '')
      const names = new Set<string>()
      const collect = (files: Readonly<Record<string, string>>, prefix: string) => {
        for (const p of Object.keys(files))
          if (p.startsWith(`${prefix}/`)) names.add(p.slice(prefix.length + 1).split('/')[0] ?? '')
      }
      collect(c.files, dir)
      const loc = locateFile(c, dir)
      if (loc.kind === 'volume')
        collect(t.volumes.get(loc.key)?.files ?? {}, loc.path === '/' ? '' : loc.path)
      if (loc.kind === 'bind') collect(t.hosts.get(loc.host)?.files ?? {}, loc.path)
      return same(ok(names.size > 0 ? `${[...names].sort().join('\n')}\n` : ''))
    }
    case 'sh':
    case 'bash':
    case 'ash':
      if (args[0] === '-c' && args[1] !== undefined) {
        const r = runLine(t, c, args[1])
        return { output: r.output, topology: r.topology, exit: r.exit }
      }
      return same(ok(''))
    case 'sleep':
      return same(ok(''))
    default:
      return same(notFound(c, cmd))
  }
}

/** Runs a shell line in the container: `;`, `&&`, `||` sequences and `>`/`>>` redirections. */
export function runLine(t: Topology, c: Container, line: string): InsideResult {
  const tokens = tokenize(line)
  if (!tokens.ok)
    return {
      topology: t,
      output: err(`${shellName(c)}: syntax error: ${tokens.error}\n`, 2),
      exit: false,
    }
  let topology = t
  let stdout = ''
  let stderr = ''
  let exitCode = 0
  let argv: string[] = []
  let redirect: { path: string; append: boolean } | null = null
  let skip = false
  const flush = (): boolean => {
    if (argv.length === 0 && !redirect) return false
    if (skip) {
      argv = []
      redirect = null
      return false
    }
    const current = topology.containers.get(c.id) ?? c
    const r = runSimple(topology, current, argv)
    topology = r.topology
    let out = r.output.stdout
    if (redirect) {
      const written = writeFile(
        topology,
        topology.containers.get(c.id) ?? c,
        redirect.path,
        out,
        redirect.append,
      )
      if (typeof written === 'string') stderr += `${shellName(c)}: ${written}\n`
      else topology = written
      out = ''
    }
    stdout += out
    stderr += r.output.stderr
    exitCode = r.output.exitCode
    argv = []
    redirect = null
    return r.exit ?? false
  }
  const list = tokens.tokens
  for (let i = 0; i < list.length; i++) {
    const tok = list[i]
    if (!tok) continue
    if (tok.op && (tok.text === '>' || tok.text === '>>')) {
      redirect = { path: list[++i]?.text ?? '', append: tok.text === '>>' }
      continue
    }
    if (tok.op && [';', '&&', '||', '&'].includes(tok.text)) {
      if (flush()) return { topology, output: { stdout, stderr, exitCode }, exit: true }
      skip = (tok.text === '&&' && exitCode !== 0) || (tok.text === '||' && exitCode === 0)
      continue
    }
    argv.push(tok.text)
  }
  const exit = flush()
  return { topology, output: { stdout, stderr, exitCode }, exit }
}

/** Runs an argv (the command after the image in `docker run`, or `docker exec`'s). */
export function runArgv(t: Topology, c: Container, argv: readonly string[]): InsideResult {
  const r = runSimple(t, c, [...argv])
  return { topology: r.topology, output: r.output, exit: r.exit ?? false }
}
